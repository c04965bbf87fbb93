/**
 * `npm run bench:lighthouse` (scripts/cli/bench-lighthouse.ts): Lighthouse on the real site's
 * heaviest article, its most prominent actor, the timeline and the search page, five runs each
 * with Debian's Chromium, median scores against the budgets (performance ≥ 98; accessibility,
 * best practices and SEO 100). Writes `bench-results/lighthouse.md` and `bench-results/lighthouse.json`.
 *
 * Flags: --dist DIR (measure an existing build instead of building the real site into
 *   bench-results/tmp/lighthouse/)  --runs N (default 5)  --preset mobile|desktop (default
 *   mobile, Lighthouse's default)  --pages /a/,/b/ (instead of the four chosen pages)
 *   --report-dir DIR  --keep (keep the build)  --strict (exit 1 when a budget fails)
 */
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { loadavg } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import lighthouse, { desktopConfig, type Result } from 'lighthouse';
import { CHROMIUM_PATH, startChromium } from '../lib/browser.ts';
import { runCommand, UsageError, type CommandIO } from '../lib/command-io.ts';
import { serveStatic } from '../lib/static-server.ts';
import { buildSite, root } from './build-site.ts';
import { wholeNumber } from './flags.ts';
import {
  CATEGORIES,
  checkLighthouseBudgets,
  median,
  METRICS,
  renderLighthouseMarkdown,
  score,
  type Category,
  type LighthouseReport,
  type PageResult,
} from './lighthouse-report.ts';
import { describeMachine } from './report.ts';

const USAGE =
  'Usage: npm run bench:lighthouse -- [--dist DIR] [--runs N] [--preset mobile|desktop] [--pages /a/,/b/] ' +
  '[--report-dir DIR] [--keep] [--strict]';

/** A page to measure: its name in the report and its path on the site. */
type Page = { name: string; path: string };

/** Runs `npm run bench:lighthouse` with `argv` (the arguments after the script's name); returns the exit code. */
export function runLighthouseCommand(argv: string[], io: CommandIO): Promise<number> {
  return runCommand(io, USAGE, () => measureLighthouse(argv, io));
}

async function measureLighthouse(argv: string[], io: CommandIO): Promise<number> {
  const log = (text: string) => io.stdout(`${text}\n`);
  const { values: flags } = parseArgs({
    args: argv,
    options: {
      dist: { type: 'string' },
      runs: { type: 'string', default: '5' },
      preset: { type: 'string', default: 'mobile' },
      pages: { type: 'string' },
      'report-dir': { type: 'string', default: 'bench-results' },
      keep: { type: 'boolean', default: false },
      strict: { type: 'boolean', default: false },
    },
  });
  const runs = wholeNumber('runs', flags.runs);
  const preset = flags.preset;
  if (preset !== 'mobile' && preset !== 'desktop') throw new UsageError(`--preset: mobile or desktop, got "${preset}"`);
  const reportDir = path.resolve(root, flags['report-dir']);
  const loadAtStart = loadavg()[0] ?? 0;

  let distDir = flags.dist ? path.resolve(io.cwd, flags.dist) : null;
  const work = path.join(root, 'bench-results/tmp/lighthouse');
  const built = !distDir;
  if (!distDir) {
    await mkdir(work, { recursive: true });
    distDir = path.join(work, 'dist');
    log('[lighthouse] building the real site…');
    const content = path.join(root, 'content');
    const build = await buildSite(content, distDir, path.join(work, 'cache'), path.join(work, 'build.log'), null, 30 * 60);
    if (build.error) throw new Error(`the build failed: ${build.error}`);
  }
  const pages = flags.pages ? flags.pages.split(',').map((p) => ({ name: p, path: p })) : choosePages(distDir);

  const server = await serveStatic(distDir);
  const chromium = await startChromium();
  const results: PageResult[] = [];
  try {
    for (const page of pages) {
      const lhrs: Result[] = [];
      for (let run = 0; run < runs; run++) {
        const result = await lighthouse(
          `${server.url}${page.path}`,
          { port: chromium.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] },
          preset === 'desktop' ? desktopConfig : undefined,
        );
        if (!result) throw new Error(`Lighthouse returned nothing for ${page.path}`);
        lhrs.push(result.lhr);
        const scores = CATEGORIES.map((c) => `${c} ${score(result.lhr.categories[c]?.score)}`).join(', ');
        log(`[lighthouse] ${page.name} run ${run + 1}/${runs}: ${scores}`);
      }
      results.push(pageResult(page, lhrs));
    }
  } finally {
    chromium.stop();
    await server.close();
    // A built site left in the tree would be type-checked by `astro check` (tsconfig includes **/*).
    if (built && !flags.keep) rmSync(work, { recursive: true, force: true });
  }

  const checks = checkLighthouseBudgets(results);
  const report: LighthouseReport = {
    takenAt: new Date().toISOString(),
    preset,
    runs,
    chromium: CHROMIUM_PATH,
    machine: describeMachine(loadAtStart),
    pages: results,
    budgets: checks,
  };
  await mkdir(reportDir, { recursive: true });
  await writeFile(path.join(reportDir, 'lighthouse.json'), `${JSON.stringify(report, null, 2)}\n`);
  await writeFile(path.join(reportDir, 'lighthouse.md'), renderLighthouseMarkdown(report));
  log(`[lighthouse] report: ${path.relative(root, path.join(reportDir, 'lighthouse.md'))}`);
  for (const check of checks)
    log(`  ${check.status.padEnd(12)} ${check.page} ${check.category}: ${check.median} (≥ ${check.limit})`);
  return flags.strict && checks.some((check) => check.status === 'fail') ? 1 : 0;
}

/** One page's runs summed up: each run's scores, their medians, the metrics, the audits not passed. */
function pageResult(page: Page, lhrs: Result[]): PageResult {
  const runScores = lhrs.map(
    (lhr) => Object.fromEntries(CATEGORIES.map((c) => [c, score(lhr.categories[c]?.score)])) as Record<Category, number | null>,
  );
  const byPerformance = [...lhrs].sort((a, b) => (a.categories.performance?.score ?? 0) - (b.categories.performance?.score ?? 0));
  const medianRun = byPerformance[Math.floor(lhrs.length / 2)]!;
  return {
    ...page,
    runs: runScores,
    median: Object.fromEntries(CATEGORIES.map((c) => [c, median(runScores.map((r) => r[c]))])) as Record<Category, number | null>,
    metrics: Object.fromEntries(METRICS.map((m) => [m, median(lhrs.map((lhr) => lhr.audits[m]?.numericValue ?? null))])),
    failingAudits: Object.values(medianRun.audits)
      .filter(
        (audit) =>
          audit.score !== null &&
          audit.score < 1 &&
          ['binary', 'numeric'].includes(audit.scoreDisplayMode) &&
          isCategoryAudit(medianRun, audit.id),
      )
      .map((audit) => `${audit.id}${audit.displayValue ? ` (${audit.displayValue})` : ''}`),
  };
}

/** The heaviest article, the actor page with the most content, the timeline and the search page. */
function choosePages(distDir: string): Page[] {
  const largest = (folder: string) => {
    const dir = path.join(distDir, folder);
    let best: { slug: string; size: number } | null = null;
    for (const slug of readdirSync(dir)) {
      const file = path.join(dir, slug, 'index.html');
      let size: number;
      try {
        size = statSync(file).size;
      } catch {
        continue;
      }
      // Alias pages only redirect; skip them.
      if (readFileSync(file, 'utf8').includes('http-equiv="refresh"')) continue;
      if (!best || size > best.size) best = { slug, size };
    }
    if (!best) throw new Error(`no pages in ${dir}`);
    return `/${folder}/${best.slug}/`;
  };
  return [
    { name: 'article', path: largest('articles') },
    { name: 'actor', path: largest('actors') },
    { name: 'timeline', path: '/timeline/' },
    { name: 'search', path: '/search/' },
  ];
}

/** True when audit `id` counts towards the score of a measured category. */
function isCategoryAudit(
  lhr: { categories: Record<string, { auditRefs: Array<{ id: string; weight: number }> } | undefined> },
  id: string,
): boolean {
  return CATEGORIES.some((category) => lhr.categories[category]?.auditRefs.some((ref) => ref.id === id && ref.weight > 0));
}
