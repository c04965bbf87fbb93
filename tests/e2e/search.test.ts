import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { servedSite } from '../helpers/served-site.ts';

const site = servedSite();
let page: Page;

beforeAll(async () => {
  page = await site.newPage();
});

/** Opens the search page with a URL query and waits for the status line to report. */
async function searchFor(
  query: string,
): Promise<{ status: string; results: Array<{ title: string; meta: string; excerpt: string; url: string }> }> {
  await page.goto(`${site.url}/search/${query}`);
  await page.waitForFunction(() => {
    const text = document.querySelector('#search-status')?.textContent ?? '';
    return /result|No results/.test(text);
  });
  const status = (await page.textContent('#search-status')) ?? '';
  const results = await page.$$eval('#search-results > li', (items) =>
    items.map((item) => ({
      title: item.querySelector('h2')?.textContent ?? '',
      meta: item.querySelector('.meta')?.textContent ?? '',
      excerpt: item.querySelector('p')?.innerHTML ?? '',
      url: item.querySelector('a')?.getAttribute('href') ?? '',
    })),
  );
  return { status, results };
}

describe('search in a real browser', () => {
  test('"move on" finds Rubio\'s quotes from the three articles that print them', async () => {
    const { results } = await searchFor('?q=%22move+on%22&type=quote');
    // A quote's title says who, where and when: "Marco Rubio, in The Guardian, 18 April 2025".
    const rubio = results.filter((result) => result.title.startsWith('Marco Rubio, in '));
    const outlets = new Set(rubio.map((result) => /^Marco Rubio, in (.+), \d+ \w+ \d{4}$/.exec(result.title)?.[1]));
    expect(outlets).toEqual(new Set(['The Guardian', 'Responsible Statecraft', 'ABC News']));
    expect(rubio.some((result) => /<mark>move<\/mark> <mark>on<\/mark>/.test(result.excerpt))).toBe(true);
  });

  test("the speaker filter Trump narrows results to Trump's quotes", async () => {
    const { results } = await searchFor('?q=war&speaker=Donald+Trump');
    expect(results.length).toBeGreaterThan(0);
    for (const result of results) expect(result.title).toMatch(/^Donald Trump, (in|reported in) /);
  });

  test('the first search downloads no filter lists; opening the panel loads them and a speaker box narrows the results', async () => {
    const filterRequests: string[] = [];
    const onRequest = (request: { url: () => string }) => {
      if (request.url().includes('/pagefind/filter/')) filterRequests.push(request.url());
    };
    page.on('request', onRequest);
    try {
      const { results } = await searchFor('?q=war');
      expect(results.length).toBeGreaterThan(0);
      expect(filterRequests).toEqual([]);
      expect(await page.isVisible('#search-filters > summary')).toBe(true);
      expect(await page.getAttribute('#search-filters', 'open')).toBeNull();

      await page.click('#search-filters > summary');
      const trump = page.locator('#search-filter-groups input[name="speaker"][value="Donald Trump"]');
      await trump.waitFor();
      expect(filterRequests.length).toBeGreaterThan(0);
      await trump.check();
      await page.waitForURL(/speaker=Donald\+Trump/);
      await page.waitForFunction(() =>
        /results? for “war”, Speaker: Donald Trump/.test(document.querySelector('#search-status')?.textContent ?? ''),
      );
      // Quotes and statements: the title says who ("Donald Trump, in The Guardian, 18 April 2025").
      const titles = await page.$$eval('#search-results > li h2', (items) => items.map((item) => item.textContent ?? ''));
      expect(titles.length).toBeGreaterThan(0);
      for (const title of titles) expect(title).toMatch(/^Donald Trump, (in|reported in) /);
    } finally {
      page.off('request', onRequest);
    }
  });

  test('a filter in the URL opens the panel with its box checked', async () => {
    await searchFor('?q=war&speaker=Donald+Trump');
    expect(await page.getAttribute('#search-filters', 'open')).not.toBeNull();
    await page.locator('#search-filter-groups input[name="speaker"][value="Donald Trump"]').waitFor();
    expect(await page.isChecked('#search-filter-groups input[name="speaker"][value="Donald Trump"]')).toBe(true);
  });

  test('"road to nowhere" finds Lavrov', async () => {
    const { results } = await searchFor('?q=road+to+nowhere&type=quote');
    expect(results[0]?.title).toMatch(/^Sergey Lavrov, in /);
  });

  test('a query with no match says so', async () => {
    const { status, results } = await searchFor('?q=xylophonist');
    expect(results).toHaveLength(0);
    expect(status).toMatch(/No results/);
  });

  test('results come as you type, without Enter, and the URL follows', async () => {
    await page.goto(`${site.url}/search/`);
    await page.locator('#search-q').pressSequentially('road to nowh', { delay: 30 });
    await page.waitForFunction(() =>
      /results? for “road to nowh”/.test(document.querySelector('#search-status')?.textContent ?? ''),
    );
    expect(new URL(page.url()).searchParams.get('q')).toBe('road to nowh');
    expect(await page.locator('#search-results > li').count()).toBeGreaterThan(0);
  });

  test('the arrow keys move from the field through the results, Escape goes back', async () => {
    await searchFor('?q=Rubio');
    await page.focus('#search-q');
    await page.keyboard.press('ArrowDown');
    const first = await page.locator('#search-results > li h2 a').first().getAttribute('href');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(first);
    await page.keyboard.press('ArrowDown');
    const second = await page.locator('#search-results > li h2 a').nth(1).getAttribute('href');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(second);
    await page.keyboard.press('Escape');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-q');
  });

  test('titles carry no escape backslashes, fields are separated, counts agree in number, one search box', async () => {
    const { results } = await searchFor('?q=%22either+side%22');
    expect(results.length).toBeGreaterThan(0);
    for (const result of results) expect(result.title).not.toContain('\\');
    const { results: events } = await searchFor('?q=Lavrov+road+to+nowhere&type=event');
    for (const result of events) expect(result.excerpt).not.toMatch(/Date\d|Status|Kindstatement/);
    expect(await page.locator('input[type=search]').count()).toBe(1);
  });

  test('?q= in the URL runs on load and fills the field', async () => {
    await searchFor('?q=Peskov');
    expect(await page.inputValue('#search-q')).toBe('Peskov');
  });
});
