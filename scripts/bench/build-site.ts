/**
 * Builds one site the way `npm run build` does (Astro, then Pagefind) into a folder of the
 * benchmark's choosing, cold (fresh Astro cache), and measures each step. The product is built
 * with its own config (wrapped only to move the cache); a floor with `scripts/bench/floor/`. A warm
 * rebuild keeps the cache of the build before it.
 */
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { measureDist } from './measure-dist.ts';
import { measureProcess, type ProcessMeasurement } from './measure-process.ts';
import { seconds, type BuildResult } from './report.ts';

/** The project folder. */
export const root = path.resolve(import.meta.dirname, '../..');
const astroBin = path.join(root, 'node_modules/astro/bin/astro.mjs');

/**
 * The V8 flags `npm run build` gives the Node that runs `astro build` (package.json's `build`
 * script; a unit test keeps the two the same). Astro holds each page it writes in a buffer outside
 * the JavaScript heap, and by default V8 runs a full collection whenever such memory grows by
 * 64 MB: about once per 1,000 pages at any archive size, each marking the whole heap, which holds
 * the corpus index and grows with the archive. Counted in the heap's own limit instead, a full
 * collection comes when the heap has grown in proportion, here at most to twice the live heap (left
 * to V8 it grew to three times, and the 10,000-article build passed 4 GB). At 10,000 articles: 7
 * full collections while pages are written instead of 21, the Astro build 346 s instead of 452 s,
 * at 2.64 GB instead of 2.54 GB (bench-results/budgets-not-met.md).
 */
export const BUILD_NODE_FLAGS = ['--external-memory-accounted-in-global-limit', '--heap-growing-percent=100'] as const;

/** Lines of Astro's build log that mark the end of each part of the build. */
const ASTRO_MARKERS = {
  contentSynced: /\[content\] Synced content/,
  generatingRoutes: /generating static routes/,
  complete: /\[build\] Complete!/,
};

/** Builds one site (the product when `floor` is null) with Astro, then indexes it with Pagefind. */
export async function buildSite(
  contentDir: string,
  outDir: string,
  cacheDir: string,
  logFile: string,
  floor: string | null,
  timeoutSeconds: number,
  extraEnv: NodeJS.ProcessEnv = {},
  /** Keep Astro's cache from an earlier build (a warm rebuild); by default every build starts cold. */
  warm = false,
): Promise<BuildResult> {
  await rm(outDir, { recursive: true, force: true });
  if (!warm) await rm(cacheDir, { recursive: true, force: true });
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
    ...extraEnv,
  };
  const args = floor
    ? [astroBin, 'build', '--root', 'scripts/bench/floor']
    : [...BUILD_NODE_FLAGS, astroBin, 'build', '--config', 'scripts/bench/astro.bench.config.mjs'];
  const astro = await measureProcess(process.execPath, args, { cwd: root, env, logFile, timeoutSeconds, markers: ASTRO_MARKERS });
  const markers = astro.markers;
  const phases: Record<string, number> = {};
  if (markers.contentSynced !== undefined) phases.contentSync = markers.contentSynced;
  if (markers.contentSynced !== undefined && markers.generatingRoutes !== undefined)
    phases.bundling = markers.generatingRoutes - markers.contentSynced;
  if (markers.generatingRoutes !== undefined && markers.complete !== undefined)
    phases.pages = markers.complete - markers.generatingRoutes;
  const astroPages = Number(/(\d+) page\(s\) built/.exec(astro.tail.join('\n'))?.[1] ?? Number.NaN);

  let pagefind: ProcessMeasurement | null = null;
  let error: string | null = null;
  if (astro.exitCode !== 0) {
    error = astro.timedOut
      ? `astro build stopped after ${seconds(astro.wallSeconds)} (time limit)`
      : `astro build exited with ${astro.exitCode}: ${lastError(astro.tail)}`;
  } else {
    const remaining = Math.max(60, timeoutSeconds - astro.wallSeconds);
    pagefind = await measureProcess(process.execPath, [path.join(root, 'scripts/cli/index-search.ts'), outDir], {
      cwd: root,
      env,
      logFile,
      timeoutSeconds: remaining,
    });
    if (pagefind.exitCode !== 0)
      error = pagefind.timedOut
        ? `Pagefind stopped after ${seconds(pagefind.wallSeconds)} (time limit)`
        : `Pagefind exited with ${pagefind.exitCode}: ${lastError(pagefind.tail)}`;
  }
  const wallSeconds = error === null ? astro.wallSeconds + (pagefind?.wallSeconds ?? 0) : null;
  const cpuSeconds =
    error === null && astro.cpuSeconds !== null && pagefind?.cpuSeconds != null ? astro.cpuSeconds + pagefind.cpuSeconds : null;
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

/** The most telling line of a failed run's output. */
function lastError(tail: string[]): string {
  const line = [...tail].reverse().find((l) => /error|Error|failed|✘/.test(l)) ?? tail.at(-1) ?? '';
  return line.trim().slice(0, 300);
}
