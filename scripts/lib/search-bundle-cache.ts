import { createHash } from 'node:crypto';
import { mkdir, readdir, rm } from 'node:fs/promises';
import { cpSync, existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Pagefind bundles kept between builds. Pagefind cannot add a page to an index it wrote, so a
 * build indexes every page again; but a bundle whose pages are byte for byte the same as in the
 * last build is the same bundle. Each bundle is kept under a key (a digest of Pagefind's version,
 * this indexer's, the site's base path, the bundle's folder, its records and every page's path and
 * bytes) and copied back instead of indexed: after one article is added to a large archive, only
 * the bundles that hold a changed page are indexed (scripts/lib/search-index.ts plans bundles so
 * that the archive's older articles sit in bundles a new article leaves alone).
 */

/** Bumped when the indexer changes what it gives Pagefind, so that no older bundle is reused. */
const INDEXER_VERSION = 1;

/** The version of the installed Pagefind, read once. */
const PAGEFIND_VERSION: string = (() => {
  const main = fileURLToPath(import.meta.resolve('pagefind'));
  const manifest = path.join(path.dirname(main), '..', 'package.json');
  return existsSync(manifest) ? String(JSON.parse(readFileSync(manifest, 'utf8')).version) : 'unknown';
})();

/** What a bundle's key covers besides its pages. */
export interface BundleIdentity {
  folder: string;
  base: string;
  /** The custom records added to the bundle, as JSON. */
  records: string;
}

/** The key of a bundle of `pages`, from each page's digest (`SearchablePages.digests`). */
export function bundleKey(pages: readonly string[], digests: ReadonlyMap<string, string>, identity: BundleIdentity): string {
  const hash = createHash('sha256');
  hash.update(`${PAGEFIND_VERSION}\0${INDEXER_VERSION}\0${identity.base}\0${identity.folder}\0${identity.records}\0`);
  for (const page of pages)
    hash
      .update(page)
      .update('\0')
      .update(digests.get(page) ?? '')
      .update('\0');
  return hash.digest('hex').slice(0, 32);
}

/** A page's digest for `bundleKey`: of its bytes as read from the disk (not decoded: see `scanSearchablePages`). */
export function pageDigest(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** The bundles kept in `cacheDir`, each in a folder named by its key. */
export class SearchBundleCache {
  readonly #dir: string;
  readonly #used = new Set<string>();

  constructor(dir: string) {
    this.#dir = dir;
  }

  // The copies use `cpSync` with no filter, which Node does natively: for a bundle of 8,000
  // fragment files it took 0.8 s, against 6.4 s for `fs.promises.cp` and 18 s for `cpSync` with a
  // filter (measured on the 10,000-article bench site).

  /** Copies the bundle kept under `key` to `outputPath`; false when there is none. */
  async restore(key: string, outputPath: string): Promise<boolean> {
    const kept = path.join(this.#dir, key);
    if (!existsSync(path.join(kept, 'pagefind-entry.json'))) return false;
    await mkdir(outputPath, { recursive: true });
    cpSync(kept, outputPath, { recursive: true });
    this.#used.add(key);
    return true;
  }

  /** Keeps the bundle just written to `outputPath` under `key` (without the further bundles' folder inside it). */
  async keep(key: string, outputPath: string): Promise<void> {
    const kept = path.join(this.#dir, key);
    await rm(kept, { recursive: true, force: true });
    await mkdir(kept, { recursive: true });
    for (const entry of await readdir(outputPath))
      if (entry !== 'more') cpSync(path.join(outputPath, entry), path.join(kept, entry), { recursive: true });
    this.#used.add(key);
  }

  /** Removes the bundles this build did not use, so the cache holds one site's bundles. */
  async prune(): Promise<void> {
    if (!existsSync(this.#dir)) return;
    for (const entry of await readdir(this.#dir)) {
      if (!this.#used.has(entry)) await rm(path.join(this.#dir, entry), { recursive: true, force: true });
    }
  }
}
