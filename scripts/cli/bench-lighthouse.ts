/**
 * `npm run bench:lighthouse`: Lighthouse on the real site's heaviest article, its most prominent
 * actor, the timeline and the search page, five runs each with Debian's Chromium, median scores
 * against the budgets (performance ≥ 98; accessibility, best practices and SEO 100). Writes
 * `bench-results/lighthouse.md` and `bench-results/lighthouse.json`.
 *
 * Flags: --dist DIR (measure an existing build instead of building the real site into
 *   bench-results/tmp/lighthouse/)  --runs N (default 5)  --preset mobile|desktop (default
 *   mobile, Lighthouse's default)  --pages /a/,/b/ (instead of the four chosen pages)
 *   --report-dir DIR  --keep (keep the build)  --strict (exit 1 when a budget fails)
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import lighthouse, { desktopConfig, type Result } from 'lighthouse';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../lib/browser.ts';
import { serveStatic } from '../lib/static-server.ts';
import { buildSite, root } from '../bench/build-site.ts';
import { runCli, wholeNumber } from '../bench/cli.ts';
import { describeMachine } from '../bench/report.ts';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
type Category = (typeof CATEGORIES)[number];
/** Scores out of 100 each category must reach (the median of the runs). */
const BUDGETS: Record<Category, number> = { performance: 98, accessibility: 100, 'best-practices': 100, seo: 100 };
const METRICS = [
  'first-contentful-paint',
  'largest-contentful-paint',
  'total-blocking-time',
  'cumulative-layout-shift',
  'speed-index',
] as const;

interface PageResult {
  name: string;
  path: string;
  /** Every run's score per category, out of 100. */
  runs: Array<Record<Category, number | null>>;
  median: Record<Category, number | null>;
  /** Median of each metric's numeric value (ms, or unitless for CLS). */
  metrics: Record<string, number | null>;
  /** Audits that did not pass in the median-performance run, for the report. */
  failingAudits: string[];
}

async function main(): Promise<void> {
  const { values: flags } = parseArgs({
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
  if (preset !== 'mobile' && preset !== 'desktop') throw new Error(`--preset: mobile or desktop, got "${preset}"`);
  const reportDir = path.resolve(root, flags['report-dir']);
  const loadAtStart = (await import('node:os')).loadavg()[0] ?? 0;

  let distDir = flags.dist ? path.resolve(flags.dist) : null;
  const work = path.join(root, 'bench-results/tmp/lighthouse');
  const built = !distDir;
  if (!distDir) {
    await mkdir(work, { recursive: true });
    distDir = path.join(work, 'dist');
    console.log('[lighthouse] building the real site…');
    const build = await buildSite(
      path.join(root, 'content'),
      distDir,
      path.join(work, 'cache'),
      path.join(work, 'build.log'),
      null,
      30 * 60,
    );
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
        console.log(`[lighthouse] ${page.name} run ${run + 1}/${runs}: ${scores}`);
      }
      const runScores = lhrs.map(
        (lhr) =>
          Object.fromEntries(CATEGORIES.map((c) => [c, score(lhr.categories[c]?.score)])) as Record<Category, number | null>,
      );
      const medianRun = [...lhrs].sort((a, b) => (a.categories.performance?.score ?? 0) - (b.categories.performance?.score ?? 0))[
        Math.floor(lhrs.length / 2)
      ]!;
      results.push({
        ...page,
        runs: runScores,
        median: Object.fromEntries(CATEGORIES.map((c) => [c, median(runScores.map((r) => r[c]))])) as Record<
          Category,
          number | null
        >,
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
      });
    }
  } finally {
    chromium.stop();
    await server.close();
    // A built site left in the tree would be type-checked by `astro check` (tsconfig includes **/*).
    if (built && !flags.keep) rmSync(work, { recursive: true, force: true });
  }

  const machine = describeMachine(loadAtStart);
  const checks = results.flatMap((page) =>
    CATEGORIES.map((category) => {
      const value = page.median[category];
      return {
        page: page.name,
        category,
        limit: BUDGETS[category],
        median: value,
        status: value === null ? 'not measured' : value >= BUDGETS[category] ? 'pass' : 'fail',
      };
    }),
  );
  const report = {
    takenAt: new Date().toISOString(),
    preset,
    runs,
    chromium: CHROMIUM_PATH,
    machine,
    pages: results,
    budgets: checks,
  };
  await mkdir(reportDir, { recursive: true });
  await writeFile(path.join(reportDir, 'lighthouse.json'), `${JSON.stringify(report, null, 2)}\n`);
  await writeFile(path.join(reportDir, 'lighthouse.md'), renderMarkdown(report));
  console.log(`[lighthouse] report: ${path.relative(root, path.join(reportDir, 'lighthouse.md'))}`);
  for (const check of checks)
    console.log(`  ${check.status.padEnd(12)} ${check.page} ${check.category}: ${check.median} (≥ ${check.limit})`);
  if (flags.strict && checks.some((check) => check.status === 'fail')) process.exitCode = 1;
}

/** The heaviest article, the actor page with the most content, the timeline and the search page. */
function choosePages(distDir: string): Array<{ name: string; path: string }> {
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

/** Starts headless Chromium with a DevTools port for Lighthouse (the browser tests' flags). */
async function startChromium(): Promise<{ port: number; stop: () => void }> {
  const profile = mkdtempSync(path.join(tmpdir(), 'dossier-lighthouse-'));
  const child: ChildProcess = spawn(
    CHROMIUM_PATH,
    [...CHROMIUM_FLAGS, '--remote-debugging-port=0', `--user-data-dir=${profile}`, 'about:blank'],
    { stdio: ['ignore', 'ignore', 'pipe'], detached: true },
  );
  const port = await new Promise<number>((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`Chromium did not start: ${output.slice(-500)}`)), 30_000);
    child.stderr!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    });
    child.on('exit', (code) => reject(new Error(`Chromium exited with ${code}: ${output.slice(-500)}`)));
  });
  return {
    port,
    stop: () => {
      if (child.pid !== undefined) {
        try {
          process.kill(-child.pid, 'SIGKILL');
        } catch {
          // Already gone.
        }
      }
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

function isCategoryAudit(
  lhr: { categories: Record<string, { auditRefs: Array<{ id: string; weight: number }> } | undefined> },
  id: string,
): boolean {
  return CATEGORIES.some((category) => lhr.categories[category]?.auditRefs.some((ref) => ref.id === id && ref.weight > 0));
}

function score(value: number | null | undefined): number | null {
  return value === null || value === undefined ? null : Math.round(value * 100);
}

function median(values: Array<number | null>): number | null {
  const numbers = values.filter((v): v is number => v !== null).sort((a, b) => a - b);
  if (numbers.length === 0) return null;
  const middle = Math.floor(numbers.length / 2);
  return numbers.length % 2 ? numbers[middle]! : (numbers[middle - 1]! + numbers[middle]!) / 2;
}

function renderMarkdown(report: {
  takenAt: string;
  preset: string;
  runs: number;
  machine: ReturnType<typeof describeMachine>;
  pages: PageResult[];
  budgets: Array<{ page: string; category: string; limit: number; median: number | null; status: string }>;
}): string {
  const { machine } = report;
  const lines = [
    '# Lighthouse',
    '',
    `Taken ${report.takenAt} with \`npm run bench:lighthouse\`: Lighthouse ${report.preset} preset (Lighthouse’s default simulated throttling for mobile), ` +
      `median of ${report.runs} runs per page, Chromium \`${CHROMIUM_PATH}\` headless with \`--no-sandbox\`, the real site served with gzip. ` +
      `Machine: ${machine.cores} × ${machine.cpuModel}, Node ${machine.node}; load average ${machine.loadAverage.start.toFixed(2)} → ${machine.loadAverage.end.toFixed(2)}.`,
    '',
    '| page | path | performance (≥ 98) | accessibility (100) | best practices (100) | SEO (100) | FCP | LCP | TBT | CLS |',
    '|---|---|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  const mark = (page: PageResult, category: Category) => {
    const value = page.median[category];
    return value === null ? '—' : `${value >= BUDGETS[category] ? '✅' : '❌'} ${value}`;
  };
  const ms = (value: number | null) => (value === null ? '—' : `${Math.round(value)} ms`);
  for (const page of report.pages) {
    lines.push(
      `| ${page.name} | ${page.path} | ${mark(page, 'performance')} | ${mark(page, 'accessibility')} | ${mark(page, 'best-practices')} | ${mark(page, 'seo')} | ${ms(page.metrics['first-contentful-paint'] ?? null)} | ${ms(page.metrics['largest-contentful-paint'] ?? null)} | ${ms(page.metrics['total-blocking-time'] ?? null)} | ${(page.metrics['cumulative-layout-shift'] ?? 0).toFixed(3)} |`,
    );
  }
  lines.push('', '## Every run', '', '| page | performance | accessibility | best practices | SEO |', '|---|---|---|---|---|');
  for (const page of report.pages) {
    const list = (category: Category) => page.runs.map((run) => run[category] ?? '—').join(', ');
    lines.push(
      `| ${page.name} | ${list('performance')} | ${list('accessibility')} | ${list('best-practices')} | ${list('seo')} |`,
    );
  }
  const failing = report.pages.filter((page) => page.failingAudits.length > 0);
  if (failing.length > 0) {
    lines.push('', '## Audits not passed (median-performance run)', '');
    for (const page of failing) lines.push(`- ${page.name}: ${page.failingAudits.join(', ')}`);
  }
  lines.push('');
  return lines.join('\n');
}

runCli(
  main,
  'Usage: npm run bench:lighthouse -- [--dist DIR] [--runs N] [--preset mobile|desktop] [--pages /a/,/b/] [--report-dir DIR] [--keep] [--strict]',
);
