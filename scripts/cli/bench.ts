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
 *   --strict (exit 1 when a budget fails)  --rerender (rewrite latest.md from latest.json, no build)
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { loadavg } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { analyzeArticle } from '../../src/analysis/analyze-article.ts';
import { bodyBlocksFromMarkdown } from '../../src/analysis/text/body-blocks.ts';
import type { CuratedAttribution } from '../../src/analysis/attribution/attribute-quotes.ts';
import { loadActorRegistry } from '../../src/load/actor-registry.ts';
import { readArticleFile } from '../../src/load/read-article-file.ts';
import { slugFromFileName } from '../../src/lib/slugs.ts';
import { runCli, wholeNumber } from '../bench/cli.ts';
import { writeCorpus } from '../bench/generate-corpus.ts';
import { buildSite, root } from '../bench/build-site.ts';
import { measureFirstQuery } from '../bench/measure-search.ts';
import {
  checkBudgets,
  describeMachine,
  renderMarkdown,
  seconds,
  type BenchReport,
  type BuildResult,
  type CorpusRun,
} from '../bench/report.ts';

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
  command: string;
}

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
    },
  });
  const { ci } = flags;
  const list = (value: string) =>
    value
      .split(',')
      .map((item) => item.trim())
      .filter(Boolean);
  const sizes = ci ? [100] : list(flags.sizes ?? '100,1000,10000').map((size) => wholeNumber('sizes', size));
  const floors = list(flags.floor ?? (ci ? 'native' : 'native,unified')).filter((f) => f !== 'none');
  for (const floor of floors)
    if (floor !== 'native' && floor !== 'unified') throw new Error(`--floor: unknown floor "${floor}" (native, unified or none)`);
  const timeoutMinutes = Number(flags['timeout-minutes']);
  if (!(timeoutMinutes > 0))
    throw new Error(`--timeout-minutes: expected a number of minutes, got "${flags['timeout-minutes']}"`);
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
    console.log(`\n[bench] ${label === 'real' ? 'real site' : `${label} articles`}`);
    runs.push(await benchCorpus(label, settings));
    await save(); // partial results survive a later failure or timeout
  }
  const report = await save();
  console.log(`\n[bench] report: ${path.relative(root, path.join(settings.reportDir, 'latest.md'))}`);
  for (const budget of report.budgets)
    console.log(`  ${budget.status.padEnd(12)} ${budget.budget}: ${budget.measured} (limit ${budget.limit})`);
  const buildFailed = runs.some((run) => run.full.error !== null);
  const budgetFailed = report.budgets.some((budget) => budget.status === 'fail');
  if (buildFailed || (settings.strict && budgetFailed)) process.exitCode = 1;
}

async function benchCorpus(label: string, settings: Settings): Promise<CorpusRun> {
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
    console.log(`[bench] corpus generated in ${seconds(generateSeconds)}: ${contentDir}`);
  }
  const count = (folder: string, extension: string) =>
    readdirSync(path.join(contentDir, folder)).filter((name) => name.endsWith(extension)).length;
  const sizes = { articles: count('articles', '.md'), actors: count('actors', '.yaml'), events: count('events', '.yaml') };
  const analysis = timeAnalysis(contentDir, 300);

  const full = await buildSite(
    contentDir,
    path.join(work, 'dist'),
    path.join(work, 'cache'),
    path.join(work, 'build.log'),
    null,
    settings.timeoutSeconds,
  );
  console.log(
    `[bench] full build: ${full.wallSeconds !== null ? seconds(full.wallSeconds) : `failed (${full.error})`}, peak RSS ${(full.peakTreeRssBytes / 1e9).toFixed(2)} GB`,
  );
  let search: CorpusRun['search'] = null;
  let searchError: string | null = null;
  if (settings.search && full.error === null) {
    try {
      search = await measureFirstQuery(path.join(work, 'dist'), settings.query);
      console.log(
        `[bench] first query “${search.query}”: ${(search.pagefindBytes / 1000).toFixed(1)} KB from /pagefind/ (${search.status})`,
      );
    } catch (error) {
      searchError = `not measured: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`;
      console.log(`[bench] search ${searchError}`);
    }
  }
  if (!settings.keep) await rm(path.join(work, 'dist'), { recursive: true, force: true });

  const floors: Record<string, BuildResult> = {};
  for (const floor of settings.floors) {
    const outDir = path.join(work, `floor-${floor}`);
    floors[floor] = await buildSite(
      contentDir,
      outDir,
      path.join(work, `cache-${floor}`),
      path.join(work, `floor-${floor}.log`),
      floor,
      settings.timeoutSeconds,
    );
    console.log(
      `[bench] floor (${floor}): ${floors[floor].wallSeconds !== null ? seconds(floors[floor].wallSeconds) : `failed (${floors[floor].error})`}`,
    );
    if (!settings.keep) await rm(outDir, { recursive: true, force: true });
  }
  if (!settings.keep) {
    for (const folder of readdirSync(work))
      if (folder.startsWith('cache') || folder === 'content') await rm(path.join(work, folder), { recursive: true, force: true });
  }
  return {
    label,
    takenAt,
    loadAverage,
    ...sizes,
    generateSeconds,
    analysis,
    full,
    floors,
    search,
    searchError,
  };
}

/** Times the pure analysis on up to `limit` articles spread over the corpus. */
function timeAnalysis(contentDir: string, limit: number): CorpusRun['analysis'] {
  const registry = loadActorRegistry(path.join(contentDir, 'actors'));
  const files = readdirSync(path.join(contentDir, 'articles'))
    .filter((name) => name.endsWith('.md'))
    .sort();
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
      {
        slug: slugFromFileName(name),
        file,
        blocks,
        published,
        curations: (frontmatter.attributions as CuratedAttribution[] | undefined) ?? [],
      },
      registry.matcher,
    );
    elapsed += performance.now() - started;
    quotes += result.quotes.length;
    mentions += result.mentions.length;
  }
  return sample.length === 0
    ? null
    : {
        sampled: sample.length,
        msPerArticle: elapsed / sample.length,
        quotesPerArticle: quotes / sample.length,
        mentionsPerArticle: mentions / sample.length,
      };
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

function byLabel(a: CorpusRun, b: CorpusRun): number {
  const rank = (label: string) => (label === 'real' ? -1 : Number(label));
  return rank(a.label) - rank(b.label);
}

runCli(
  main,
  'Usage: npm run bench -- [--ci] [--sizes 100,1000] [--floor native,unified|none] [--no-real] [--no-search] [--seed S] [--query WORD] [--timeout-minutes M] [--merge] [--keep] [--workdir DIR] [--report-dir DIR] [--strict] [--rerender]',
);
