import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import * as pagefind from 'pagefind';
import { basePath, withoutBase } from '../../src/lib/urls.ts';
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
 * The built pages that opt in to search (`data-pagefind-body`), counted, and the article pages
 * among them written in Chinese or Japanese (for `unspacedScriptRecords`): each page is read once.
 */
export async function scanSearchablePages(distDir: string): Promise<{ count: number; unspaced: UnspacedArticlePage[] }> {
  const entries = await readdir(distDir, { recursive: true, withFileTypes: true });
  let count = 0;
  const unspaced: UnspacedArticlePage[] = [];
  for (const entry of entries) {
    if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
    const html = await readFile(path.join(entry.parentPath, entry.name), 'utf8');
    if (!html.includes('data-pagefind-body')) continue;
    count += 1;
    const slug = /^articles\/([^/]+)$/.exec(path.relative(distDir, entry.parentPath).split(path.sep).join('/'))?.[1];
    if (slug !== undefined && slug !== 'page' && hasUnspacedScript(html)) unspaced.push({ slug, html });
  }
  return { count, unspaced };
}

/**
 * Indexes `distDir` and writes the bundle to `distDir/pagefind`. Returns the number of pages indexed.
 * `base` is the base path the site was built for (by default the one `SITE` gives).
 */
export async function indexSite(distDir: string, base: string = basePath()): Promise<number> {
  const { count: expected, unspaced } = await scanSearchablePages(distDir);
  try {
    const { index, errors: createErrors } = await pagefind.createIndex({ forceLanguage: 'en' });
    if (!index || createErrors.length > 0) throw new Error(`Pagefind could not start: ${createErrors.join('; ')}`);
    const added = await index.addDirectory({ path: distDir });
    if (added.errors.length > 0) throw new Error(`Pagefind indexing failed: ${added.errors.join('; ')}`);
    if (added.page_count < expected) {
      throw new Error(`Pagefind indexed ${added.page_count} pages but the site has ${expected} searchable pages`);
    }
    await addRecords(index, unspacedScriptRecords(unspaced), base);
    const written = await index.writeFiles({ outputPath: path.join(distDir, 'pagefind') });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`);
    return added.page_count;
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
