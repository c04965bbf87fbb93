/**
 * The budgets (build time and memory at 10,000 articles, growth, the analysis's overhead
 * over a plain-Astro floor, page weight, JavaScript on reading pages, search download), checked
 * against the benchmark's runs.
 */
import {
  buildFailure,
  bytes,
  describeCorpus,
  GB,
  KB,
  kb,
  seconds,
  type BudgetCheck,
  type BudgetStatus,
  type BuildResult,
  type CorpusRun,
} from './report.ts';

/** Checks every budget of the issue that the runs measured. */
export function checkBudgets(runs: CorpusRun[]): BudgetCheck[] {
  const checks: BudgetCheck[] = [];
  const run = (label: string) => runs.find((r) => r.label === label);
  const large = run('10000');
  const medium = run('1000');
  const real = run('real');
  const status = (ok: boolean | null): BudgetStatus => (ok === null ? 'not measured' : ok ? 'pass' : 'fail');

  const largeWall = large?.full.wallSeconds ?? null;
  checks.push({
    id: 'build-time-10k',
    budget: '10,000 articles: full build (Astro + analysis + Pagefind)',
    limit: '≤ 150 s on 2 cores',
    measured: largeWall === null ? (large ? buildFailure(large.full) : '—') : seconds(largeWall),
    status: status(largeWall === null ? (large ? false : null) : largeWall <= 150),
  });
  const largeRss = large && large.full.error === null ? large.full.peakTreeRssBytes : null;
  checks.push({
    id: 'peak-rss-10k',
    budget: '10,000 articles: peak RSS of the build (whole process tree)',
    limit: '≤ 3 GB',
    measured: large ? `${bytes(large.full.peakTreeRssBytes)}${large.full.error ? ' (build did not finish)' : ''}` : '—',
    status: large
      ? large.full.peakTreeRssBytes > 3 * GB
        ? 'fail'
        : status(largeRss === null ? null : largeRss <= 3 * GB)
      : 'not measured',
  });
  const growth = largeWall !== null && medium?.full.wallSeconds ? largeWall / medium.full.wallSeconds : null;
  checks.push({
    id: 'growth-1k-10k',
    budget: '1,000 → 10,000 articles: build time growth',
    limit: '≤ 11×',
    measured:
      growth === null
        ? large?.full.error
          ? 'the 10,000 build did not finish'
          : '—'
        : `${growth.toFixed(1)}× (${seconds(medium!.full.wallSeconds!)} → ${seconds(largeWall!)})`,
    status: status(growth === null ? (large?.full.error && medium ? false : null) : growth <= 11),
  });
  for (const r of runs) {
    const floor = r.floors.native ?? Object.values(r.floors)[0];
    const ratio = r.full.wallSeconds !== null && floor?.wallSeconds ? r.full.wallSeconds / floor.wallSeconds : null;
    if (r.label !== 'real' || floor) {
      checks.push({
        id: `analysis-overhead-${r.label}`,
        budget: `${describeCorpus(r)}: build time vs the plain-Astro floor (both with Pagefind)`,
        limit: '≤ 1.5×',
        measured:
          ratio === null
            ? floor
              ? r.full.error
                ? buildFailure(r.full)
                : '—'
              : 'floor not built'
            : `${ratio.toFixed(2)}× (${seconds(r.full.wallSeconds!)} vs ${seconds(floor!.wallSeconds!)}${cpuRatio(r.full, floor!)})`,
        status: status(ratio === null ? (floor && r.full.error ? false : null) : ratio <= 1.5),
      });
    }
    const article = r.full.dist?.heaviestArticle ?? null;
    const htmlCss = article ? article.htmlGzip + article.cssGzip : null;
    checks.push({
      id: `article-weight-${r.label}`,
      budget: `${describeCorpus(r)}: heaviest article page, HTML + CSS gzip`,
      limit: '≤ 30 KB',
      measured: article ? `${kb(htmlCss!)} (${article.url})` : '—',
      status: status(htmlCss === null ? null : htmlCss <= 30 * KB),
    });
    const js = r.full.dist?.javascript ?? null;
    const articleJs = js?.article ?? null;
    checks.push({
      id: `article-js-${r.label}`,
      budget: `${describeCorpus(r)}: JavaScript on article pages`,
      limit: '0 bytes',
      measured: articleJs
        ? articleJs.withJs === 0
          ? `0 bytes (${articleJs.checked} pages checked)`
          : `${articleJs.withJs} pages, up to ${kb(articleJs.maxJsGzip)} (${articleJs.example})`
        : '—',
      status: status(articleJs === null ? null : articleJs.withJs === 0),
    });
    const others = js ? Object.entries(js).filter(([type]) => type !== 'article') : null;
    const withJs = others?.filter(([, v]) => v.withJs > 0) ?? null;
    checks.push({
      id: `reading-js-${r.label}`,
      budget: `${describeCorpus(r)}: JavaScript on the other reading pages (actor, event, quote; conventions: reading pages ship none)`,
      limit: '0 bytes',
      measured: others
        ? withJs!.length === 0
          ? `0 bytes (${others.reduce((sum, [, v]) => sum + v.checked, 0)} pages checked)`
          : withJs!.map(([type, v]) => `${type}: ${v.withJs} pages, up to ${kb(v.maxJsGzip)} (${v.example})`).join('; ')
        : '—',
      status: status(others === null ? null : withJs!.length === 0),
    });
  }
  checks.push(
    searchCheck('search-real', 'Real site: bytes the first search query downloads (Pagefind, gzip as served)', 150, real),
    searchCheck('search-10k', '10,000 articles: bytes the first search query downloads', 300, large),
  );
  return checks;
}

/** The budget of the bytes the first search query downloads on one corpus: at most `limitKb` KB. */
function searchCheck(id: string, budget: string, limitKb: number, run: CorpusRun | undefined): BudgetCheck {
  const search = run?.search;
  return {
    id,
    budget,
    limit: `≤ ${limitKb} KB`,
    measured: search ? `${kb(search.pagefindBytes)} (“${search.query}”)` : (run?.searchError ?? '—'),
    status: search ? (search.pagefindBytes <= limitKb * KB ? 'pass' : 'fail') : 'not measured',
  };
}

/** `; CPU time 2.01×`: the build's CPU time against the floor's, when both were measured. */
function cpuRatio(full: BuildResult, floor: BuildResult): string {
  return full.cpuSeconds !== null && floor.cpuSeconds ? `; CPU time ${(full.cpuSeconds / floor.cpuSeconds).toFixed(2)}×` : '';
}
