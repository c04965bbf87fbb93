/**
 * The header on a phone in Chromium (issue 23, item 6): every link of the site's navigation is in
 * view (they wrap, nothing scrolls sideways) and search is one tap away, a field and a named
 * button on the first line that lead to the search page.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { servedSite } from '../helpers/served-site.ts';

const site = servedSite();
const PAGES = ['/', '/articles/', '/actors/marco-rubio/', '/events/', '/timeline/', '/about/', '/search/'];
const NAV_LABELS = ['Articles', 'Actors', 'Events', 'Timeline', 'Search', 'About'];

const phones: Partial<Record<'light' | 'dark', Page>> = {};

beforeAll(async () => {
  for (const colorScheme of ['light', 'dark'] as const)
    phones[colorScheme] = await site.newPage({ viewport: { width: 375, height: 800 }, colorScheme });
});

describe.each(PAGES)('at 375 px, %s', (urlPath) => {
  test('every navigation link is inside the viewport, on top, at least 24 px tall, and the menu does not scroll', async () => {
    const page = phones.light!;
    await page.goto(`${site.url}${urlPath}`);
    const links = await page.$$eval('.site-nav a', (anchors) =>
      anchors.map((anchor) => {
        const box = anchor.getBoundingClientRect();
        const hit = document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
        return {
          label: anchor.textContent?.trim(),
          left: box.left,
          right: box.right,
          height: box.height,
          onTop: anchor.contains(hit),
        };
      }),
    );
    expect(links.map((link) => link.label)).toEqual(NAV_LABELS);
    for (const link of links) {
      expect(link.left, link.label).toBeGreaterThanOrEqual(0);
      expect(link.right, link.label).toBeLessThanOrEqual(375);
      expect(link.height, link.label).toBeGreaterThanOrEqual(24);
      expect(link.onTop, link.label).toBe(true);
    }
    const nav = await page.$eval('.site-nav', (element) => ({ scroll: element.scrollWidth, client: element.clientWidth }));
    expect(nav.scroll).toBeLessThanOrEqual(nav.client);
    const header = await page.$eval('.site-header', (element) => element.getBoundingClientRect().height);
    // Two lines at most: the title with search, then the links.
    expect(header).toBeLessThan(120);
  });
});

describe('search is one tap away on a phone', () => {
  test('the header search field and its named button are in view, and searching leads to the search page', async () => {
    const page = phones.light!;
    await page.goto(`${site.url}/articles/`);
    const field = page.getByRole('searchbox', { name: /search/i });
    const button = page.locator('.site-header').getByRole('button', { name: 'Search' });
    expect(await field.isVisible()).toBe(true);
    expect(await button.isVisible()).toBe(true);
    const box = (await button.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(375);
    expect(box.y + box.height).toBeLessThanOrEqual(100);
    expect(Math.min(box.width, box.height)).toBeGreaterThanOrEqual(44);
    await field.fill('Rubio');
    await button.click();
    await page.waitForURL(/\/search\/\?q=Rubio$/);
    expect(new URL(page.url()).pathname).toBe('/search/');
  });

  test('the Search link of the menu leads to the search page', async () => {
    const page = phones.light!;
    await page.goto(`${site.url}/timeline/`);
    await page.locator('.site-nav').getByRole('link', { name: 'Search' }).click();
    await page.waitForURL(/\/search\/$/);
  });
});

test('the phone header has no axe violations, light and dark', async () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    const page = phones[colorScheme]!;
    await page.goto(`${site.url}/articles/`);
    const results = await new AxeBuilder({ page })
      .include('.site-header')
      .withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'])
      .analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  }
});
