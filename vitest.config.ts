import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { BaseSequencer, type TestSpecification } from 'vitest/node';
import { defineConfig } from 'vitest/config';

/**
 * Three projects, one pool. Every file may run beside any other: build-output tests only read
 * dist/ (built before Vitest starts), each fixture build has its own content, cache and output
 * folders (tests/helpers/fixture-build.ts), and each browser test serves dist/ on a port of its own.
 * On two cores the long files (browser tests, fixture builds) set the pace, so they start first
 * and the short files fill the gaps around them. `npx vitest run --project unit` (`npm run
 * test:unit`) runs the unit tests alone, without a build.
 */
const PROJECTS = [
  { name: 'e2e', include: ['tests/e2e/**/*.test.ts'] },
  { name: 'build', include: ['tests/build/**/*.test.ts'] },
  // Unit files share their worker's module cache (a quarter less work than importing the analysis
  // afresh for each file): a unit test that mocks a module or changes process state undoes it.
  { name: 'unit', include: ['tests/unit/**/*.test.ts'], isolate: false },
];

/**
 * How long a file is likely to run, from what it does: a browser visiting every built page
 * (axe, layout checks) is longest, then other browser tests, then `astro build` runs of fixture
 * corpora, then everything else. A file that only reads the shared fixture site goes with
 * everything else: by then a file that builds it has built it, so no worker sits waiting.
 */
function expectedWeight(source: string): number {
  const browser = /\blaunchChromium\(/.test(source);
  const everyPage = /\blistHtmlFiles\(/.test(source);
  const builds = /\bbuildFixture\(/.test(source);
  return browser ? (everyPage ? 3 : 2) : builds ? 1 : 0;
}

/**
 * Longest first, so no long file starts last. With the durations Vitest recorded in its cache for
 * every file, its own order (longest first) stands; on a fresh clone, with no cache, files go by
 * `expectedWeight`, then by size (Vitest's fallback).
 */
class LongFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    if (files.every((spec) => this.ctx.cache.getTestSpecificationResult(spec)?.duration !== undefined)) return sorted;
    const weight = new Map(sorted.map((spec) => [spec, expectedWeight(readFileSync(spec.moduleId, 'utf8'))]));
    // Array#sort is stable: within a weight, Vitest's own order stands.
    return sorted.sort((a, b) => weight.get(b)! - weight.get(a)!);
  }
}

export default defineConfig({
  test: {
    projects: PROJECTS.map(({ name, include, isolate = true }) => ({ extends: true, test: { name, include, isolate } })),
    // Vitest's default on two cores is one worker; the browser and `astro build` run in child
    // processes, so two workers keep both cores busy.
    maxWorkers: Math.max(2, availableParallelism()),
    sequence: { sequencer: LongFirstSequencer },
    // Names the run's shared fixture builds and removes them after it (tests/helpers/fixture-build.ts).
    globalSetup: ['tests/helpers/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 600_000,
  },
});
