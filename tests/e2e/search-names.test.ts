/**
 * Search finds what the site knows (issue 23, item 3), in Chromium on the built site: an actor's
 * other spellings find the actor and its quotes; a name puts the actor's page first; each quote is
 * its own result, titled who/where/when with its words as the snippet, and opens in its sentence;
 * snippets mark no stop words, start with a summary, and show where they are cut.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { builtActors, builtEvents } from '../helpers/built-data.ts';
import { servedSite } from '../helpers/served-site.ts';

const site = servedSite();

interface Result {
  kind: string;
  title: string;
  /** The snippet's HTML, and its text. */
  snippet: string;
  text: string;
  url: string;
}

const actors = builtActors();
const events = builtEvents();

let page: Page;

beforeAll(async () => {
  page = await site.newPage();
});

/** The results of a search, as the page shows them. */
async function searchFor(query: string, type?: string): Promise<Result[]> {
  const params = new URLSearchParams({ q: query, ...(type ? { type } : {}) });
  await page.goto(`${site.url}/search/?${params}`);
  await page.waitForFunction(() => /result|No results/.test(document.querySelector('#search-status')?.textContent ?? ''));
  return page.$$eval('#search-results > li', (items) =>
    items.map((item) => ({
      kind: item.querySelector('.result-kind')?.textContent ?? '',
      title: item.querySelector('h2')?.textContent ?? '',
      snippet: item.querySelector('h2 + p')?.innerHTML ?? '',
      text: item.querySelector('h2 + p')?.textContent ?? '',
      url: item.querySelector('h2 a')?.getAttribute('href') ?? '',
    })),
  );
}

describe('other spellings find the actor and its quotes', () => {
  test.each(['zelensky', 'Zelenskiy'])('“%s” finds Volodymyr Zelenskyy’s page first, and his quotes', async (query) => {
    const results = await searchFor(query);
    expect(results[0]?.url).toBe('/actors/volodymyr-zelenskyy/');
    const quotes = results.filter((result) => result.kind === 'quote');
    expect(quotes.length).toBeGreaterThan(0);
    for (const quote of quotes) expect(quote.title).toMatch(/^Volodymyr Zelenskyy, in /);
  });

  test('“Kiev” finds Ukraine', async () => {
    const results = await searchFor('Kiev');
    expect(results[0]?.url).toBe('/actors/ukraine/');
  });
});

describe('a name puts the actor’s page first', () => {
  test.each(['Putin', 'Witkoff', 'witkoff'])('“%s”', async (query) => {
    const results = await searchFor(query);
    expect(results.length).toBeGreaterThan(4);
    const actor = actors.find((candidate) => candidate.name.toLowerCase().endsWith(query.toLowerCase()))!;
    expect(results[0]).toMatchObject({ kind: 'actor', url: `/actors/${actor.slug}/` });
  });
});

describe('snippets', () => {
  test('an actor’s snippet is its summary, not the middle of its page', async () => {
    const [putin] = await searchFor('Putin');
    expect(putin!.text).toMatch(/^Russian president\./);
  });

  test('an event’s snippet is (a run of) its summary and does not repeat its title', async () => {
    const results = (await searchFor('Witkoff', 'event')).filter((result) => result.kind === 'event');
    expect(results.length).toBeGreaterThan(0);
    for (const result of results) {
      const event = events.find((candidate) => result.url === `/events/${candidate.slug}/`)!;
      const squash = (text: string) => text.replace(/\s+/g, ' ').trim();
      expect(result.text).not.toContain(event.title);
      expect(squash(event.summary)).toContain(squash(result.text).replace(/^… | …$/g, ''));
    }
  });

  test('a quote’s title says who, where and when; its snippet is the words, in quotation marks', async () => {
    const quotes = (await searchFor('road to nowhere', 'quote')).filter((result) => result.kind === 'quote');
    expect(quotes.length).toBeGreaterThan(0);
    for (const quote of quotes) {
      expect(quote.title).toMatch(/^.+, in .+, \d{1,2} \w+ \d{4}$/);
      expect(quote.text).toMatch(/^“.+”$/);
      expect(quote.text).not.toContain(quote.title);
      expect(quote.url).toMatch(/^\/articles\/[^/]+\/#q-[0-9a-f]{10}$/);
    }
  });

  test('stop words are not marked: “relies heavily on”', async () => {
    const results = await searchFor('relies heavily on');
    expect(results.length).toBeGreaterThan(0);
    const snippets = results.map((result) => result.snippet).join('\n');
    expect(snippets).toContain('<mark>relies</mark>');
    expect(snippets).not.toMatch(/<mark>on<\/mark>/i);
  });

  test('a snippet cut out of an article says so with ellipses', async () => {
    const articles = (await searchFor('relies heavily', 'article')).filter((result) => result.kind === 'article');
    expect(articles.length).toBeGreaterThan(0);
    for (const article of articles) expect(article.text).toMatch(/^… .+ …$/);
  });
});

test('a quote result opens the quote in its sentence, highlighted, with its note shown', async () => {
  const [quote] = (await searchFor('road to nowhere', 'quote')).filter((result) => result.kind === 'quote');
  await Promise.all([page.waitForURL(/#q-/), page.click(`#search-results a[href="${quote!.url}"]`)]);
  const hash = new URL(page.url()).hash;
  const target = page.locator(hash);
  expect(await target.evaluate((element) => element.matches('.article-body :target'))).toBe(true);
  const highlight = await target.evaluate((element) => getComputedStyle(element).outlineStyle);
  expect(highlight).toBe('solid');
  const note = page.locator(`#note-${hash.slice('#q-'.length)}`);
  expect(await note.isVisible()).toBe(true);
});
