import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/**
 * What every rendered article depends on besides its own file and the actors: the not-people
 * list and the source of the analysis, the Markdown plugins and what they import.
 *
 * Astro caches each rendered article under a digest of the article file, and clears the whole
 * cache when the Astro config changes. Handing this digest to a plugin as an option puts it in
 * the config, so changing an attribution rule re-renders every article instead of leaving stale
 * mentions and speakers in a warm cache. The actor files are not in it: an actor edit re-renders
 * only the articles it can touch (src/load/article-records.ts).
 */
export function renderInputPaths(contentRoot: string): string[] {
  return [
    path.join(contentRoot, 'not-people.yaml'),
    './src/analysis',
    './src/plugins',
    './src/lib',
    './src/schemas',
    './src/load',
  ];
}

/** A digest of the files under `paths` (each file's path and bytes), short hex. */
export function renderInputsDigest(paths: string[]): string {
  const hash = createHash('sha256');
  for (const file of paths.flatMap(listFiles).sort()) {
    hash.update(file).update('\0').update(readFileSync(file)).update('\0');
  }
  return hash.digest('hex').slice(0, 16);
}

/** Every file under `target` (or `target` itself when it is a file); nothing when it is missing. */
function listFiles(target: string): string[] {
  let stats;
  try {
    stats = statSync(target);
  } catch {
    return [];
  }
  if (stats.isFile()) return [path.resolve(target)];
  return readdirSync(target, { withFileTypes: true }).flatMap((entry) => listFiles(path.join(target, entry.name)));
}
