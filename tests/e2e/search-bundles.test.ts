/**
 * A large archive's search index comes in several Pagefind bundles (scripts/lib/search-index.ts),
 * which the search page merges. The built site, copied and indexed with bundles small enough that
 * its articles fall in two of them (the three oldest in the first), searched in Chromium through its own search page: results and
 * filters reach every bundle.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchChromium } from '../../scripts/lib/browser.ts';
import { bundlePlan, indexSite, scanSearchablePages } from '../../scripts/lib/search-index.ts';
import { SEARCH_BUNDLE_LIST_FILE } from '../../src/lib/urls.ts';
import { serveStatic, type StaticServer } from '../../scripts/lib/static-server.ts';
import type { QuoteExport } from '../../src/outputs/exports.ts';
import { assertBuilt, distDir, readDistJson } from '../helpers/dist.ts';

assertBuilt();
const dir = mkdtempSync(path.join(tmpdir(), 'search-bundles-'));
let server: StaticServer;
let browser: Browser;
let page: Page;
let plan: ReturnType<typeof bundlePlan>;

beforeAll(async () => {
  cpSync(distDir, dir, { recursive: true, filter: (source) => !source.includes(`${path.sep}pagefind`) });
  const { pages, dates, articles } = await scanSearchablePages(dir);
  // Bundles of three articles: the three oldest fill the archive's bundle; the two newest and
  // every other page make the second.
  const options = { perBundle: 3, recentPerBundle: pages.length };
  plan = bundlePlan(pages, { ...options, dates, archive: articles });
  await indexSite(dir, '/', options);
  server = await serveStatic(dir);
  browser = await launchChromium();
  page = await browser.newPage();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function results(search: string): Promise<string[]> {
  await page.goto(`${server.url}/search/${search}`);
  await page.waitForFunction(() => /result|No results/.test(document.querySelector('#search-status')?.textContent ?? ''));
  return page.$$eval('#search-results > li h2 a', (links) => links.map((link) => link.getAttribute('href') ?? ''));
}

test('the site is indexed in several bundles, listed for the search page', () => {
  expect(plan.map((bundle) => bundle.pages.length)).toEqual([3, expect.any(Number)]);
  expect(plan[0]!.pages.every((file) => file.startsWith('articles/'))).toBe(true);
  expect(JSON.parse(readFileSync(path.join(dir, 'pagefind', SEARCH_BUNDLE_LIST_FILE), 'utf8'))).toEqual(
    plan.slice(1).map((b) => b.folder),
  );
});

test('a page of the last bundle is found, with the first bundle’s pages', async () => {
  const last = plan.at(-1)!.pages.find((file) => file.startsWith('events/'))!;
  const html = readFileSync(path.join(dir, last), 'utf8');
  const title = /<h1[^>]*>([^<]+)<\/h1>/.exec(html)![1]!.trim();
  const found = await results(`?q=${encodeURIComponent(title)}`);
  expect(found).toContain(`/${path.dirname(last)}/`);
});

test('a speaker filter gathers quotes from the articles of every bundle that quote the speaker', async () => {
  const quoting = new Set(
    readDistJson<QuoteExport[]>('data/quotes.json')
      .filter((quote) => quote.speaker === 'donald-trump')
      .map((quote) => `articles/${quote.article}/index.html`),
  );
  const bundleOf = (file: string) => plan.findIndex((bundle) => bundle.pages.includes(file));
  expect(new Set([...quoting].map(bundleOf)).size).toBeGreaterThan(1);
  const found = await results('?speaker=Donald+Trump&type=quote');
  for (const url of found) expect(url).toMatch(/^\/articles\/[^/]+\/#q-/);
  expect(new Set(found.map((url) => `${url.replace(/#.*$/, '').slice(1)}index.html`))).toEqual(quoting);
});
