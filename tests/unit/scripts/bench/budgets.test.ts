/**
 * The benchmark's budgets (scripts/bench/budgets.ts): the archive budgets read the right figures
 * and pass or fail at their limits; a budget nothing measured says so.
 */
import { describe, expect, test } from 'vitest';
import { checkBudgets } from '../../../../scripts/bench/budgets.ts';
import type { BuildResult, CorpusRun } from '../../../../scripts/bench/report.ts';

const GB = 1e9;

function build(wallSeconds: number, peak: number, largestHtml = 100_000): BuildResult {
  return {
    astro: { wallSeconds, cpuSeconds: null, exitCode: 0, timedOut: false, markers: {}, tail: [], peakTreeRssBytes: peak },
    pagefind: null,
    wallSeconds,
    cpuSeconds: null,
    peakTreeRssBytes: peak,
    astroPages: null,
    phases: {},
    dist: { largestPages: [{ url: '/timeline/', htmlBytes: largestHtml, htmlGzip: 0, cssGzip: 0, jsGzip: 0, totalGzip: 0 }] },
    error: null,
  } as unknown as BuildResult;
}

function run(label: string, full: BuildResult, extra: Partial<CorpusRun> = {}): CorpusRun {
  return {
    label,
    takenAt: '',
    loadAverage: 0,
    articles: Number(label) || 5,
    actors: 0,
    events: 0,
    generateSeconds: null,
    analysis: null,
    full,
    floors: { native: build(100, GB) },
    search: null,
    searchError: null,
    ...extra,
  };
}

const byId = (runs: CorpusRun[]) => new Map(checkBudgets(runs).map((check) => [check.id, check]));

describe('the archive budgets at 10,000 articles', () => {
  test('pass within their limits: 4 GB, 400 KB, a quarter of the cold build, twice the floor', () => {
    const warm = { addedArticle: 'x', added: build(40, GB), actor: null };
    const checks = byId([run('10000', build(200, 3.9 * GB, 399_000), { warm })]);
    expect(checks.get('peak-rss-10k')!.status).toBe('pass');
    expect(checks.get('largest-page-10k')!.status).toBe('pass');
    expect(checks.get('warm-rebuild-10k')).toMatchObject({ status: 'pass', measured: '0.20 (40.0 s vs 200 s)' });
    expect(checks.get('analysis-overhead-10000')!.status).toBe('pass');
  });

  test('fail past them', () => {
    const warm = { addedArticle: 'x', added: build(60, GB), actor: null };
    const checks = byId([run('10000', build(201, 4.1 * GB, 401_000), { warm })]);
    for (const id of ['peak-rss-10k', 'largest-page-10k', 'warm-rebuild-10k', 'analysis-overhead-10000'])
      expect(checks.get(id)!.status, id).toBe('fail');
  });

  test('the real site keeps the stricter 1.5× of the floor', () => {
    const checks = byId([run('real', build(160, GB))]);
    expect(checks.get('analysis-overhead-real')).toMatchObject({ status: 'fail', limit: '≤ 1.5×' });
  });

  test('not run: not measured, never passed', () => {
    const checks = byId([run('real', build(100, GB))]);
    for (const id of ['peak-rss-10k', 'largest-page-10k', 'warm-rebuild-10k', 'builds-100k'])
      expect(checks.get(id)!.status, id).toBe('not measured');
  });

  test('100,000 articles: a finished build passes with its time and memory; a failed one fails', () => {
    expect(byId([run('100000', build(3000, 12 * GB))]).get('builds-100k')).toMatchObject({ status: 'pass' });
    const failed = { ...build(3000, 20 * GB), error: 'astro build exited with 134: out of memory', wallSeconds: null };
    expect(byId([run('100000', failed)]).get('builds-100k')!.status).toBe('fail');
  });
});
