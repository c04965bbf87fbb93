/**
 * `npm run bench`: builds synthetic corpora of N articles (and the real site) the way the product
 * is built, measures them, checks the issue's budgets and writes `bench-results/latest.md` and
 * `bench-results/latest.json`. Budgets are reported, not enforced, unless `--strict`.
 *
 *   npm run bench                          100, 1,000 and 10,000 articles, plus the real site
 *   npm run bench -- --sizes 100,1000      chosen sizes
 *   npm run bench -- --ci                  100 articles and the real site, one floor; reports
 *                                          go to bench-results/tmp/ci/ (a CI run changes no tracked file)
 *
 * Other flags: --floor native,unified|none  --no-real  --no-search  --seed S  --query WORD
 *   --timeout-minutes M (per build, default 30)  --merge (keep runs of other sizes from the last
 *   report)  --keep (keep corpora and builds in the work folder)  --workdir DIR  --report-dir DIR
 *   --strict (exit 1 when a budget fails)
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { loadavg } from 'node:os';
import path from 'node:path';
import { analyzeArticle } from '../../src/analysis/analyze-article.ts';
import { bodyBlocksFromMarkdown } from '../../src/analysis/body-blocks.ts';
import type { CuratedAttribution } from '../../src/analysis/attribution.ts';
import { loadActorRegistry } from '../../src/corpus/actor-registry.ts';
import { readArticleFile } from '../../src/corpus/read-article-file.ts';
import { slugFromFileName } from '../../src/corpus/slugs.ts';
import { parseFlags, writeCorpus } from './generate-corpus.ts';
import { measureDist } from './measure-dist.ts';
import { measureProcess, type ProcessMeasurement } from './measure-process.ts';
import { measureFirstQuery } from './measure-search.ts';
import { checkBudgets, describeMachine, renderMarkdown, seconds, type BenchReport, type BuildResult, type CorpusRun } from './report.ts';

const root = path.resolve(import.meta.dirname, '../..');
const astroBin = path.join(root, 'node_modules/astro/bin/astro.mjs');

/** Lines of Astro's build log that mark the end of each part of the build. */
const ASTRO_MARKERS = {
  contentSynced: /\[content\] Synced content/,
  generatingRoutes: /generating static routes/,
  complete: /\[build\] Complete!/,
  pagesBuilt: /\d+ page\(s\) built in/,
};

interface Settings {
  sizes: number[];
  floors: string[];
  real: boolean;
  search: boolean;
  seed: string;
  query: string;
  timeoutSeconds: number;
  workdir: string;
  reportDir: string;
  keep: boolean;
  merge: boolean;
  strict: boolean;
  command: string;
}

function readSettings(argv: string[]): Settings {
  const flags = parseFlags(argv);
  const ci = flags.has('ci');
  const list = (value: string) => value.split(',').map((item) => item.trim()).filter(Boolean);
  const sizes = ci ? [100] : list(flags.get('sizes') ?? '100,1000,10000').map(Number);
  if (sizes.some((n) => !Number.isInteger(n) || n < 1)) throw new Error(`--sizes: expected whole numbers, got ${flags.get('sizes')}`);
  const floors = list(flags.get('floor') ?? (ci ? 'native' : 'native,unified')).filter((f) => f !== 'none');
  for (const floor of floors) if (floor !== 'native' && floor !== 'unified') throw new Error(`--floor: unknown floor "${floor}" (native, unified or none)`);
  return {
    sizes,
    floors,
    real: !flags.has('no-real'),
    search: !flags.has('no-search'),
    seed: flags.get('seed') ?? 'dossier',
    query: flags.get('query') ?? 'ceasefire',
    timeoutSeconds: Number(flags.get('timeout-minutes') ?? '30') * 60,
    workdir: path.resolve(root, flags.get('workdir') ?? 'bench-results/tmp'),
    reportDir: path.resolve(root, flags.get('report-dir') ?? (ci ? 'bench-results/tmp/ci' : 'bench-results')),
    keep: flags.has('keep'),
    merge: flags.has('merge'),
    strict: flags.has('strict'),
    command: `npm run bench${argv.length ? ` -- ${argv.join(' ')}` : ''}`,
  };
}

async function main(): Promise<void> {
  const settings = readSettings(process.argv.slice(2));
  const loadAtStart = loadavg()[0] ?? 0;
  await mkdir(settings.workdir, { recursive: true });
  await mkdir(settings.reportDir, { recursive: true });
  const previous = settings.merge ? readPreviousRuns(settings.reportDir) : [];
  const labels = [...(settings.real ? ['real'] : []), ...settings.sizes.map(String)];
  const runs: CorpusRun[] = [];

  const save = async () => {
    const merged = [...previous.filter((run) => !labels.includes(run.label)), ...runs].sort(byLabel);
    const report: BenchReport = {
      takenAt: new Date().toISOString(),
      command: settings.command,
      seed: settings.seed,
      machine: describeMachine(loadAtStart),
      runs: merged,
      budgets: checkBudgets(merged),
    };
    await writeFile(path.join(settings.reportDir, 'latest.json'), `${JSON.stringify(report, null, 2)}\n`);
    await writeFile(path.join(settings.reportDir, 'latest.md'), renderMarkdown(report));
    return report;
  };

  for (const label of labels) {
    console.log(`\n[bench] ${label === 'real' ? 'real site' : `${label} articles`}`);
    runs.push(await benchCorpus(label, settings));
    await save(); // partial results survive a later failure or timeout
  }
  const report = await save();
  console.log(`\n[bench] report: ${path.relative(root, path.join(settings.reportDir, 'latest.md'))}`);
  for (const budget of report.budgets) console.log(`  ${budget.status.padEnd(12)} ${budget.budget}: ${budget.measured} (limit ${budget.limit})`);
  const buildFailed = runs.some((run) => run.full.error !== null);
  const budgetFailed = report.budgets.some((budget) => budget.status === 'fail');
  if (buildFailed || (settings.strict && budgetFailed)) process.exitCode = 1;
}

async function benchCorpus(label: string, settings: Settings): Promise<CorpusRun> {
  const work = path.join(settings.workdir, label === 'real' ? 'real' : `n${label}`);
  await rm(work, { recursive: true, force: true });
  await mkdir(work, { recursive: true });
  let contentDir = path.join(root, 'content');
  let generateSeconds: number | null = null;
  if (label !== 'real') {
    contentDir = path.join(work, 'content');
    const started = performance.now();
    await writeCorpus({ articles: Number(label), seed: settings.seed }, contentDir);
    generateSeconds = (performance.now() - started) / 1000;
    console.log(`[bench] corpus generated in ${seconds(generateSeconds)}: ${contentDir}`);
  }
  const count = (folder: string, extension: string) => readdirSync(path.join(contentDir, folder)).filter((name) => name.endsWith(extension)).length;
  const analysis = timeAnalysis(contentDir, 300);

  const full = await buildSite(contentDir, path.join(work, 'dist'), path.join(work, 'cache'), path.join(work, 'build.log'), null, settings.timeoutSeconds);
  console.log(`[bench] full build: ${full.wallSeconds !== null ? seconds(full.wallSeconds) : `failed (${full.error})`}, peak RSS ${(full.peakTreeRssBytes / 1e9).toFixed(2)} GB`);
  let search: CorpusRun['search'] = null;
  let searchError: string | null = null;
  if (settings.search && full.error === null) {
    try {
      search = await measureFirstQuery(path.join(work, 'dist'), settings.query);
      console.log(`[bench] first query “${search.query}”: ${(search.pagefindBytes / 1000).toFixed(1)} KB from /pagefind/ (${search.status})`);
    } catch (error) {
      searchError = `not measured: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`;
      console.log(`[bench] search ${searchError}`);
    }
  }
  if (!settings.keep) await rm(path.join(work, 'dist'), { recursive: true, force: true });

  const floors: Record<string, BuildResult> = {};
  for (const floor of settings.floors) {
    const outDir = path.join(work, `floor-${floor}`);
    floors[floor] = await buildSite(contentDir, outDir, path.join(work, `cache-${floor}`), path.join(work, `floor-${floor}.log`), floor, settings.timeoutSeconds);
    console.log(`[bench] floor (${floor}): ${floors[floor].wallSeconds !== null ? seconds(floors[floor].wallSeconds) : `failed (${floors[floor].error})`}`);
    if (!settings.keep) await rm(outDir, { recursive: true, force: true });
  }
  if (!settings.keep) {
    for (const folder of readdirSync(work)) if (folder.startsWith('cache') || folder === 'content') await rm(path.join(work, folder), { recursive: true, force: true });
  }
  return {
    label,
    articles: count('articles', '.md'),
    actors: count('actors', '.yaml'),
    events: count('events', '.yaml'),
    generateSeconds,
    analysis,
    full,
    floors,
    search,
    searchError,
  };
}

/** Builds one site (the product when `floor` is null) with Astro, then indexes it with Pagefind. */
async function buildSite(contentDir: string, outDir: string, cacheDir: string, logFile: string, floor: string | null, timeoutSeconds: number): Promise<BuildResult> {
  await rm(outDir, { recursive: true, force: true });
  await rm(cacheDir, { recursive: true, force: true });
  await rm(logFile, { force: true });
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    // Astro 7 needs Node ≥ 22: children run this same Node, whatever the machine's `node` is.
    PATH: `${path.dirname(process.execPath)}${path.delimiter}${process.env.PATH ?? ''}`,
    ASTRO_TELEMETRY_DISABLED: '1',
    DOSSIER_CONTENT_DIR: contentDir,
    DOSSIER_OUT_DIR: outDir,
    DOSSIER_CACHE_DIR: cacheDir,
    ...(floor ? { DOSSIER_FLOOR_PROCESSOR: floor } : {}),
  };
  const args = floor ? [astroBin, 'build', '--root', 'scripts/bench/floor'] : [astroBin, 'build', '--config', 'scripts/bench/astro.bench.config.mjs'];
  const astro = await measureProcess(process.execPath, args, { cwd: root, env, logFile, timeoutSeconds, markers: ASTRO_MARKERS });
  const markers = astro.markers;
  const phases: Record<string, number> = {};
  if (markers.contentSynced !== undefined) phases.contentSync = markers.contentSynced;
  if (markers.contentSynced !== undefined && markers.generatingRoutes !== undefined) phases.bundling = markers.generatingRoutes - markers.contentSynced;
  if (markers.generatingRoutes !== undefined && markers.complete !== undefined) phases.pages = markers.complete - markers.generatingRoutes;
  const astroPages = Number(/(\d+) page\(s\) built/.exec(astro.tail.join('\n'))?.[1] ?? Number.NaN);

  let pagefind: ProcessMeasurement | null = null;
  let error: string | null = null;
  if (astro.exitCode !== 0) {
    error = astro.timedOut ? `astro build stopped after ${seconds(astro.wallSeconds)} (time limit)` : `astro build exited with ${astro.exitCode}: ${lastError(astro.tail)}`;
  } else {
    const remaining = Math.max(60, timeoutSeconds - astro.wallSeconds);
    pagefind = await measureProcess(process.execPath, [path.join(root, 'scripts/index-search.ts'), outDir], { cwd: root, env, logFile, timeoutSeconds: remaining });
    if (pagefind.exitCode !== 0) error = pagefind.timedOut ? `Pagefind stopped after ${seconds(pagefind.wallSeconds)} (time limit)` : `Pagefind exited with ${pagefind.exitCode}: ${lastError(pagefind.tail)}`;
  }
  const wallSeconds = error === null ? astro.wallSeconds + (pagefind?.wallSeconds ?? 0) : null;
  const cpuSeconds = error === null && astro.cpuSeconds !== null && pagefind?.cpuSeconds != null ? astro.cpuSeconds + pagefind.cpuSeconds : null;
  let dist = null;
  if (error === null) {
    try {
      dist = measureDist(outDir);
    } catch (failure) {
      error = `measuring dist/ failed: ${failure instanceof Error ? failure.message : String(failure)}`;
    }
  }
  return {
    astro,
    pagefind,
    wallSeconds,
    cpuSeconds,
    peakTreeRssBytes: Math.max(astro.peakTreeRssBytes, pagefind?.peakTreeRssBytes ?? 0),
    astroPages: Number.isFinite(astroPages) ? astroPages : null,
    phases,
    dist,
    error,
  };
}

/** Times the pure analysis on up to `limit` articles spread over the corpus. */
function timeAnalysis(contentDir: string, limit: number): CorpusRun['analysis'] {
  const registry = loadActorRegistry(path.join(contentDir, 'actors'));
  const files = readdirSync(path.join(contentDir, 'articles')).filter((name) => name.endsWith('.md')).sort();
  const step = Math.max(1, Math.ceil(files.length / limit));
  const sample = files.filter((_, index) => index % step === 0);
  let elapsed = 0;
  let quotes = 0;
  let mentions = 0;
  for (const name of sample) {
    const file = path.join(contentDir, 'articles', name);
    const { frontmatter, body } = readArticleFile(readFileSync(file, 'utf8'), file);
    const published = (frontmatter.published as { value: string }).value;
    const blocks = bodyBlocksFromMarkdown(body);
    const started = performance.now();
    const result = analyzeArticle(
      { slug: slugFromFileName(name), file, blocks, published, curations: (frontmatter.attributions as CuratedAttribution[] | undefined) ?? [] },
      registry.matcher,
    );
    elapsed += performance.now() - started;
    quotes += result.quotes.length;
    mentions += result.mentions.length;
  }
  return sample.length === 0
    ? null
    : { sampled: sample.length, msPerArticle: elapsed / sample.length, quotesPerArticle: quotes / sample.length, mentionsPerArticle: mentions / sample.length };
}

function readPreviousRuns(reportDir: string): CorpusRun[] {
  const file = path.join(reportDir, 'latest.json');
  if (!existsSync(file)) return [];
  try {
    return (JSON.parse(readFileSync(file, 'utf8')) as BenchReport).runs ?? [];
  } catch {
    return [];
  }
}

function byLabel(a: CorpusRun, b: CorpusRun): number {
  const rank = (label: string) => (label === 'real' ? -1 : Number(label));
  return rank(a.label) - rank(b.label);
}

/** The most telling line of a failed run's output. */
function lastError(tail: string[]): string {
  const line = [...tail].reverse().find((l) => /error|Error|failed|✘/.test(l)) ?? tail.at(-1) ?? '';
  return line.trim().slice(0, 300);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
