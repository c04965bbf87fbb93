import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, rmdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

const projectRoot = path.resolve(import.meta.dirname, '../..');
const fixtureRoot = path.join(projectRoot, 'tests/fixtures/hostile');
const baseDir = path.join(fixtureRoot, 'base');
const casesDir = path.join(fixtureRoot, 'cases');
/**
 * Builds run inside the project: Astro puts its intermediate server build next to `outDir` only
 * when `outDir` is under the working directory; otherwise it falls back to the shared
 * `<root>/.astro/`, where concurrent builds delete each other's chunks.
 */
const workRoot = path.join(fixtureRoot, '.work');
/** The project's config with a per-build cache folder (see the file for why); Astro joins it onto the root. */
const configFile = path.relative(projectRoot, path.join(fixtureRoot, 'astro.config.mjs'));
const astroBin = path.join(projectRoot, 'node_modules/astro/bin/astro.mjs');
const binDir = path.join(projectRoot, 'node_modules/.bin');

/** The outcome of one `astro build` of a fixture corpus. */
export interface FixtureBuild {
  /** True when `astro build` exited with status 0. */
  ok: boolean;
  /** Everything the build printed (stdout, then stderr), without colour codes. */
  output: string;
  /** The built site; empty or partial when the build failed. Removed by `removeFixtureBuilds`. */
  distDir: string;
  /** How long the build took, in milliseconds. */
  durationMs: number;
}

/** Files to add to a case after its overlay, by path inside the content folder (`articles/x.md`). */
export type GeneratedFiles = Record<string, string>;

const workDirs: string[] = [];

/**
 * Builds the base corpus (`tests/fixtures/hostile/base/`) with the overlay of `caseName`
 * (`tests/fixtures/hostile/cases/<caseName>/`, copied over the base so it can add or replace
 * files) and any `generated` files, with the real `astro build`. The content folder and the
 * cache are removed at once; the built site stays until `removeFixtureBuilds()`.
 */
export async function buildFixture(caseName: string, generated: GeneratedFiles = {}): Promise<FixtureBuild> {
  const overlay = path.join(casesDir, caseName);
  if (!existsSync(overlay) && Object.keys(generated).length === 0) {
    throw new Error(`No fixture case "${caseName}": expected a folder ${path.relative(projectRoot, overlay)}`);
  }
  mkdirSync(workRoot, { recursive: true });
  const workDir = mkdtempSync(path.join(workRoot, `${caseName}-`));
  workDirs.push(workDir);
  const contentDir = path.join(workDir, 'content');
  const cacheDir = path.join(workDir, 'cache');
  // Named dist/ so tsconfig's `tests/fixtures/**/dist` exclusion keeps `astro check` out of it.
  const distDir = path.join(workDir, 'dist');

  cpSync(baseDir, contentDir, { recursive: true });
  if (existsSync(overlay)) cpSync(overlay, contentDir, { recursive: true });
  for (const [file, text] of Object.entries(generated)) {
    const target = path.join(contentDir, file);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, text);
  }

  const started = performance.now();
  let ok = true;
  let stdout = '';
  let stderr = '';
  try {
    ({ stdout, stderr } = await run(process.execPath, [astroBin, 'build', '--config', configFile], {
      cwd: projectRoot,
      env: {
        ...process.env,
        // Node 24 from node_modules/.bin for anything the build starts (Astro needs Node ≥ 22.12).
        PATH: `${binDir}${path.delimiter}${process.env.PATH ?? ''}`,
        DOSSIER_CONTENT_DIR: contentDir,
        DOSSIER_OUT_DIR: distDir,
        DOSSIER_CACHE_DIR: cacheDir,
        ASTRO_TELEMETRY_DISABLED: '1',
        NO_COLOR: '1',
        FORCE_COLOR: '0',
      },
      maxBuffer: 64 * 1024 * 1024,
      timeout: 120_000,
    }));
  } catch (error) {
    const failed = error as { stdout?: string; stderr?: string; code?: unknown; killed?: boolean; signal?: string };
    if (typeof failed.code !== 'number' && !failed.killed) throw error; // could not start the build at all
    ok = false;
    stdout = failed.stdout ?? '';
    stderr = `${failed.stderr ?? ''}${failed.killed ? `\n[fixture-build] killed (${failed.signal}) after the time limit` : ''}`;
  }
  const durationMs = performance.now() - started;
  rmSync(contentDir, { recursive: true, force: true });
  rmSync(cacheDir, { recursive: true, force: true });
  return { ok, output: stripAnsi(`${stdout}\n${stderr}`), distDir, durationMs };
}

/** Removes every folder `buildFixture` made, and the work folder once it is empty. */
export function removeFixtureBuilds(): void {
  for (const dir of workDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  if (existsSync(workRoot) && readdirSync(workRoot).length === 0) rmdirSync(workRoot);
}

function stripAnsi(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/\u001b\[[0-9;]*[A-Za-z]/g, '');
}
