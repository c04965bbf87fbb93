/**
 * The benchmark's results: what was measured (the types), the machine, and the Markdown report
 * (`bench-results/latest.md`) written next to the JSON one. The budgets are checked in budgets.ts.
 */
import { cpus, loadavg, release, totalmem } from 'node:os';
import { readFileSync } from 'node:fs';
import type { DistMeasurement } from './measure-dist.ts';
import type { ProcessMeasurement } from './measure-process.ts';
import type { SearchMeasurement } from './measure-search.ts';
import type { ReusedWork } from './warm-rebuild.ts';

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
  /** The warm rebuilds after the cold build (scripts/bench/warm-rebuild.ts); null when not run. */
  warm?: WarmRuns | null;
}

/** An editor's next builds on the same cache: one article added, then one actor edited. */
export interface WarmRuns {
  /** The article held back from the cold build and added for the warm one. */
  addedArticle: string;
  added: BuildResult;
  /** What the build with the added article copied from the cold one (absent in reports made before it was counted). */
  reused?: ReusedWork | null;
  /** The actor edit: which actor, how many records referred to it, how many were rendered again. */
  actor: { slug: string; referencedBy: number; rerendered: number; build: BuildResult } | null;
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

/** One row of a Markdown table. */
function row(cells: ReadonlyArray<string | number>): string {
  return `| ${cells.join(' | ')} |`;
}

/** A section of the report: its heading, an optional paragraph, and a table (header, alignment row, rows). */
function section(heading: string, intro: string | null, header: string, alignment: string, rows: string[][]): string[] {
  return ['', heading, '', ...(intro === null ? [] : [intro, '']), header, alignment, ...rows.map(row)];
}

/** The Markdown report. */
export function renderMarkdown(report: BenchReport): string {
  const { machine, runs } = report;
  const passed = report.budgets.filter((b) => b.status === 'pass').length;
  const failed = report.budgets.filter((b) => b.status === 'fail').length;
  const load = machine.loadAverage;
  const statusCell = (b: BudgetCheck) => (b.status === 'pass' ? '✅ pass' : b.status === 'fail' ? '❌ fail' : '— not measured');
  const lines = [
    '# Benchmark results',
    '',
    `Taken ${report.takenAt} with \`${report.command}\` (seed \`${report.seed}\`) on ${machine.cores} × ${machine.cpuModel}, ` +
      `${bytes(machine.memoryBytes)} RAM, Node ${machine.node}, ${machine.os}. ` +
      `One-minute load average ${load.start.toFixed(2)} at the start, ` +
      `${load.end.toFixed(2)} at the end: other builds shared the machine when the load is above the core count, so wall times are ` +
      'noisy; CPU time (user + system) is given beside them.',
    '',
    `Budgets: ${passed} pass, ${failed} fail, ${report.budgets.length - passed - failed} not measured. ` +
      'Generated by `scripts/cli/bench.ts`; the JSON beside this file has every figure. ' +
      'Why the failing budgets fail, and what was tried, is in `budgets-not-met.md` beside this file (written by hand).',
    ...section(
      '## Budgets',
      null,
      '| | budget | limit | measured |',
      '|---|---|---|---|',
      report.budgets.map((b) => [statusCell(b), b.budget, b.limit, b.measured]),
    ),
    ...section(
      '## Builds',
      'Full build = `astro build` (content sync with the analysis, the corpus index, every page) ' +
        'then `scripts/cli/index-search.ts` (Pagefind), ' +
        'each started cold (fresh Astro cache). Floors build the same articles as plain Astro Markdown pages (`scripts/bench/floor/`): ' +
        '*native* with Astro 7’s default Markdown processor, *unified* with the unified processor and no plugins; ' +
        'both are indexed by Pagefind too.',
      row([
        ...['corpus', 'articles', 'actors', 'events', 'pages', 'full build', 'CPU', 'peak RSS (tree)'],
        ...['floor native', 'floor unified', 'full ÷ floor', 'measured at (load)'],
      ]),
      '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|',
      runs.map(buildRow),
    ),
    ...section(
      '### Where the time goes',
      'From Astro’s log: content sync ends at “Synced content” (Markdown rendered, analysis run, data store written), ' +
        'bundling at “generating static routes”, page generation at “Complete!”. ' +
        'Peak RSS is the tree’s peak by the end of each part.',
      row([
        ...['corpus', 'content sync (Markdown + analysis)', 'types + bundling', 'page generation', 'Pagefind'],
        ...['peak RSS after sync / after bundling', 'floor native: content sync', 'floor native: pages'],
      ]),
      '|---|---:|---:|---:|---:|---:|---:|---:|',
      runs.map(phasesRow),
    ),
    ...section(
      '## Output',
      null,
      row(['corpus', 'pages by type', 'dist/ size', 'HTML', 'Pagefind index', 'heaviest article (HTML + CSS + JS gzip)']),
      '|---|---|---:|---:|---:|---|',
      runs.map(outputRow),
    ),
    ...section(
      '### Largest pages',
      null,
      row(['corpus', 'page', 'HTML', 'gzip']),
      '|---|---|---:|---:|',
      runs.flatMap((r) =>
        (r.full.dist?.largestPages ?? []).map((page) => [describeCorpus(r), page.url, bytes(page.htmlBytes), kb(page.htmlGzip)]),
      ),
    ),
    ...section(
      '## Search: the first query',
      'Chromium opens `/search/` (served with gzip), types the query and submits; every response’s encoded size is summed.',
      row([
        ...['corpus', 'query', 'result', 'Pagefind bytes (all)', 'of which on opening'],
        ...['everything (page + Pagefind)', 'largest responses'],
      ]),
      '|---|---|---|---:|---:|---:|---|',
      runs.map(searchRow),
    ),
    ...section(
      '## Warm rebuilds',
      'The build an editor runs next, on the cold build’s cache: first with one article added (held back from the cold build, ' +
        'so the cold build has one article fewer: the newest that no event cites), then with one actor’s description edited. ' +
        'The analysis and Markdown rendering are reused; Astro copies each article, event and actor page whose cache key is unchanged ' +
        '(src/corpus/page-cache-keys.ts) and renders the other pages; the search index copies each bundle whose pages are ' +
        'unchanged. “Copied” counts them from the build’s log. “Rendered again” counts the article records rewritten; ' +
        '“refer to it” the records that named the actor before the edit.',
      row([
        'corpus',
        'cold build',
        'one article added',
        'warm ÷ cold',
        'of it: pages',
        'of it: Pagefind',
        'copied: article pages, event pages, actor pages, search bundles',
        'actor edited',
        'refer to it',
        'rendered again',
        'actor edit build',
      ]),
      '|---|---:|---:|---:|---:|---:|---|---|---:|---:|---:|',
      runs.filter((r) => r.warm).map(warmRow),
    ),
    ...section(
      '## The analysis alone',
      'The pure analysis (`analyzeArticle`: mentions, quotes, attribution, dates) timed in one process over a sample of articles, ' +
        'without Astro.',
      row([
        'corpus',
        'articles timed',
        'ms per article',
        'quotes per article',
        'mentions per article',
        'generation of the corpus',
      ]),
      '|---|---:|---:|---:|---:|---:|',
      runs.map(analysisRow),
    ),
  ];
  const errors = runs.flatMap((r) =>
    [r.full, ...Object.values(r.floors)].filter((b) => b.error).map((b) => `- ${describeCorpus(r)}: ${b.error}`),
  );
  if (errors.length > 0) lines.push('', '## Failures', '', ...errors);
  lines.push('');
  return lines.join('\n');
}

/** A corpus's row of the builds table: sizes, the full build, the floors and their ratio. */
function buildRow(r: CorpusRun): string[] {
  const native = r.floors.native;
  const cpuRatio =
    r.full.cpuSeconds !== null && native?.cpuSeconds ? ` (CPU ${(r.full.cpuSeconds / native.cpuSeconds).toFixed(2)}×)` : '';
  const ratio =
    r.full.wallSeconds !== null && native?.wallSeconds
      ? `${(r.full.wallSeconds / native.wallSeconds).toFixed(2)}×${cpuRatio}`
      : '—';
  const measuredAt = r.takenAt ? `${r.takenAt.slice(0, 16).replace('T', ' ')} UTC (${r.loadAverage?.toFixed(1) ?? '—'})` : '—';
  return [
    describeCorpus(r),
    String(r.articles),
    String(r.actors),
    String(r.events),
    String(r.full.dist?.htmlPages ?? r.full.astroPages ?? '—'),
    r.full.wallSeconds !== null ? seconds(r.full.wallSeconds) : buildFailure(r.full),
    r.full.cpuSeconds !== null ? seconds(r.full.cpuSeconds) : '—',
    bytes(r.full.peakTreeRssBytes),
    floorCell(native),
    floorCell(r.floors.unified),
    ratio,
    measuredAt,
  ];
}

/** A corpus's row of the phases table: where the build's time and memory went. */
function phasesRow(r: CorpusRun): string[] {
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
  const pagefind = r.full.pagefind ? seconds(r.full.pagefind.wallSeconds) : '—';
  return [describeCorpus(r), opt(p.contentSync), opt(p.bundling), pages, pagefind, memory, opt(f.contentSync), opt(f.pages)];
}

/** A corpus's row of the warm rebuilds table. */
function warmRow(r: CorpusRun): string[] {
  const warm = r.warm!;
  const cold = r.full.wallSeconds;
  const added = warm.added.wallSeconds;
  const share = (part: number | undefined) =>
    part !== undefined && added ? `${seconds(part)} (${Math.round((part / added) * 100)}%)` : '—';
  return [
    describeCorpus(r),
    cold !== null ? seconds(cold) : '—',
    added !== null ? seconds(added) : buildFailure(warm.added),
    cold && added ? `${(added / cold).toFixed(2)}` : '—',
    share(warm.added.phases.pages),
    share(warm.added.pagefind?.wallSeconds),
    copiedWork(warm.reused),
    warm.actor?.slug ?? '—',
    warm.actor ? String(warm.actor.referencedBy) : '—',
    warm.actor ? String(warm.actor.rerendered) : '—',
    warm.actor?.build.wallSeconds != null
      ? seconds(warm.actor.build.wallSeconds)
      : warm.actor
        ? buildFailure(warm.actor.build)
        : '—',
  ];
}

/** "9,990 of 9,999; 2,990 of 3,000; 500 of 619; 1 of 2": what a warm build copied instead of making again. */
function copiedWork(reused: ReusedWork | null | undefined): string {
  if (!reused) return '—';
  const { articlePages, eventPages, actorPages, searchBundles: bundles } = reused;
  const share = (pages: { copied: number; total: number } | undefined) =>
    pages ? `${pages.copied.toLocaleString('en-US')} of ${pages.total.toLocaleString('en-US')}` : '—';
  return `${share(articlePages)}; ${share(eventPages)}; ${share(actorPages)}; ${bundles ? `${bundles.copied} of ${bundles.total}` : '—'}`;
}

/** A corpus's row of the output table: the built site's pages and sizes. */
function outputRow(r: CorpusRun): string[] {
  const d = r.full.dist;
  if (!d) return [describeCorpus(r), '—', '—', '—', '—', '—'];
  const types = Object.entries(d.pagesByType)
    .sort((a, b) => b[1] - a[1])
    .map(([type, count]) => `${type} ${count}`)
    .join(', ');
  const a = d.heaviestArticle;
  return [
    describeCorpus(r),
    types,
    `${bytes(d.totalBytes)} (${d.files} files)`,
    bytes(d.htmlBytes),
    d.pagefind ? `${bytes(d.pagefind.bytes)} (${d.pagefind.files} files)` : '—',
    a ? `${kb(a.totalGzip)} = ${kb(a.htmlGzip)} + ${kb(a.cssGzip)} + ${kb(a.jsGzip)} (${a.url})` : '—',
  ];
}

/** A corpus's row of the search table: what the first query downloads. */
function searchRow(r: CorpusRun): string[] {
  const s = r.search;
  if (!s) return [describeCorpus(r), '—', r.searchError ?? 'not measured', '—', '—', '—', '—'];
  return [
    describeCorpus(r),
    `“${s.query}”`,
    s.status,
    kb(s.pagefindBytes),
    kb(s.pagefindBytesOnOpen),
    `${kb(s.totalBytes)} (${s.requests} requests)`,
    s.largest.map((l) => `${l.url} ${kb(l.bytes)}`).join(', '),
  ];
}

/** A corpus's row of the analysis table: the pure analysis's time per article. */
function analysisRow(r: CorpusRun): string[] {
  const a = r.analysis;
  return [
    describeCorpus(r),
    String(a?.sampled ?? '—'),
    a ? a.msPerArticle.toFixed(2) : '—',
    a ? a.quotesPerArticle.toFixed(1) : '—',
    a ? a.mentionsPerArticle.toFixed(1) : '—',
    r.generateSeconds !== null ? seconds(r.generateSeconds) : '—',
  ];
}

/** `real site` or `1,000 articles`: a corpus as the report names it. */
export function describeCorpus(run: Pick<CorpusRun, 'label'>): string {
  return run.label === 'real' ? 'real site' : `${Number(run.label).toLocaleString('en-US')} articles`;
}

function floorCell(build: BuildResult | undefined): string {
  if (!build) return '—';
  return build.wallSeconds !== null
    ? `${seconds(build.wallSeconds)} (CPU ${build.cpuSeconds !== null ? seconds(build.cpuSeconds) : '—'})`
    : buildFailure(build);
}

/** How a build that did not finish ended: stopped at the time limit or failed, and after how long. */
export function buildFailure(build: BuildResult): string {
  const elapsed = seconds(build.astro.wallSeconds + (build.pagefind?.wallSeconds ?? 0));
  if (build.astro.timedOut || build.pagefind?.timedOut) return `stopped after ${elapsed}`;
  return build.error ? `failed after ${elapsed}` : '—';
}

function opt(value: number | undefined): string {
  return value === undefined ? '—' : seconds(value);
}

/** Seconds as the report gives them: `45.3 s`, `270 s` from 100 up. */
export function seconds(value: number): string {
  return value >= 100 ? `${value.toFixed(0)} s` : `${value.toFixed(1)} s`;
}

/** 1 KB = 1,000 bytes and 1 GB = 10^9 bytes, the stricter reading of the issue's budgets. */
export const KB = 1000;
/** See `KB`. */
export const GB = 1e9;

/** Bytes in kilobytes: `10.6 KB`. */
export function kb(value: number): string {
  return `${(value / KB).toFixed(1)} KB`;
}

/** Bytes in the largest unit that keeps a whole number in front: `7.37 GB`, `4.9 MB`, `10.6 KB`. */
export function bytes(value: number): string {
  if (value >= GB) return `${(value / GB).toFixed(2)} GB`;
  if (value >= 1e6) return `${(value / 1e6).toFixed(1)} MB`;
  return kb(value);
}
