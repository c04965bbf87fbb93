import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import * as pagefind from 'pagefind';
import { basePath, SEARCH_BUNDLE_LIST_FILE, withoutBase } from '../../src/lib/urls.ts';
import { runCommand, type CommandIO } from './command-io.ts';
import { type CustomSearchRecord, type UnspacedArticlePage, unspacedScriptRecords } from './unspaced-script-records.ts';
import { hasUnspacedScript } from '../../src/lib/cjk-words.ts';

/**
 * The post-build step of `npm run build` (scripts/cli/index-search.ts): builds the Pagefind search
 * index into dist/pagefind/ with Pagefind's Node API. Every response is checked and the build fails
 * if indexing fails or indexes fewer pages than the site marks as searchable
 * (`data-pagefind-body`); the service is closed in `finally`. Quotes and reported statements get
 * no record of their own: the search finds them in their article's page, whose anchors and `said`
 * metadata name each one and its speaker (src/outputs/said-search-data.ts), so the index, and
 * the first search's download, grow with the pages, not with the quotes.
 */

const USAGE = 'Usage: node scripts/cli/index-search.ts [distDir]';

/**
 * Most pages one Pagefind bundle holds. Pagefind keeps every page of a bundle in memory until it
 * writes the bundle (measured: about 0.45 MB an article page, 0.1 MB an event page), so a larger
 * archive is indexed in bundles of this many pages, one after the other, and the search page
 * merges them (`mergeIndex`). A 10,000-article archive (14,287 pages) stays one bundle.
 */
export const PAGES_PER_BUNDLE = 20_000;

/**
 * The built pages that opt in to search (`data-pagefind-body`), as paths relative to `distDir` in
 * a stable order, and the article pages among them written in Chinese or Japanese (for
 * `unspacedScriptRecords`): each page is read once.
 */
export async function scanSearchablePages(distDir: string): Promise<{ pages: string[]; unspaced: UnspacedArticlePage[] }> {
  const entries = await readdir(distDir, { recursive: true, withFileTypes: true });
  const pages: string[] = [];
  const unspaced: UnspacedArticlePage[] = [];
  for (const entry of entries) {
    if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
    const html = await readFile(path.join(entry.parentPath, entry.name), 'utf8');
    if (!html.includes('data-pagefind-body')) continue;
    pages.push(path.relative(distDir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'));
    const slug = /^articles\/([^/]+)$/.exec(path.relative(distDir, entry.parentPath).split(path.sep).join('/'))?.[1];
    if (slug !== undefined && slug !== 'page' && hasUnspacedScript(html)) unspaced.push({ slug, html });
  }
  return { pages: pages.sort(), unspaced };
}

/**
 * The bundles of `pages`: one when they fit in `perBundle`, else runs of `perBundle` pages, each
 * with the folder it is written to under `pagefind/` (the first is `pagefind/` itself).
 */
export function bundlePlan(pages: readonly string[], perBundle: number): Array<{ folder: string; pages: string[] }> {
  const bundles: Array<{ folder: string; pages: string[] }> = [];
  for (let start = 0; start === 0 || start < pages.length; start += perBundle) {
    const number = bundles.length + 1;
    bundles.push({ folder: number === 1 ? '' : `more/${number}/`, pages: pages.slice(start, start + perBundle) });
  }
  return bundles;
}

/**
 * Indexes `distDir` and writes the bundle to `distDir/pagefind` (and, past `perBundle` pages, the
 * further bundles under it, listed in `SEARCH_BUNDLE_LIST_FILE`). Returns the number of pages indexed.
 * `base` is the base path the site was built for (by default the one `SITE` gives).
 */
export async function indexSite(distDir: string, base: string = basePath(), perBundle = PAGES_PER_BUNDLE): Promise<number> {
  const { pages, unspaced } = await scanSearchablePages(distDir);
  const bundles = bundlePlan(pages, perBundle);
  let indexed = 0;
  for (const [number, bundle] of bundles.entries()) {
    const records = number === 0 ? unspacedScriptRecords(unspaced) : [];
    // One bundle: Pagefind reads the folder itself. Several: each page is handed over by path.
    const files = bundles.length === 1 ? null : bundle.pages;
    indexed += await indexBundle(distDir, files, records, path.join(distDir, 'pagefind', bundle.folder), base);
  }
  if (indexed < pages.length)
    throw new Error(`Pagefind indexed ${indexed} pages but the site has ${pages.length} searchable pages`);
  const further = bundles.slice(1).map((bundle) => bundle.folder);
  await writeFile(path.join(distDir, 'pagefind', SEARCH_BUNDLE_LIST_FILE), `${JSON.stringify(further)}\n`);
  return indexed;
}

/**
 * One Pagefind bundle, written to `outputPath`: every page of `distDir` when `files` is null, else
 * those files; then `records`. The service is closed after each bundle, so its memory goes with it.
 */
async function indexBundle(
  distDir: string,
  files: readonly string[] | null,
  records: readonly CustomSearchRecord[],
  outputPath: string,
  base: string,
): Promise<number> {
  try {
    const { index, errors: createErrors } = await pagefind.createIndex({ forceLanguage: 'en' });
    if (!index || createErrors.length > 0) throw new Error(`Pagefind could not start: ${createErrors.join('; ')}`);
    let pageCount = 0;
    if (files === null) {
      const added = await index.addDirectory({ path: distDir });
      if (added.errors.length > 0) throw new Error(`Pagefind indexing failed: ${added.errors.join('; ')}`);
      pageCount = added.page_count;
    } else {
      for (const file of files) {
        const added = await index.addHTMLFile({ sourcePath: file, content: await readFile(path.join(distDir, file), 'utf8') });
        if (added.errors.length > 0) throw new Error(`Pagefind could not index ${file}: ${added.errors.join('; ')}`);
        pageCount += 1;
      }
    }
    await addRecords(index, records, base);
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`);
    return pageCount;
  } finally {
    await pagefind.close();
  }
}

/** Adds each record to the index; returns how many. */
async function addRecords(index: pagefind.PagefindIndex, records: readonly CustomSearchRecord[], base: string): Promise<number> {
  for (const record of records) {
    // Pagefind adds the base path to every result itself.
    const added = await index.addCustomRecord({ ...record, url: withoutBase(record.url, base) });
    if (added.errors.length > 0) throw new Error(`Pagefind could not index ${record.url}: ${added.errors.join('; ')}`);
  }
  return records.length;
}

/**
 * Indexes the built site named by `args` (its folder; else `DOSSIER_OUT_DIR`, else `dist`) and
 * says how many pages; returns the exit code (1 when indexing fails).
 */
export function runIndexSearchCommand(args: string[], io: CommandIO): Promise<number> {
  return runCommand(io, USAGE, async () => {
    const { positionals } = parseArgs({ args, allowPositionals: true, options: {} });
    const distDir = path.resolve(io.cwd, positionals[0] ?? io.outDir ?? 'dist');
    try {
      const pages = await indexSite(distDir);
      io.stdout(`Search index: ${pages} pages indexed into ${path.join(distDir, 'pagefind')}\n`);
      return 0;
    } catch (error) {
      io.stderr(`${error instanceof Error ? error.message : String(error)}\n`);
      return 1;
    }
  });
}
