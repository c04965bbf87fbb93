import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import * as pagefind from 'pagefind';
import { basePath, SEARCH_BUNDLE_LIST_FILE, withoutBase } from '../../src/lib/urls.ts';
import { runCommand, type CommandIO } from './command-io.ts';
import { recompressIndex } from './recompress-index.ts';
import { bundleKey, pageDigest, SearchBundleCache } from './search-bundle-cache.ts';
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
 * writes the bundle (measured: about 0.45 MB an article page, 0.1 MB an event page; 3.2 GB for
 * two bundles of 8,000 pages against 4.7 GB for one of 14,287), so a larger archive is indexed in
 * bundles, one after the other, and the search page merges them (`mergeIndex`). Each bundle adds
 * its share to the first search's download, so they are as large as the memory budget allows. A
 * 10,000-article archive is two: its 8,000 oldest articles, and the rest.
 */
export const PAGES_PER_BUNDLE = 8_000;

/** A page's sort date (`data-pagefind-sort="date:2025-04-18"`): article pages carry their publication date. */
const SORT_DATE = /data-pagefind-sort="date:(\d{4}-\d{2}-\d{2})"/;

/** The searchable pages of a built site, read once (`scanSearchablePages`). */
export interface SearchablePages {
  /** Paths relative to the site's folder, sorted. */
  pages: string[];
  /** The sort date of each page that has one (an article's publication date, an event's date), by path. */
  dates: Map<string, string>;
  /** The article pages, which change only with their article. */
  articles: Set<string>;
  /** Each searchable page's digest (`pageDigest`), read with the page, for the bundles' keys. */
  digests: Map<string, string>;
  /** The article pages written in Chinese or Japanese (for `unspacedScriptRecords`). */
  unspaced: UnspacedArticlePage[];
}

/** Pages read at once by `scanSearchablePages`: the reads wait on the disk, not the CPU. */
const CONCURRENT_READS = 16;

/** What `scanSearchablePages` reads of one built page. */
interface ScannedPage {
  page: string;
  digest: string;
  searchable: boolean;
  date: string | undefined;
  /** The article's slug when the page is an article page. */
  slug: string | undefined;
  /** The page's text, kept only for an article page written in Chinese or Japanese. */
  unspacedHtml: string | undefined;
}

const SEARCHABLE_MARK = Buffer.from('data-pagefind-body');

/**
 * Reads one built page (`filePath`, under `distDir`). The digest is taken of the bytes as read,
 * and only an article page is decoded to text: a 10,000-article site is 600 MB of HTML, and
 * decoding and re-encoding it all cost seconds of every build.
 */
async function scanPage(distDir: string, filePath: string): Promise<ScannedPage> {
  const bytes = await readFile(filePath);
  const page = path.relative(distDir, filePath).split(path.sep).join('/');
  const digest = pageDigest(bytes);
  const searchable = bytes.includes(SEARCHABLE_MARK);
  const slug = searchable ? /^articles\/([^/]+)\/[^/]+$/.exec(page)?.[1] : undefined;
  const article = slug !== undefined && slug !== 'page';
  // The sort date's attribute is ASCII, so its place in the bytes is its place in the text.
  const date = searchable ? SORT_DATE.exec(bytes.toString('latin1', ...sortDateWindow(bytes)))?.[1] : undefined;
  const html = article ? bytes.toString('utf8') : undefined;
  return {
    page,
    digest,
    searchable,
    date,
    slug: article ? slug : undefined,
    unspacedHtml: html !== undefined && hasUnspacedScript(html) ? html : undefined,
  };
}

/** Where in `bytes` the sort date's attribute is, if anywhere: a window around its first mark. */
function sortDateWindow(bytes: Buffer): [number, number] {
  const at = bytes.indexOf('data-pagefind-sort="date:');
  return at < 0 ? [0, 0] : [at, at + 64];
}

/**
 * The built pages that opt in to search (`data-pagefind-body`; every page when none does), as
 * paths relative to `distDir` in a stable order, with their dates and the article pages among them
 * written in Chinese or Japanese: each page is read once, several at a time.
 */
export async function scanSearchablePages(distDir: string): Promise<SearchablePages> {
  const entries = await readdir(distDir, { recursive: true, withFileTypes: true });
  const files = entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => path.join(entry.parentPath, entry.name));
  const scanned: ScannedPage[] = new Array(files.length);
  let next = 0;
  const reader = async () => {
    for (let index = next++; index < files.length; index = next++) scanned[index] = await scanPage(distDir, files[index]!);
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENT_READS, files.length) }, reader));

  const pages: string[] = [];
  const dates = new Map<string, string>();
  const articles = new Set<string>();
  const digests = new Map<string, string>();
  const unspaced: UnspacedArticlePage[] = [];
  // Pagefind's own rule: with no `data-pagefind-body` anywhere, every page is indexed whole (the
  // benchmark's plain-Astro floor is such a site).
  const unmarked: string[] = [];
  for (const { page, digest, searchable, date, slug, unspacedHtml } of scanned) {
    digests.set(page, digest);
    if (!searchable) {
      unmarked.push(page);
      continue;
    }
    pages.push(page);
    if (date) dates.set(page, date);
    if (slug === undefined) continue;
    articles.add(page);
    if (unspacedHtml !== undefined) unspaced.push({ slug, html: unspacedHtml });
  }
  return { pages: (pages.length > 0 ? pages : unmarked).sort(), dates, articles, digests, unspaced };
}

/** How `bundlePlan` cuts the pages. */
export interface BundleOptions {
  /** Most pages a bundle holds (Pagefind's memory grows with them). */
  perBundle: number;
  /** The sort date of each page that has one (articles, events), by path. */
  dates?: ReadonlyMap<string, string>;
  /** The pages that may fill the archive's bundles: article pages, which change only with their article. */
  archive?: ReadonlySet<string>;
  /** Most pages of each bundle after the archive's (the newest articles and the other pages); `perBundle` by default. */
  recentPerBundle?: number;
}

/**
 * The bundles of `pages`, each with the folder it is written to under `pagefind/` (the first is
 * `pagefind/` itself). Pages that fit in one bundle are one. Past that, the archive's pages (the
 * articles), oldest first, fill whole bundles of `perBundle`: an article added at the newest date
 * leaves them as they were, so a warm build reuses their index (`indexSite`). The newest articles
 * that do not fill a bundle and the other pages (actors and events, which new articles change)
 * follow, in runs of `recentPerBundle`. Within a bundle, pages come in date order, undated ones
 * last: Pagefind lists pages in the order they are added, and its date sort (a list of page
 * numbers in date order, downloaded with the first search) then counts up and compresses to a
 * fraction of a shuffled one.
 */
export function bundlePlan(pages: readonly string[], options: BundleOptions): Array<{ folder: string; pages: string[] }> {
  const { perBundle, dates = new Map<string, string>(), archive = new Set<string>(), recentPerBundle = perBundle } = options;
  const byDate = (a: string, b: string) => {
    const [x, y] = [dates.get(a), dates.get(b)];
    return x === y ? a.localeCompare(b) : x === undefined ? 1 : y === undefined ? -1 : x.localeCompare(y);
  };
  if (pages.length <= perBundle) return [{ folder: '', pages: [...pages].sort(byDate) }];
  const archived = pages.filter((page) => archive.has(page)).sort(byDate);
  const full = Math.floor(archived.length / perBundle) * perBundle;
  const runs: string[][] = [];
  for (let start = 0; start < full; start += perBundle) runs.push(archived.slice(start, start + perBundle));
  const inRuns = new Set(archived.slice(0, full));
  const recent = pages.filter((page) => !inRuns.has(page)).sort(byDate);
  for (let start = 0; start < recent.length; start += recentPerBundle) runs.push(recent.slice(start, start + recentPerBundle));
  return runs.map((run, index) => ({ folder: index === 0 ? '' : `more/${index + 1}/`, pages: run }));
}

/** How `indexSite` indexes. */
export interface IndexOptions {
  /** Most pages a bundle holds; `PAGES_PER_BUNDLE` by default. */
  perBundle?: number;
  /** Most pages of each bundle after the archive's (see `bundlePlan`). */
  recentPerBundle?: number;
  /** A folder to keep bundles in between builds (`SearchBundleCache`); none by default. */
  cacheDir?: string;
}

/** What `indexSite` did: the searchable pages (indexed, or copied with their bundle), and bundles made and reused. */
export interface IndexSummary {
  pages: number;
  bundles: number;
  reusedBundles: number;
}

/**
 * Indexes `distDir` and writes the bundle to `distDir/pagefind` (and, past `perBundle` pages, the
 * further bundles under it, listed in `SEARCH_BUNDLE_LIST_FILE`). With a `cacheDir`, a bundle
 * whose pages did not change since the build that kept it is copied, not indexed again.
 * `base` is the base path the site was built for (by default the one `SITE` gives).
 */
export async function indexSite(distDir: string, base: string = basePath(), options: IndexOptions = {}): Promise<IndexSummary> {
  const { perBundle = PAGES_PER_BUNDLE, recentPerBundle, cacheDir } = options;
  const { pages, dates, articles, digests, unspaced } = await scanSearchablePages(distDir);
  const bundles = bundlePlan(pages, { perBundle, dates, archive: articles, recentPerBundle });
  const cache = cacheDir ? new SearchBundleCache(cacheDir) : null;
  let indexed = 0;
  let reusedBundles = 0;
  for (const [number, bundle] of bundles.entries()) {
    const records = number === 0 ? unspacedScriptRecords(unspaced) : [];
    const outputPath = path.join(distDir, 'pagefind', bundle.folder);
    const identity = { folder: bundle.folder, base, records: JSON.stringify(records) };
    const key = cache ? bundleKey(bundle.pages, digests, identity) : '';
    if (cache && (await cache.restore(key, outputPath))) {
      reusedBundles += 1;
      indexed += bundle.pages.length;
      continue;
    }
    // Each page is handed over by path, in the plan's order (see `bundlePlan`).
    indexed += await indexBundle(distDir, bundle.pages, records, outputPath, base);
    await cache?.keep(key, outputPath);
  }
  await cache?.prune();
  if (indexed < pages.length)
    throw new Error(`Pagefind indexed ${indexed} pages but the site has ${pages.length} searchable pages`);
  const further = bundles.slice(1).map((bundle) => bundle.folder);
  await writeFile(path.join(distDir, 'pagefind', SEARCH_BUNDLE_LIST_FILE), `${JSON.stringify(further)}\n`);
  return { pages: pages.length, bundles: bundles.length, reusedBundles };
}

/**
 * One Pagefind bundle, written to `outputPath`: `files` (paths relative to `distDir`), in that
 * order, then `records`. The service is closed after each bundle, so its memory goes with it.
 */
async function indexBundle(
  distDir: string,
  files: readonly string[],
  records: readonly CustomSearchRecord[],
  outputPath: string,
  base: string,
): Promise<number> {
  try {
    const { index, errors: createErrors } = await pagefind.createIndex({ forceLanguage: 'en' });
    if (!index || createErrors.length > 0) throw new Error(`Pagefind could not start: ${createErrors.join('; ')}`);
    let pageCount = 0;
    for (const file of files) {
      const added = await index.addHTMLFile({ sourcePath: file, content: await readFile(path.join(distDir, file), 'utf8') });
      if (added.errors.length > 0) throw new Error(`Pagefind could not index ${file}: ${added.errors.join('; ')}`);
      pageCount += 1;
    }
    await addRecords(index, records, base);
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`);
    await recompressIndex(outputPath);
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
      // Beside Astro's own cache (astro.config.mjs and the benchmark's config put it there).
      const cacheDir = path.join(path.resolve(io.cwd, io.cacheDir ?? 'node_modules/.astro'), 'dossier-search-bundles');
      const { pages, bundles, reusedBundles } = await indexSite(distDir, basePath(), { cacheDir });
      io.stdout(
        `Search index: ${pages} pages indexed into ${path.join(distDir, 'pagefind')} ` +
          `(${bundles} ${bundles === 1 ? 'bundle' : 'bundles'}, ${reusedBundles} unchanged since the last build and copied)\n`,
      );
      return 0;
    } catch (error) {
      io.stderr(`${error instanceof Error ? error.message : String(error)}\n`);
      return 1;
    }
  });
}
