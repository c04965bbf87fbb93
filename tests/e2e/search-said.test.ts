/**
 * Quotes and reported statements are found through their article's page (issue 24: no search
 * record per quote), in Chromium on the built site: each is still its own result at its anchor,
 * filters by speaker and type still narrow to them, and a search reads its matching pages ten at a
 * time, "More results" reading the next ten.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import type { StatementExport } from '../../src/outputs/statement-exports.ts';
import { readDistJson } from '../helpers/dist.ts';
import { servedSite } from '../helpers/served-site.ts';

const site = servedSite();
const statements = readDistJson<StatementExport[]>('data/statements.json');
let page: Page;

beforeAll(async () => {
  page = await site.newPage();
});

async function open(search: string): Promise<void> {
  await page.goto(`${site.url}/search/${search}`);
  await page.waitForFunction(() => /result|No results/.test(document.querySelector('#search-status')?.textContent ?? ''));
}

const shown = () =>
  page.$$eval('#search-results > li', (items) =>
    items.map((item) => ({
      kind: item.querySelector('.result-kind')?.textContent ?? '',
      title: item.querySelector('h2')?.textContent ?? '',
      url: item.querySelector('h2 a')?.getAttribute('href') ?? '',
    })),
  );

describe('statements and quotes found in their articles', () => {
  test('the statement filter alone lists reported statements, each at an anchor the downloads list', async () => {
    await open('?type=statement');
    const results = await shown();
    expect(results.length).toBeGreaterThan(0);
    const known = new Set(statements.map((row) => `/articles/${row.article}/#${row.id}`));
    for (const result of results) {
      expect(result.kind).toBe('statement');
      expect(result.title).toMatch(/^.+, reported in .+, \d{1,2} \w+ \d{4}$/);
      expect(known.has(result.url), result.url).toBe(true);
    }
  });

  test('with a speaker chosen, the type filter offers their quotes and statements, counted by article, not articles', async () => {
    await open('?speaker=Donald+Trump&type=quote');
    await page.locator('#search-filter-groups input[name="speaker"]').first().waitFor();
    expect(await page.locator('#search-filter-groups input[name="type"][value="article"]').count()).toBe(0);
    expect(await page.textContent('#search-filter-groups')).toMatch(/quote \(in \d+ articles?\)/);
  });

  test('a statement result opens its article at the statement', async () => {
    await open('?type=statement');
    const [first] = await shown();
    await Promise.all([page.waitForURL(/#s-/), page.click(`#search-results a[href="${first!.url}"]`)]);
    const hash = new URL(page.url()).hash;
    expect(await page.locator(hash).evaluate((element) => element.matches('.article-body .statement:target'))).toBe(true);
  });

  test('a common word ("said") reads ten pages' + "' text, and More results reads the next ten", async () => {
    const fragments: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/pagefind/fragment/')) fragments.push(request.url());
    });
    await open('?q=said');
    expect(fragments.length).toBeLessThanOrEqual(10);
    const status = (await page.textContent('#search-status')) ?? '';
    expect(status).toMatch(/from the 10 best-matching of \d+ pages/);
    const before = (await shown()).length;
    expect(await page.isVisible('#search-more')).toBe(true);
    await page.click('#search-more');
    await page.waitForFunction((count) => document.querySelectorAll('#search-results > li').length > count, before);
    expect(fragments.length).toBeLessThanOrEqual(20);
    // The keyboard goes on from the first new result.
    const focused = await page.evaluate(() => document.activeElement?.closest('li'));
    expect(focused).not.toBeNull();
    expect(
      await page.evaluate(
        (count) => document.activeElement === document.querySelectorAll('#search-results > li h2 a')[count],
        before,
      ),
    ).toBe(true);
  });
});
