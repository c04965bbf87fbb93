/**
 * Post-build step: builds the Pagefind search index into dist/pagefind/ with Pagefind's Node API.
 * Every response is checked and the build fails if indexing fails or indexes fewer pages than
 * the site marks as searchable (`data-pagefind-body`); the service is closed in `finally`.
 *
 * Usage: node scripts/cli/index-search.ts [distDir]
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import * as pagefind from 'pagefind';

/** Counts the built pages that opt in to search with `data-pagefind-body`. */
export async function countSearchablePages(distDir: string): Promise<number> {
  const entries = await readdir(distDir, { recursive: true, withFileTypes: true });
  let count = 0;
  for (const entry of entries) {
    if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
    const html = await readFile(path.join(entry.parentPath, entry.name), 'utf8');
    if (html.includes('data-pagefind-body')) count += 1;
  }
  return count;
}

/** Indexes `distDir` and writes the bundle to `distDir/pagefind`. Returns the number of pages indexed. */
export async function indexSite(distDir: string): Promise<number> {
  const expected = await countSearchablePages(distDir);
  try {
    const { index, errors: createErrors } = await pagefind.createIndex({ forceLanguage: 'en' });
    if (!index || createErrors.length > 0) throw new Error(`Pagefind could not start: ${createErrors.join('; ')}`);
    const added = await index.addDirectory({ path: distDir });
    if (added.errors.length > 0) throw new Error(`Pagefind indexing failed: ${added.errors.join('; ')}`);
    if (added.page_count < expected) {
      throw new Error(`Pagefind indexed ${added.page_count} pages but the site has ${expected} searchable pages`);
    }
    const written = await index.writeFiles({ outputPath: path.join(distDir, 'pagefind') });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`);
    return added.page_count;
  } finally {
    await pagefind.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const distDir = path.resolve(process.argv[2] ?? process.env.DOSSIER_OUT_DIR ?? 'dist');
  indexSite(distDir).then(
    (pages) => console.log(`Search index: ${pages} pages indexed into ${path.join(distDir, 'pagefind')}`),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exitCode = 1;
    },
  );
}
