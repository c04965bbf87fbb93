/**
 * `npm run bench` (scripts/cli/bench.ts): builds synthetic corpora of N articles (and the real
 * site) the way the product is built, measures them, checks the issue's budgets and writes
 * `bench-results/latest.md` and `bench-results/latest.json`. Budgets are reported, not enforced,
 * unless `--strict`.
 *
 *   npm run bench                          100, 1,000 and 10,000 articles, plus the real site
 *   npm run bench -- --sizes 100,1000      chosen sizes
 *   npm run bench -- --ci                  100 articles and the real site, one floor; reports
 *                                          go to bench-results/tmp/ci/ (a CI run changes no tracked file)
 *
 * Other flags: --floor native,unified|none  --no-real  --no-search  --no-warm (no warm rebuilds)  --seed S  --query WORD
 *   --timeout-minutes M (per build, default 30)  --merge (keep runs of other sizes from the last
 *   report)  --keep (keep corpora and builds in the work folder)  --workdir DIR  --report-dir DIR
 *   --strict (exit 1 when a budget fails)  --rerender (rewrite latest.md from latest.json, no build)
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { loadavg } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { runCommand, UsageError, type CommandIO } from '../lib/command-io.ts';
import { buildSite, root } from './build-site.ts';
import { checkBudgets } from './budgets.ts';
import { commaList, wholeNumber } from './flags.ts';
import { writeCorpus } from './generate-corpus.ts';
import { timeAnalysis } from './measure-analysis.ts';
import { measureFirstQuery } from './measure-search.ts';
import {
  describeMachine,
  renderMarkdown,
  seconds,
  type BenchReport,
  type BuildResult,
  type CorpusRun,
  type WarmRuns,
} from './report.ts';
import {
  actorToEdit,
  editActorDescription,
  holdBackArticle,
  readRecordStamps,
  restoreArticle,
  reusedWork,
} from './warm-rebuild.ts';

const USAGE =
  'Usage: npm run bench -- [--ci] [--sizes 100,1000] [--floor native,unified|none] [--no-real] [--no-search] [--no-warm] [--seed S] ' +
  '[--query WORD] [--timeout-minutes M] [--merge] [--keep] [--workdir DIR] [--report-dir DIR] [--strict] [--rerender]';

/** What the command line asks for, resolved. */
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
  rerender: boolean;
  /** Run the warm rebuilds after each synthetic corpus's cold build. */
  warm: boolean;
  command: string;
}

/** Runs `npm run bench` with `argv` (the arguments after the script's name); returns the exit code. */
export function runBenchCommand(argv: string[], io: CommandIO): Promise<number> {
  return runCommand(io, USAGE, () => bench(readSettings(argv), io));
}

/** The settings from the command line; a `UsageError` for a wrong flag. Folders are the project's, whatever the working folder. */
function readSettings(argv: string[]): Settings {
  const { values: flags } = parseArgs({
    args: argv,
    options: {
      ci: { type: 'boolean', default: false },
      sizes: { type: 'string' },
      floor: { type: 'string' },
      'no-real': { type: 'boolean', default: false },
      'no-search': { type: 'boolean', default: false },
      seed: { type: 'string', default: 'dossier' },
      query: { type: 'string', default: 'ceasefire' },
      'timeout-minutes': { type: 'string', default: '30' },
      workdir: { type: 'string', default: 'bench-results/tmp' },
      'report-dir': { type: 'string' },
      keep: { type: 'boolean', default: false },
      merge: { type: 'boolean', default: false },
      strict: { type: 'boolean', default: false },
      rerender: { type: 'boolean', default: false },
      'no-warm': { type: 'boolean', default: false },
    },
  });
  const { ci } = flags;
  const sizes = ci ? [100] : commaList(flags.sizes ?? '100,1000,10000').map((size) => wholeNumber('sizes', size));
  const floors = commaList(flags.floor ?? (ci ? 'native' : 'native,unified')).filter((f) => f !== 'none');
  for (const floor of floors)
    if (floor !== 'native' && floor !== 'unified')
      throw new UsageError(`--floor: unknown floor "${floor}" (native, unified or none)`);
  const timeoutMinutes = Number(flags['timeout-minutes']);
  if (!(timeoutMinutes > 0))
    throw new UsageError(`--timeout-minutes: expected a number of minutes, got "${flags['timeout-minutes']}"`);
  return {
    sizes,
    floors,
    real: !flags['no-real'],
    search: !flags['no-search'],
    seed: flags.seed,
    query: flags.query,
    timeoutSeconds: timeoutMinutes * 60,
    workdir: path.resolve(root, flags.workdir),
    reportDir: path.resolve(root, flags['report-dir'] ?? (ci ? 'bench-results/tmp/ci' : 'bench-results')),
    keep: flags.keep,
    merge: flags.merge,
    strict: flags.strict,
    rerender: flags.rerender,
    warm: !flags['no-warm'] && !ci,
    command: `npm run bench${argv.length ? ` -- ${argv.join(' ')}` : ''}`,
  };
}

/** Benchmarks every corpus the settings name, saving the report after each; 1 when a build (or, with --strict, a budget) fails. */
async function bench(settings: Settings, io: CommandIO): Promise<number> {
  const log = (text: string) => io.stdout(`${text}\n`);
  const loadAtStart = loadavg()[0] ?? 0;
  await mkdir(settings.workdir, { recursive: true });
  await mkdir(settings.reportDir, { recursive: true });
  const previous = settings.merge ? readPreviousRuns(settings.reportDir) : [];
  const labels = [...(settings.real ? ['real'] : []), ...settings.sizes.map(String)];
  const runs: CorpusRun[] = [];
  if (settings.rerender) {
    // Only re-render the report from latest.json (after a change to the report's layout).
    runs.push(...readPreviousRuns(settings.reportDir));
    labels.length = 0;
  }

  const save = async () => {
    const merged = [...previous.filter((run) => !labels.includes(run.label)), ...runs].sort(byLabel);
    const before = settings.rerender ? readPreviousReport(settings.reportDir) : null;
    const report: BenchReport = {
      takenAt: before?.takenAt ?? new Date().toISOString(),
      command: before?.command ?? settings.command,
      seed: before?.seed ?? settings.seed,
      machine: before?.machine ?? describeMachine(loadAtStart),
      runs: merged,
      budgets: checkBudgets(merged),
    };
    await writeFile(path.join(settings.reportDir, 'latest.json'), `${JSON.stringify(report, null, 2)}\n`);
    await writeFile(path.join(settings.reportDir, 'latest.md'), renderMarkdown(report));
    return report;
  };

  for (const label of labels) {
    log(`\n[bench] ${label === 'real' ? 'real site' : `${label} articles`}`);
    runs.push(await benchCorpus(label, settings, log));
    await save(); // partial results survive a later failure or timeout
  }
  const report = await save();
  log(`\n[bench] report: ${path.relative(root, path.join(settings.reportDir, 'latest.md'))}`);
  for (const budget of report.budgets)
    log(`  ${budget.status.padEnd(12)} ${budget.budget}: ${budget.measured} (limit ${budget.limit})`);
  const buildFailed = runs.some((run) => run.full.error !== null);
  const budgetFailed = report.budgets.some((budget) => budget.status === 'fail');
  return buildFailed || (settings.strict && budgetFailed) ? 1 : 0;
}

/** A build's time as the progress lines give it, or why it failed. */
function buildTime(build: BuildResult): string {
  return build.wallSeconds !== null ? seconds(build.wallSeconds) : `failed (${build.error})`;
}

/** Generates (or takes the real) corpus `label`, builds it and its floors, and measures everything. */
async function benchCorpus(label: string, settings: Settings, log: (text: string) => void): Promise<CorpusRun> {
  const takenAt = new Date().toISOString();
  const loadAverage = loadavg()[0] ?? 0;
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
    log(`[bench] corpus generated in ${seconds(generateSeconds)}: ${contentDir}`);
  }
  const count = (folder: string, extension: string) =>
    readdirSync(path.join(contentDir, folder)).filter((name) => name.endsWith(extension)).length;
  const sizes = { articles: count('articles', '.md'), actors: count('actors', '.yaml'), events: count('events', '.yaml') };
  const analysis = timeAnalysis(contentDir, 300);

  const { timeoutSeconds } = settings;
  // A synthetic corpus keeps one article back for the warm rebuild that adds it.
  const held = label !== 'real' && settings.warm ? await holdBackArticle(contentDir, path.join(work, 'held-back')) : null;
  const cacheDir = path.join(work, 'cache');
  const full = await buildSite(contentDir, path.join(work, 'dist'), cacheDir, path.join(work, 'build.log'), null, timeoutSeconds);
  log(`[bench] full build: ${buildTime(full)}, peak RSS ${(full.peakTreeRssBytes / 1e9).toFixed(2)} GB`);
  let search: CorpusRun['search'] = null;
  let searchError: string | null = null;
  if (settings.search && full.error === null) {
    try {
      search = await measureFirstQuery(path.join(work, 'dist'), settings.query);
      log(
        `[bench] first query “${search.query}”: ${(search.pagefindBytes / 1000).toFixed(1)} KB from /pagefind/ (${search.status})`,
      );
    } catch (error) {
      searchError = `not measured: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`;
      log(`[bench] search ${searchError}`);
    }
  }
  let warm: WarmRuns | null = null;
  if (held) {
    restoreArticle(held);
    if (full.error === null) warm = await warmRebuilds(contentDir, work, cacheDir, held.slug, timeoutSeconds, log);
  }
  if (!settings.keep) await rm(path.join(work, 'dist'), { recursive: true, force: true });

  const floors: Record<string, BuildResult> = {};
  for (const floor of settings.floors) {
    const outDir = path.join(work, `floor-${floor}`);
    const cacheDir = path.join(work, `cache-${floor}`);
    floors[floor] = await buildSite(contentDir, outDir, cacheDir, path.join(work, `floor-${floor}.log`), floor, timeoutSeconds);
    log(`[bench] floor (${floor}): ${buildTime(floors[floor])}`);
    if (!settings.keep) await rm(outDir, { recursive: true, force: true });
  }
  if (!settings.keep) {
    for (const folder of readdirSync(work))
      if (folder.startsWith('cache') || folder === 'content') await rm(path.join(work, folder), { recursive: true, force: true });
  }
  return { label, takenAt, loadAverage, ...sizes, generateSeconds, analysis, full, floors, search, searchError, warm };
}

/** The warm rebuilds on the cold build's cache: the held-back article added, then an actor edited. */
async function warmRebuilds(
  contentDir: string,
  work: string,
  cacheDir: string,
  addedArticle: string,
  timeoutSeconds: number,
  log: (text: string) => void,
): Promise<WarmRuns> {
  const dist = path.join(work, 'dist');
  const addedLog = path.join(work, 'warm-added.log');
  const added = await buildSite(contentDir, dist, cacheDir, addedLog, null, timeoutSeconds, {}, true);
  const reused = existsSync(addedLog) ? reusedWork(readFileSync(addedLog, 'utf8')) : null;
  log(`[bench] warm rebuild, one article added: ${buildTime(added)}; copied ${JSON.stringify(reused)}`);
  const recordDir = path.join(cacheDir, 'dossier-articles');
  const actorsDir = path.join(contentDir, 'actors');
  const target = added.error === null ? actorToEdit(readRecordStamps(recordDir), actorsDir) : null;
  if (!target) return { addedArticle, added, reused, actor: null };
  const editedAt = Date.now();
  editActorDescription(actorsDir, target.slug);
  const build = await buildSite(contentDir, dist, cacheDir, path.join(work, 'warm-actor.log'), null, timeoutSeconds, {}, true);
  const rerendered = readRecordStamps(recordDir).filter((stamp) => stamp.modifiedMs >= editedAt).length;
  log(
    `[bench] warm rebuild, ${target.slug} edited: ${buildTime(build)}; ${rerendered} articles rendered again, ${target.referencedBy} refer to the actor`,
  );
  return { addedArticle, added, reused, actor: { ...target, rerendered, build } };
}

function readPreviousReport(reportDir: string): BenchReport | null {
  const file = path.join(reportDir, 'latest.json');
  if (!existsSync(file)) return null;
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as BenchReport;
  } catch {
    return null;
  }
}

function readPreviousRuns(reportDir: string): CorpusRun[] {
  return readPreviousReport(reportDir)?.runs ?? [];
}

/** The real site first, then the synthetic corpora by size. */
function byLabel(a: CorpusRun, b: CorpusRun): number {
  const rank = (label: string) => (label === 'real' ? -1 : Number(label));
  return rank(a.label) - rank(b.label);
}
