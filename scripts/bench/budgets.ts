/**
 * The budgets (memory, largest page, warm rebuild and search download at 10,000 articles, the
 * 100,000-article build, growth, the build's time over a plain-Astro floor, page weight,
 * JavaScript on reading pages), checked against the benchmark's runs.
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
  const largeRss = large && large.full.error === null ? large.full.peakTreeRssBytes : null;
  checks.push({
    id: 'peak-rss-10k',
    budget: '10,000 articles: peak RSS of the build (whole process tree)',
    limit: '≤ 4 GB',
    measured: large ? `${bytes(large.full.peakTreeRssBytes)}${large.full.error ? ' (build did not finish)' : ''}` : '—',
    status: large
      ? large.full.peakTreeRssBytes > 4 * GB
        ? 'fail'
        : status(largeRss === null ? null : largeRss <= 4 * GB)
      : 'not measured',
  });
  const largest = large?.full.dist?.largestPages[0] ?? null;
  checks.push({
    id: 'largest-page-10k',
    budget: '10,000 articles: largest page (HTML)',
    limit: '≤ 400 KB',
    measured: largest ? `${kb(largest.htmlBytes)} (${largest.url})` : '—',
    status: status(largest === null ? null : largest.htmlBytes <= 400 * KB),
  });
  const warm = large?.warm?.added.wallSeconds ?? null;
  const warmRatio = warm !== null && largeWall ? warm / largeWall : null;
  checks.push({
    id: 'warm-rebuild-10k',
    budget: '10,000 articles + 1 new article: warm rebuild ÷ cold build',
    limit: '≤ 0.25',
    measured: warmRatio === null ? '—' : `${warmRatio.toFixed(2)} (${seconds(warm!)} vs ${seconds(largeWall!)})`,
    status: status(warmRatio === null ? null : warmRatio <= 0.25),
  });
  const huge = run('100000');
  checks.push({
    id: 'builds-100k',
    budget: '100,000 articles: builds on this machine (`--sizes 100000`, not in CI)',
    limit: 'builds',
    measured: huge
      ? huge.full.error
        ? buildFailure(huge.full)
        : `${seconds(huge.full.wallSeconds!)}, peak RSS ${bytes(huge.full.peakTreeRssBytes)}`
      : '—',
    status: huge ? (huge.full.error ? 'fail' : 'pass') : 'not measured',
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
    // The real site's pages are few and rich; an archive's build may cost twice the floor's.
    const limit = r.label === 'real' ? 1.5 : 2;
    if (r.label !== 'real' || floor) {
      checks.push({
        id: `analysis-overhead-${r.label}`,
        budget: `${describeCorpus(r)}: build time vs the plain-Astro floor (both with Pagefind)`,
        limit: `≤ ${limit}×`,
        measured:
          ratio === null
            ? floor
              ? r.full.error
                ? buildFailure(r.full)
                : '—'
              : 'floor not built'
            : `${ratio.toFixed(2)}× (${seconds(r.full.wallSeconds!)} vs ${seconds(floor!.wallSeconds!)}${cpuRatio(r.full, floor!)})`,
        status: status(ratio === null ? (floor && r.full.error ? false : null) : ratio <= limit),
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
