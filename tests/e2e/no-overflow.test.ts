/**
 * No page is wider than a phone (issue 14): every built page, at 375 px, light and dark, in
 * Chromium. Wide content (tables, charts, the navigation) scrolls inside its own box or wraps;
 * the page itself never scrolls sideways. The search page is checked with results on it.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { builtQuotes } from '../helpers/built-data.ts';
import { listHtmlFiles, readDist } from '../helpers/dist.ts';
import { servedSite } from '../helpers/served-site.ts';

const site = servedSite();
const isRedirectPage = (file: string) => /<meta[^>]+http-equiv="refresh"/i.test(readDist(file));
/** A quote opened in its sentence (issue 23): its note open as a sheet over the article. */
const quoteInSentence = builtQuotes().find((quote) => quote.kind === 'statement')!.url;
const pages = [
  ...listHtmlFiles()
    .filter((file) => !isRedirectPage(file))
    .map((file) => `/${file}`.replace(/index\.html$/, ''))
    .map((urlPath) => (urlPath === '/search/' ? '/search/?q=move+on' : urlPath)),
  quoteInSentence,
];
/** One page of each type, for the dark-mode pass. */
const PAGE_TYPES = [
  '/',
  '/articles/',
  pages.find((urlPath) => /^\/articles\/[^/]+\/$/.test(urlPath))!,
  '/actors/',
  '/actors/marco-rubio/',
  '/actors/unnamed-sources/',
  '/events/',
  pages.find((urlPath) => /^\/events\/[^/]+\/$/.test(urlPath))!,
  '/quotes/',
  quoteInSentence,
  '/timeline/',
  '/search/?q=move+on',
  '/about/',
  '/about/data/',
  '/404.html',
];

const phones: Partial<Record<'light' | 'dark', Page>> = {};

beforeAll(async () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    phones[colorScheme] = await site.newPage({ viewport: { width: 375, height: 800 }, colorScheme });
  }
});

/** How many pixels the page is wider than the viewport, and the widest things sticking out. */
async function overflow(page: Page, urlPath: string): Promise<{ excess: number; culprits: string[] }> {
  const response = await page.goto(`${site.url}${urlPath}`);
  expect(response?.status(), urlPath).toBe(200);
  if (urlPath.startsWith('/search/?q=')) await page.waitForSelector('#search-results > li');
  return page.evaluate(() => {
    const excess = document.documentElement.scrollWidth - document.documentElement.clientWidth;
    const culprits =
      excess <= 0
        ? []
        : [...document.querySelectorAll<HTMLElement>('body *')]
            .filter((element) => element.getBoundingClientRect().right > innerWidth + 1)
            .slice(0, 5)
            .map((element) => `<${element.tagName.toLowerCase()} class="${element.getAttribute('class') ?? ''}">`);
    return { excess, culprits };
  });
}

describe('no page is wider than a 375 px phone', () => {
  test('every page type is checked', () => {
    expect(PAGE_TYPES.every(Boolean)).toBe(true);
    expect(pages).toEqual(expect.arrayContaining(PAGE_TYPES));
    // 95 on the real site since quotes have no page of their own (issue 23).
    expect(pages.length).toBeGreaterThan(80);
  });

  test.each(pages)('%s', async (urlPath) => {
    const { excess, culprits } = await overflow(phones.light!, urlPath);
    expect(excess, `${urlPath} is ${excess}px too wide: ${culprits.join(', ')}`).toBeLessThanOrEqual(0);
  });

  test.each(PAGE_TYPES)('%s in dark mode', async (urlPath) => {
    const { excess, culprits } = await overflow(phones.dark!, urlPath);
    expect(excess, `${urlPath} is ${excess}px too wide: ${culprits.join(', ')}`).toBeLessThanOrEqual(0);
  });

  // Two lines since issue 23: the title with the search field, then every link (none scrolled off-screen).
  test('the header is at most two lines on a phone', async () => {
    const page = phones.light!;
    await page.goto(`${site.url}/`);
    const height = await page.locator('.site-header').evaluate((header) => header.getBoundingClientRect().height);
    expect(height).toBeLessThan(110);
  });
});
