/**
 * Issue 26: Chinese text can be found by search. A word inside a run of Chinese characters
 * ("日内瓦" in "…会谈周二在日内瓦恢复") is found once the index holds the article's text a character
 * at a time and the query is spaced out the same way. A made-up site of two pages, indexed with the
 * site's own indexer, searched in Chromium with Pagefind's own script.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { spacedOutCharacters } from '../../src/lib/cjk-words.ts';
import { launchChromium } from '../../scripts/lib/browser.ts';
import { indexSite } from '../../scripts/lib/search-index.ts';
import { serveStatic, type StaticServer } from '../../scripts/lib/static-server.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'search-cjk-'));
const page = (title: string, body: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body>` +
  `<article data-pagefind-body data-pagefind-filter="type:article"><h1 lang="">${title}</h1>` +
  `<div class="article-body" lang=""><p>${body}</p></div></article></body></html>`;
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  mkdirSync(path.join(dir, 'articles/zh-talks'), { recursive: true });
  mkdirSync(path.join(dir, 'articles/en-talks'), { recursive: true });
  writeFileSync(
    path.join(dir, 'articles/zh-talks/index.html'),
    page('俄乌和谈', '俄罗斯和乌克兰的会谈周二在日内瓦恢复。外交官说，下一轮会谈将在伦敦举行。'),
  );
  writeFileSync(path.join(dir, 'articles/en-talks/index.html'), page('Talks', 'Talks resumed in Geneva on Tuesday.'));
  await indexSite(dir, '/');
  server = await serveStatic(dir);
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** The addresses of the results for `query`, searched as the search page searches (spaced out). */
async function search(query: string): Promise<string[]> {
  const tab = await browser.newPage();
  await tab.goto(`${server.url}/articles/en-talks/`);
  // A string, so the test runner does not rewrite the browser's dynamic import.
  const urls = (await tab.evaluate(`(async () => {
    const pagefind = await import('/pagefind/pagefind.js');
    const found = await pagefind.search(${JSON.stringify(spacedOutCharacters(query))});
    return Promise.all(found.results.map(async (result) => (await result.data()).url));
  })()`)) as string[];
  await tab.close();
  return [...new Set(urls)];
}

test.each(['日内瓦', '会谈', '伦敦', '俄罗斯'])(
  '“%s”, inside a run of Chinese text, finds the Chinese article',
  async (query) => {
    expect(await search(query)).toEqual(['/articles/zh-talks/']);
  },
);

test('a word the article does not hold finds nothing, and English search is unchanged', async () => {
  expect(await search('北京')).toEqual([]);
  expect(await search('Geneva')).toEqual(['/articles/en-talks/']);
});
