import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/**
 * A digest of what a rendered article depends on besides its own file: the actor files (mentions
 * and speakers are found through them) and the source of the analysis and the Markdown plugins.
 *
 * Astro caches each rendered article, with its stored analysis, under a digest of the article
 * file, and clears the whole cache when the Astro config changes. Handing this digest to a plugin
 * as an option puts it in the config, so adding an alias or changing an attribution rule
 * re-renders every article instead of leaving stale mentions and speakers in a warm cache.
 */
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
