/**
 * Actor pages in Chromium (issue 23, item 7): the actors index fills the desktop width with a
 * grid of cards and is one column on a phone; the folded mentions open without JavaScript.
 */
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { servedSite } from '../helpers/served-site.ts';

const site = servedSite();

/** Runs `check` on a page opened at `width` px, with or without JavaScript, then closes it. */
const withPage = (urlPath: string, width: number, javaScriptEnabled: boolean, check: (page: Page) => Promise<void>) =>
  site.withPage(urlPath, { viewport: { width, height: 900 }, javaScriptEnabled }, check);

/** The distinct left edges of the cards in the first grid of actor cards: one per column. */
const columnsOf = (page: Page) =>
  page
    .locator('ul.actor-cards')
    .first()
    .evaluate((list) => new Set([...list.children].map((card) => Math.round(card.getBoundingClientRect().left))).size);

test('at 1280 px the actors index is a grid of at least three columns', async () => {
  await withPage('/actors/', 1280, true, async (page) => {
    expect(await columnsOf(page)).toBeGreaterThanOrEqual(3);
  });
});

test('at 375 px the actors index is one column that does not overflow', async () => {
  await withPage('/actors/', 375, true, async (page) => {
    expect(await columnsOf(page)).toBe(1);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  });
});

test('without JavaScript the folded mentions open from their summary', async () => {
  await withPage('/actors/donald-trump/', 375, false, async (page) => {
    const folded = page.locator('details.mentions-more ul.mentions > li').first();
    await expect(folded.isVisible()).resolves.toBe(false);
    await page.locator('details.mentions-more > summary').click();
    await expect(folded.isVisible()).resolves.toBe(true);
  });
});
