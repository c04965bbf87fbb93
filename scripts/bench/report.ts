/**
 * The benchmark's results: the budgets of the issue checked against them, and the Markdown report
 * (`bench-results/latest.md`) written next to the JSON one.
 */
import { cpus, loadavg, release, totalmem } from 'node:os';
import { readFileSync } from 'node:fs';
import type { DistMeasurement } from './measure-dist.ts';
import type { ProcessMeasurement } from './measure-process.ts';
import type { SearchMeasurement } from './measure-search.ts';

/** One build of one corpus: the product, or a floor. */
export interface BuildResult {
  astro: ProcessMeasurement;
  /** Pagefind indexing; null when the Astro build failed. */
  pagefind: ProcessMeasurement | null;
  /** Astro + Pagefind wall time, seconds; null when a step failed. */
  wallSeconds: number | null;
  cpuSeconds: number | null;
  peakTreeRssBytes: number;
  /** Pages Astro says it built. */
  astroPages: number | null;
  /** Seconds spent in each part of the Astro build, from its log. */
  phases: Record<string, number>;
  dist: DistMeasurement | null;
  error: string | null;
}

/** Everything measured for one corpus. */
export interface CorpusRun {
  /** `real` (the content/ folder) or the number of synthetic articles. */
  label: string;
  /** When this corpus was measured (runs of several invocations can be merged). */
  takenAt: string;
  /** One-minute load average when this corpus's builds started: above the core count, others shared the machine. */
  loadAverage: number;
  articles: number;
  actors: number;
  events: number;
  generateSeconds: number | null;
  /** The pure analysis alone, run in the benchmark process on up to `analysis.sampled` articles. */
  analysis: { sampled: number; msPerArticle: number; quotesPerArticle: number; mentionsPerArticle: number } | null;
  full: BuildResult;
  floors: Record<string, BuildResult>;
  search: SearchMeasurement | null;
  searchError: string | null;
}

export type BudgetStatus = 'pass' | 'fail' | 'not measured';

export interface BudgetCheck {
  id: string;
  budget: string;
  limit: string;
  measured: string;
  status: BudgetStatus;
}

export interface Machine {
  cpuModel: string;
  cores: number;
  memoryBytes: number;
  node: string;
  os: string;
  /** One-minute load averages when the benchmark started and ended. */
  loadAverage: { start: number; end: number };
}

export interface BenchReport {
  takenAt: string;
  command: string;
  seed: string;
  machine: Machine;
  runs: CorpusRun[];
  budgets: BudgetCheck[];
}

/** 1 KB = 1,000 bytes and 1 GB = 10^9 bytes, the stricter reading of the issue's budgets. */
const KB = 1000;
const GB = 1e9;

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
    measured: largeWall === null ? (large ? failure(large.full) : '—') : seconds(largeWall),
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
        budget: `${describe(r)}: build time vs the plain-Astro floor (both with Pagefind)`,
        limit: '≤ 1.5×',
        measured:
          ratio === null
            ? floor
              ? r.full.error
                ? failure(r.full)
                : '—'
              : 'floor not built'
            : `${ratio.toFixed(2)}× (${seconds(r.full.wallSeconds!)} vs ${seconds(floor!.wallSeconds!)}${r.full.cpuSeconds !== null && floor!.cpuSeconds ? `; CPU time ${(r.full.cpuSeconds / floor!.cpuSeconds).toFixed(2)}×` : ''})`,
        status: status(ratio === null ? (floor && r.full.error ? false : null) : ratio <= 1.5),
      });
    }
    const article = r.full.dist?.heaviestArticle ?? null;
    const htmlCss = article ? article.htmlGzip + article.cssGzip : null;
    checks.push({
      id: `article-weight-${r.label}`,
      budget: `${describe(r)}: heaviest article page, HTML + CSS gzip`,
      limit: '≤ 30 KB',
      measured: article ? `${kb(htmlCss!)} (${article.url})` : '—',
      status: status(htmlCss === null ? null : htmlCss <= 30 * KB),
    });
    const js = r.full.dist?.javascript ?? null;
    const articleJs = js?.article ?? null;
    checks.push({
      id: `article-js-${r.label}`,
      budget: `${describe(r)}: JavaScript on article pages`,
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
      budget: `${describe(r)}: JavaScript on the other reading pages (actor, event, quote; conventions: reading pages ship none)`,
      limit: '0 bytes',
      measured: others
        ? withJs!.length === 0
          ? `0 bytes (${others.reduce((sum, [, v]) => sum + v.checked, 0)} pages checked)`
          : withJs!.map(([type, v]) => `${type}: ${v.withJs} pages, up to ${kb(v.maxJsGzip)} (${v.example})`).join('; ')
        : '—',
      status: status(others === null ? null : withJs!.length === 0),
    });
  }
  checks.push({
    id: 'search-real',
    budget: 'Real site: bytes the first search query downloads (Pagefind, gzip as served)',
    limit: '≤ 150 KB',
    measured: real?.search ? `${kb(real.search.pagefindBytes)} (“${real.search.query}”)` : (real?.searchError ?? '—'),
    status: status(real?.search ? real.search.pagefindBytes <= 150 * KB : null),
  });
  checks.push({
    id: 'search-10k',
    budget: '10,000 articles: bytes the first search query downloads',
    limit: '≤ 300 KB',
    measured: large?.search ? `${kb(large.search.pagefindBytes)} (“${large.search.query}”)` : (large?.searchError ?? '—'),
    status: status(large?.search ? large.search.pagefindBytes <= 300 * KB : null),
  });
  return checks;
}

/** The machine the figures were taken on. */
export function describeMachine(loadAtStart: number): Machine {
  let cpuModel = cpus()[0]?.model ?? 'unknown';
  try {
    const info = readFileSync('/proc/cpuinfo', 'utf8');
    cpuModel = /^model name\s*:\s*(.+)$/m.exec(info)?.[1]?.trim() ?? cpuModel;
  } catch {
    // Not Linux: keep what os.cpus() says.
  }
  return {
    cpuModel,
    cores: cpus().length,
    memoryBytes: totalmem(),
    node: process.version,
    os: `${process.platform} ${release()}`,
    loadAverage: { start: loadAtStart, end: loadavg()[0] ?? 0 },
  };
}

/** The Markdown report. */
export function renderMarkdown(report: BenchReport): string {
  const { machine, runs } = report;
  const lines: string[] = [];
  const passed = report.budgets.filter((b) => b.status === 'pass').length;
  const failed = report.budgets.filter((b) => b.status === 'fail').length;
  lines.push(
    '# Benchmark results',
    '',
    `Taken ${report.takenAt} with \`${report.command}\` (seed \`${report.seed}\`) on ${machine.cores} × ${machine.cpuModel}, ` +
      `${bytes(machine.memoryBytes)} RAM, Node ${machine.node}, ${machine.os}. One-minute load average ${machine.loadAverage.start.toFixed(2)} at the start, ` +
      `${machine.loadAverage.end.toFixed(2)} at the end: other builds shared the machine when the load is above the core count, so wall times are ` +
      'noisy; CPU time (user + system) is given beside them.',
    '',
    `Budgets: ${passed} pass, ${failed} fail, ${report.budgets.length - passed - failed} not measured. Generated by \`scripts/cli/bench.ts\`; the JSON beside this file has every figure. ` +
      'Why the failing budgets fail, and what was tried, is in `budgets-not-met.md` beside this file (written by hand).',
    '',
    '## Budgets',
    '',
    '| | budget | limit | measured |',
    '|---|---|---|---|',
    ...report.budgets.map(
      (b) =>
        `| ${b.status === 'pass' ? '✅ pass' : b.status === 'fail' ? '❌ fail' : '— not measured'} | ${b.budget} | ${b.limit} | ${b.measured} |`,
    ),
    '',
    '## Builds',
    '',
    'Full build = `astro build` (content sync with the analysis, the corpus index, every page) then `scripts/cli/index-search.ts` (Pagefind), ' +
      'each started cold (fresh Astro cache). Floors build the same articles as plain Astro Markdown pages (`scripts/bench/floor/`): ' +
      '*native* with Astro 7’s default Markdown processor, *unified* with the unified processor and no plugins; both are indexed by Pagefind too.',
    '',
    '| corpus | articles | actors | events | pages | full build | CPU | peak RSS (tree) | floor native | floor unified | full ÷ floor | measured at (load) |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|',
  );
  for (const r of runs) {
    const native = r.floors.native;
    const unified = r.floors.unified;
    const cpuRatio =
      r.full.cpuSeconds !== null && native?.cpuSeconds ? ` (CPU ${(r.full.cpuSeconds / native.cpuSeconds).toFixed(2)}×)` : '';
    const ratio =
      r.full.wallSeconds !== null && native?.wallSeconds
        ? `${(r.full.wallSeconds / native.wallSeconds).toFixed(2)}×${cpuRatio}`
        : '—';
    lines.push(
      `| ${describe(r)} | ${r.articles} | ${r.actors} | ${r.events} | ${r.full.dist?.htmlPages ?? r.full.astroPages ?? '—'} | ${r.full.wallSeconds !== null ? seconds(r.full.wallSeconds) : failure(r.full)} | ${r.full.cpuSeconds !== null ? seconds(r.full.cpuSeconds) : '—'} | ${bytes(r.full.peakTreeRssBytes)} | ${floorCell(native)} | ${floorCell(unified)} | ${ratio} | ${r.takenAt ? `${r.takenAt.slice(0, 16).replace('T', ' ')} UTC (${r.loadAverage?.toFixed(1) ?? '—'})` : '—'} |`,
    );
  }
  lines.push(
    '',
    '### Where the time goes',
    '',
    'From Astro’s log: content sync ends at “Synced content” (Markdown rendered, analysis run, data store written), bundling at “generating static routes”, page generation at “Complete!”. Peak RSS is the tree’s peak by the end of each part.',
    '',
    '| corpus | content sync (Markdown + analysis) | types + bundling | page generation | Pagefind | peak RSS after sync / after bundling | floor native: content sync | floor native: pages |',
    '|---|---:|---:|---:|---:|---:|---:|---:|',
  );
  for (const r of runs) {
    const p = r.full.phases;
    const f = r.floors.native?.phases ?? {};
    const m = r.full.astro.peakAtMarkers ?? {};
    const pages =
      p.pages !== undefined
        ? seconds(p.pages)
        : r.full.error && r.full.astro.markers.generatingRoutes !== undefined
          ? `failed after ${seconds(r.full.astro.wallSeconds - r.full.astro.markers.generatingRoutes)}`
          : '—';
    const memory =
      m.contentSynced !== undefined
        ? `${bytes(m.contentSynced)} / ${m.generatingRoutes !== undefined ? bytes(m.generatingRoutes) : '—'}`
        : '—';
    lines.push(
      `| ${describe(r)} | ${opt(p.contentSync)} | ${opt(p.bundling)} | ${pages} | ${r.full.pagefind ? seconds(r.full.pagefind.wallSeconds) : '—'} | ${memory} | ${opt(f.contentSync)} | ${opt(f.pages)} |`,
    );
  }
  lines.push(
    '',
    '## Output',
    '',
    '| corpus | pages by type | dist/ size | HTML | Pagefind index | heaviest article (HTML + CSS + JS gzip) |',
    '|---|---|---:|---:|---:|---|',
  );
  for (const r of runs) {
    const d = r.full.dist;
    if (!d) {
      lines.push(`| ${describe(r)} | — | — | — | — | — |`);
      continue;
    }
    const types = Object.entries(d.pagesByType)
      .sort((a, b) => b[1] - a[1])
      .map(([type, count]) => `${type} ${count}`)
      .join(', ');
    const a = d.heaviestArticle;
    lines.push(
      `| ${describe(r)} | ${types} | ${bytes(d.totalBytes)} (${d.files} files) | ${bytes(d.htmlBytes)} | ${d.pagefind ? `${bytes(d.pagefind.bytes)} (${d.pagefind.files} files)` : '—'} | ${a ? `${kb(a.totalGzip)} = ${kb(a.htmlGzip)} + ${kb(a.cssGzip)} + ${kb(a.jsGzip)} (${a.url})` : '—'} |`,
    );
  }
  lines.push('', '### Largest pages', '', '| corpus | page | HTML | gzip |', '|---|---|---:|---:|');
  for (const r of runs)
    for (const page of r.full.dist?.largestPages ?? [])
      lines.push(`| ${describe(r)} | ${page.url} | ${bytes(page.htmlBytes)} | ${kb(page.htmlGzip)} |`);
  lines.push(
    '',
    '## Search: the first query',
    '',
    'Chromium opens `/search/` (served with gzip), types the query and submits; every response’s encoded size is summed.',
    '',
    '| corpus | query | result | Pagefind bytes (all) | of which on opening | everything (page + Pagefind) | largest responses |',
    '|---|---|---|---:|---:|---:|---|',
  );
  for (const r of runs) {
    const s = r.search;
    lines.push(
      s
        ? `| ${describe(r)} | “${s.query}” | ${s.status} | ${kb(s.pagefindBytes)} | ${kb(s.pagefindBytesOnOpen)} | ${kb(s.totalBytes)} (${s.requests} requests) | ${s.largest.map((l) => `${l.url} ${kb(l.bytes)}`).join(', ')} |`
        : `| ${describe(r)} | — | ${r.searchError ?? 'not measured'} | — | — | — | — |`,
    );
  }
  lines.push(
    '',
    '## The analysis alone',
    '',
    'The pure analysis (`analyzeArticle`: mentions, quotes, attribution, dates) timed in one process over a sample of articles, without Astro.',
    '',
    '| corpus | articles timed | ms per article | quotes per article | mentions per article | generation of the corpus |',
    '|---|---:|---:|---:|---:|---:|',
  );
  for (const r of runs) {
    const a = r.analysis;
    lines.push(
      `| ${describe(r)} | ${a?.sampled ?? '—'} | ${a ? a.msPerArticle.toFixed(2) : '—'} | ${a ? a.quotesPerArticle.toFixed(1) : '—'} | ${a ? a.mentionsPerArticle.toFixed(1) : '—'} | ${r.generateSeconds !== null ? seconds(r.generateSeconds) : '—'} |`,
    );
  }
  const errors = runs.flatMap((r) =>
    [r.full, ...Object.values(r.floors)].filter((b) => b.error).map((b) => `- ${describe(r)}: ${b.error}`),
  );
  if (errors.length > 0) lines.push('', '## Failures', '', ...errors);
  lines.push('');
  return lines.join('\n');
}

function describe(run: Pick<CorpusRun, 'label'>): string {
  return run.label === 'real' ? 'real site' : `${Number(run.label).toLocaleString('en-US')} articles`;
}

function floorCell(build: BuildResult | undefined): string {
  if (!build) return '—';
  return build.wallSeconds !== null
    ? `${seconds(build.wallSeconds)} (CPU ${build.cpuSeconds !== null ? seconds(build.cpuSeconds) : '—'})`
    : failure(build);
}

function failure(build: BuildResult): string {
  const elapsed = seconds(build.astro.wallSeconds + (build.pagefind?.wallSeconds ?? 0));
  if (build.astro.timedOut || build.pagefind?.timedOut) return `stopped after ${elapsed}`;
  return build.error ? `failed after ${elapsed}` : '—';
}

function opt(value: number | undefined): string {
  return value === undefined ? '—' : seconds(value);
}

export function seconds(value: number): string {
  return value >= 100 ? `${value.toFixed(0)} s` : `${value.toFixed(1)} s`;
}

export function kb(value: number): string {
  return `${(value / KB).toFixed(1)} KB`;
}

export function bytes(value: number): string {
  if (value >= GB) return `${(value / GB).toFixed(2)} GB`;
  if (value >= 1e6) return `${(value / 1e6).toFixed(1)} MB`;
  return kb(value);
}
