/**
 * The Lighthouse benchmark's results (`npm run bench:lighthouse`): the scores of each page, the
 * budgets checked against their medians, and the Markdown report (`bench-results/lighthouse.md`)
 * written next to the JSON one.
 */
import { CHROMIUM_PATH } from '../lib/browser.ts';
import type { Machine } from './report.ts';

/** The Lighthouse categories measured, in the report's order. */
export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
/** One Lighthouse category. */
export type Category = (typeof CATEGORIES)[number];
/** Scores out of 100 each category must reach (the median of the runs). */
export const BUDGETS: Record<Category, number> = { performance: 98, accessibility: 100, 'best-practices': 100, seo: 100 };
/** The metrics the report gives beside the scores. */
export const METRICS = [
  'first-contentful-paint',
  'largest-contentful-paint',
  'total-blocking-time',
  'cumulative-layout-shift',
  'speed-index',
] as const;

/** Everything measured on one page. */
export interface PageResult {
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

/** One budget of one page: the median score against its limit. */
export interface LighthouseBudgetCheck {
  page: string;
  category: string;
  limit: number;
  median: number | null;
  status: 'pass' | 'fail' | 'not measured';
}

/** The whole report, as written to `lighthouse.json`. */
export interface LighthouseReport {
  takenAt: string;
  preset: string;
  runs: number;
  chromium: string;
  machine: Machine;
  pages: PageResult[];
  budgets: LighthouseBudgetCheck[];
}

/** A Lighthouse score (0 to 1) out of 100; null when Lighthouse gave none. */
export function score(value: number | null | undefined): number | null {
  return value === null || value === undefined ? null : Math.round(value * 100);
}

/** The median of the values that are not null; null when none is. */
export function median(values: Array<number | null>): number | null {
  const numbers = values.filter((v): v is number => v !== null).sort((a, b) => a - b);
  if (numbers.length === 0) return null;
  const middle = Math.floor(numbers.length / 2);
  return numbers.length % 2 ? numbers[middle]! : (numbers[middle - 1]! + numbers[middle]!) / 2;
}

/** Every page's median score in every category against its budget. */
export function checkLighthouseBudgets(results: PageResult[]): LighthouseBudgetCheck[] {
  return results.flatMap((page) =>
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
}

/** One row of a Markdown table. */
function row(cells: ReadonlyArray<string | number>): string {
  return `| ${cells.join(' | ')} |`;
}

/** The Markdown report. */
export function renderLighthouseMarkdown(report: LighthouseReport): string {
  const { machine } = report;
  const load = machine.loadAverage;
  const lines = [
    '# Lighthouse',
    '',
    `Taken ${report.takenAt} with \`npm run bench:lighthouse\`: Lighthouse ${report.preset} preset ` +
      '(Lighthouse’s default simulated throttling for mobile), ' +
      `median of ${report.runs} runs per page, Chromium \`${CHROMIUM_PATH}\` headless with \`--no-sandbox\`, ` +
      'the real site served with gzip. ' +
      `Machine: ${machine.cores} × ${machine.cpuModel}, Node ${machine.node}; ` +
      `load average ${load.start.toFixed(2)} → ${load.end.toFixed(2)}.`,
    '',
    row([
      ...['page', 'path', 'performance (≥ 98)', 'accessibility (100)', 'best practices (100)', 'SEO (100)'],
      ...['FCP', 'LCP', 'TBT', 'CLS'],
    ]),
    '|---|---|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  const mark = (page: PageResult, category: Category) => {
    const value = page.median[category];
    return value === null ? '—' : `${value >= BUDGETS[category] ? '✅' : '❌'} ${value}`;
  };
  const ms = (value: number | null | undefined) => (value === null || value === undefined ? '—' : `${Math.round(value)} ms`);
  for (const page of report.pages) {
    const { metrics } = page;
    lines.push(
      row([
        page.name,
        page.path,
        ...CATEGORIES.map((category) => mark(page, category)),
        ms(metrics['first-contentful-paint']),
        ms(metrics['largest-contentful-paint']),
        ms(metrics['total-blocking-time']),
        (metrics['cumulative-layout-shift'] ?? 0).toFixed(3),
      ]),
    );
  }
  lines.push('', '## Every run', '', '| page | performance | accessibility | best practices | SEO |', '|---|---|---|---|---|');
  for (const page of report.pages) {
    const list = (category: Category) => page.runs.map((run) => run[category] ?? '—').join(', ');
    lines.push(row([page.name, ...CATEGORIES.map(list)]));
  }
  const failing = report.pages.filter((page) => page.failingAudits.length > 0);
  if (failing.length > 0) {
    lines.push('', '## Audits not passed (median-performance run)', '');
    for (const page of failing) lines.push(`- ${page.name}: ${page.failingAudits.join(', ')}`);
  }
  lines.push('');
  return lines.join('\n');
}
