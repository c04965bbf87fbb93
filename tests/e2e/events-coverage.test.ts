/**
 * The events' coverage in Chromium (issue 23, item 6): on a phone each event lists the articles
 * that report it as marks, all in view (no column off-screen, no row that looks empty when it is
 * not); on a wide screen the table; both in the actors' heat map's column order.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { builtEvents } from '../helpers/built-data.ts';
import { servedSite } from '../helpers/served-site.ts';

const site = servedSite();
const events = builtEvents();
const articleSlug = (href: string) => /\/articles\/([^/]+)\/$/.exec(href)?.[1] ?? href;

let phone: Page;
let desk: Page;
/** The heat map's columns on /actors/, as article slugs, left to right. */
let heatmapOrder: string[];

beforeAll(async () => {
  phone = await site.newPage({ viewport: { width: 375, height: 800 } });
  desk = await site.newPage({ viewport: { width: 1280, height: 900 } });
  await desk.goto(`${site.url}/actors/`);
  heatmapOrder = (await desk.$$eval('.heatmap__column a', (links) => links.map((link) => link.getAttribute('href') ?? ''))).map(
    articleSlug,
  );
});

/** Whether `part` keeps the order of `whole`. */
const inOrderOf = (part: string[], whole: string[]) => {
  const positions = part.map((slug) => whole.indexOf(slug));
  return positions.every((position, i) => position >= 0 && (i === 0 || position > positions[i - 1]!));
};

describe('at 375 px', () => {
  test('each event shows a mark for every article that reports it, all in view, none sideways', async () => {
    await phone.goto(`${site.url}/events/`);
    expect(await phone.locator('.coverage table').isVisible()).toBe(false);
    const rows = await phone.$$eval('.coverage-list__event', (items) =>
      items.map((item) => ({
        event: item.querySelector('a')!.getAttribute('href'),
        marks: [...item.querySelectorAll<HTMLAnchorElement>('.coverage-list__marks a')].map((mark) => {
          const box = mark.getBoundingClientRect();
          return { href: mark.getAttribute('href') ?? '', left: box.left, right: box.right, visible: mark.checkVisibility() };
        }),
      })),
    );
    expect(rows.map((row) => row.event)).toEqual(events.map((event) => event.url));
    for (const [index, row] of rows.entries()) {
      // Every reporting article has its column here (fewer than the page's 24 columns).
      const expected = events[index]!.articles;
      expect(row.marks.map((mark) => articleSlug(mark.href)).sort(), row.event!).toEqual([...expected].sort());
      for (const mark of row.marks) {
        expect(mark.visible).toBe(true);
        expect(mark.left).toBeGreaterThanOrEqual(0);
        expect(mark.right).toBeLessThanOrEqual(375);
      }
      // The same order as the heat map's columns.
      expect(
        inOrderOf(
          row.marks.map((mark) => articleSlug(mark.href)),
          heatmapOrder,
        ),
        row.event!,
      ).toBe(true);
    }
    expect(await phone.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
  });

  test('no axe violations, light and dark', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const page = await site.newPage({ viewport: { width: 375, height: 800 }, colorScheme });
      await page.goto(`${site.url}/events/`);
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    }
  });
});

test('at 1280 px the table shows, its columns in the heat map’s order, and the phone list does not', async () => {
  await desk.goto(`${site.url}/events/`);
  expect(await desk.locator('.coverage-list').isVisible()).toBe(false);
  const columns = (
    await desk.$$eval('.coverage__article a', (links) => links.map((link) => link.getAttribute('href') ?? ''))
  ).map(articleSlug);
  expect(columns.length).toBeGreaterThan(1);
  expect(inOrderOf(columns, heatmapOrder)).toBe(true);
});
