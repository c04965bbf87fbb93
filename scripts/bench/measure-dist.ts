/**
 * Measures a built site: pages by type, sizes, the heaviest article page as a reader downloads it
 * (HTML + CSS + JS, each gzipped as a static host would send it), the JavaScript on reading
 * pages, the largest pages, and the Pagefind bundle.
 *
 *   node scripts/cli/measure-dist.ts DIR             the measurement of the site built in DIR, as JSON
 *   node scripts/cli/measure-dist.ts DIR --pages     the type of each of its HTML pages, as JSON
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { runCommand, type CommandIO } from '../lib/command-io.ts';

/** A page with its own and its assets' gzipped sizes. */
export interface PageWeight {
  url: string;
  htmlBytes: number;
  htmlGzip: number;
  cssGzip: number;
  jsGzip: number;
  /** HTML + CSS + JS, gzipped. */
  totalGzip: number;
}

export interface DistMeasurement {
  files: number;
  totalBytes: number;
  /** HTML pages outside pagefind/. */
  htmlPages: number;
  pagesByType: Record<string, number>;
  /** Bytes of the HTML pages alone. */
  htmlBytes: number;
  pagefind: { files: number; bytes: number; fragments: number; indexChunks: number } | null;
  heaviestArticle: PageWeight | null;
  /** Per reading-page type: how many pages were checked, how many carry JavaScript, the most. */
  javascript: Record<string, { checked: number; withJs: number; maxJsGzip: number; example: string | null }>;
  /** The five largest HTML pages. */
  largestPages: PageWeight[];
}

/** Page types that are for reading and must ship no JavaScript. */
export const READING_TYPES = ['article', 'actor', 'event', 'quote'] as const;

/** The type of a page from its path inside dist/ (`articles/x/index.html` → `article`). */
export function pageType(file: string): string {
  // A listing of quotes by article, not one actor's page; its later pages too.
  if (/^actors\/unnamed-sources\/(page\/\d+\/)?index\.html$/.test(file)) return 'unnamed-sources';
  // Later pages of a paginated list (`articles/page/2/`) are the list, not one article or event.
  const listPage = /^(articles|events)\/page\/\d+\/index\.html$/.exec(file);
  if (listPage) return listPage[1]!;
  const [first, second] = file.split('/');
  if (second === undefined || second === 'index.html') return first === 'index.html' ? 'home' : (first ?? 'other');
  const singular: Record<string, string> = { articles: 'article', actors: 'actor', events: 'event', quotes: 'quote' };
  return singular[first ?? ''] ?? first ?? 'other';
}

/**
 * Measures `distDir`. Reading pages are checked for JavaScript up to `sampleLimit` pages per
 * type (evenly spread), every article page is weighed for the heaviest one.
 */
export function measureDist(distDir: string, sampleLimit = 3000): DistMeasurement {
  const root = path.resolve(distDir);
  const entries = readdirSync(root, { recursive: true, withFileTypes: true });
  let files = 0;
  let totalBytes = 0;
  let htmlBytes = 0;
  const pagefind = { files: 0, bytes: 0, fragments: 0, indexChunks: 0 };
  const htmlFiles: Array<{ file: string; bytes: number }> = [];
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath, entry.name);
    const file = path.relative(root, full).split(path.sep).join('/');
    const bytes = statSync(full).size;
    files += 1;
    totalBytes += bytes;
    if (file.startsWith('pagefind/')) {
      pagefind.files += 1;
      pagefind.bytes += bytes;
      if (file.endsWith('.pf_fragment')) pagefind.fragments += 1;
      if (file.endsWith('.pf_index')) pagefind.indexChunks += 1;
    } else if (file.endsWith('.html')) {
      htmlFiles.push({ file, bytes });
      htmlBytes += bytes;
    }
  }

  const pagesByType: Record<string, number> = {};
  for (const { file } of htmlFiles) pagesByType[pageType(file)] = (pagesByType[pageType(file)] ?? 0) + 1;

  const assetGzip = new Map<string, number>();
  const weigh = (file: string): PageWeight => {
    const html = readFileSync(path.join(root, file), 'utf8');
    const assets = pageAssets(html);
    const sizeOf = (href: string) => {
      let size = assetGzip.get(href);
      if (size === undefined) {
        try {
          size = gzipSync(readFileSync(path.join(root, href.split(/[?#]/)[0]!))).length;
        } catch {
          size = 0;
        }
        assetGzip.set(href, size);
      }
      return size;
    };
    const htmlGzip = gzipSync(html).length;
    const cssGzip = assets.stylesheets.reduce((sum, href) => sum + sizeOf(href), 0);
    const jsGzip =
      assets.scripts.reduce((sum, href) => sum + sizeOf(href), 0) +
      assets.inlineScripts.reduce((sum, code) => sum + gzipSync(code).length, 0);
    const url = `/${file.replace(/index\.html$/, '')}`;
    return { url, htmlBytes: Buffer.byteLength(html), htmlGzip, cssGzip, jsGzip, totalGzip: htmlGzip + cssGzip + jsGzip };
  };

  let heaviestArticle: PageWeight | null = null;
  for (const { file } of htmlFiles) {
    if (pageType(file) !== 'article') continue;
    const weight = weigh(file);
    if (!heaviestArticle || weight.totalGzip > heaviestArticle.totalGzip) heaviestArticle = weight;
  }

  const javascript: DistMeasurement['javascript'] = {};
  for (const type of READING_TYPES) {
    const pages = htmlFiles.filter(({ file }) => pageType(file) === type);
    const step = Math.max(1, Math.ceil(pages.length / sampleLimit));
    const result = { checked: 0, withJs: 0, maxJsGzip: 0, example: null as string | null };
    for (let index = 0; index < pages.length; index += step) {
      const weight = weigh(pages[index]!.file);
      result.checked += 1;
      if (weight.jsGzip > 0) {
        result.withJs += 1;
        if (weight.jsGzip > result.maxJsGzip) {
          result.maxJsGzip = weight.jsGzip;
          result.example = weight.url;
        }
      }
    }
    javascript[type] = result;
  }

  const largestPages = [...htmlFiles]
    .sort((a, b) => b.bytes - a.bytes)
    .slice(0, 5)
    .map(({ file }) => weigh(file));

  return {
    files,
    totalBytes,
    htmlPages: htmlFiles.length,
    pagesByType,
    htmlBytes,
    pagefind: pagefind.files > 0 ? pagefind : null,
    heaviestArticle,
    javascript,
    largestPages,
  };
}

/** Stylesheets, external scripts (with module preloads) and inline scripts of a page. */
export function pageAssets(html: string): { stylesheets: string[]; scripts: string[]; inlineScripts: string[] } {
  const attribute = (tag: string, name: string) =>
    new RegExp(`\\s${name}=(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i')
      .exec(tag)
      ?.slice(1)
      .find((v) => v !== undefined);
  const local = (href: string | undefined): href is string => !!href && href.startsWith('/') && !href.startsWith('//');
  const stylesheets: string[] = [];
  const scripts: string[] = [];
  const inlineScripts: string[] = [];
  for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
    const rel = (attribute(tag, 'rel') ?? '').toLowerCase();
    const href = attribute(tag, 'href');
    if (rel.split(/\s+/).includes('stylesheet') && local(href)) stylesheets.push(href);
    if (rel === 'modulepreload' && local(href)) scripts.push(href);
  }
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const tag = `<script ${match[1] ?? ''}>`;
    const type = (attribute(tag, 'type') ?? '').toLowerCase();
    if (type && !/^(module|text\/javascript|application\/javascript)$/.test(type)) continue;
    const src = attribute(tag, 'src');
    if (local(src)) scripts.push(src);
    else if ((match[2] ?? '').trim()) inlineScripts.push(match[2]!);
  }
  return { stylesheets: [...new Set(stylesheets)], scripts: [...new Set(scripts)], inlineScripts };
}

const USAGE = 'Usage: node scripts/cli/measure-dist.ts DIR [--pages]';

/** Prints the measurement of the site built in the folder `argv` names (or its pages' types, with --pages), as JSON. */
export function runMeasureDistCommand(argv: string[], io: CommandIO): Promise<number> {
  return runCommand(io, USAGE, () => {
    const { positionals, values } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { pages: { type: 'boolean', default: false } },
    });
    if (positionals.length !== 1) {
      io.stderr(`${USAGE}\n`);
      return 2;
    }
    const dir = path.resolve(io.cwd, positionals[0]!);
    if (values.pages) {
      const pages = readdirSync(dir, { recursive: true, encoding: 'utf8' })
        .map((file) => file.split(path.sep).join('/'))
        .filter((file) => file.endsWith('.html') && !file.startsWith('pagefind/'))
        .sort();
      io.stdout(`${JSON.stringify(Object.fromEntries(pages.map((file) => [file, pageType(file)])), null, 2)}\n`);
    } else {
      io.stdout(`${JSON.stringify(measureDist(dir), null, 2)}\n`);
    }
    return 0;
  });
}
