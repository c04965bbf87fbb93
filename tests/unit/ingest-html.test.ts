/**
 * Drafting from saved web pages: the page's text, Readability's verdict, metadata from the page's
 * own markup, and the saved news pages of tests/fixtures/ingest/pages/ (article paragraphs
 * marked `data-gold="body"`; README there says where each text comes from).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { checkFidelity } from '../../src/load/fidelity.ts';
import { draftArticle } from '../../scripts/ingest/draft-article.ts';
import { evaluatePage } from '../../scripts/ingest/evaluate-add.ts';
import { readPageMetadata } from '../../scripts/ingest/metadata.ts';
import { parsePage, readSavedPage } from '../../scripts/ingest/page-text.ts';

const pagesDir = new URL('../fixtures/ingest/pages/', import.meta.url);
const pages = readdirSync(pagesDir)
  .filter((name) => name.endsWith('.html'))
  .sort()
  .map((name) => ({ name, html: readFileSync(new URL(name, pagesDir), 'utf8') }));

const draftPage = (html: string) =>
  draftArticle({ format: 'html', page: readSavedPage(html), rawName: 'page.txt', fallbackSlug: 'page' });
const page = (body: string, head = '') => `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;
const PARAGRAPH =
  'Talks between Russia and Ukraine resumed in Geneva on Tuesday, after a pause of three weeks, diplomats from both sides said.';

describe('the saved news pages (issue 13 targets)', () => {
  test('there are at least 10, from different outlets', () => {
    expect(pages.length).toBeGreaterThanOrEqual(10);
    expect(new Set(pages.map(({ name }) => name.split('-')[0])).size).toBe(pages.length);
  });

  describe.each(pages)('$name', ({ html }) => {
    const result = evaluatePage(html);
    test('no article paragraph is lost', () => {
      expect(result.gold).toBeGreaterThan(0);
      expect(result.lost).toEqual([]);
    });
    test('no article paragraph is taken as furniture', () => {
      expect(result.goldInFurniture).toBe(0);
    });
    test('body and furniture are every word of the page’s text', () => {
      const { draft } = result;
      expect(checkFidelity({ raw: draft.rawText, body: draft.body, furniture: draft.furniture, corrections: [] })).toEqual({
        ok: true,
      });
    });
  });

  test('the rules never read the evaluation marks', () => {
    for (const file of readdirSync(new URL('../../scripts/ingest/', import.meta.url))) {
      if (file === 'evaluate-add.ts') continue;
      expect(readFileSync(new URL(`../../scripts/ingest/${file}`, import.meta.url), 'utf8'), file).not.toContain('data-gold');
    }
  });
});

describe('a page’s text', () => {
  test('one line per block, inline elements joined as a reader sees them, <br> breaks a line', () => {
    const { lines } = readSavedPage(
      page(`<div>Share<span>Facebook</span></div><p>One <a>link</a> here<br>and after</p><ul><li>First</li><li>Second</li></ul>`),
    );
    expect(lines.map((line) => line.text)).toEqual(['ShareFacebook', 'One link here', 'and after', 'First', 'Second']);
  });

  test('what a reader does not see is not text: scripts, styles, hidden elements, iframes, form fields', () => {
    const { lines } = readSavedPage(
      page(
        `<script>var x = "secret";</script><style>p{}</style><p hidden>hidden</p><p style="display: none">none</p><noscript>enable JS</noscript><iframe>frame</iframe><select><option>Choice</option></select><p>${PARAGRAPH}</p>`,
      ),
    );
    expect(lines.map((line) => line.text)).toEqual([PARAGRAPH]);
  });

  test('a page with no text has no lines and no article', () => {
    const result = draftPage(page('<img src="x.jpg">'));
    expect(result.readabilityFailed).toBe(true);
    expect([result.lines, result.body]).toEqual([[], '']);
  });
});

describe('metadata from a page', () => {
  const meta = (head: string, body = '') => readPageMetadata(parsePage(page(body, head)));

  test('JSON-LD (in a @graph too) is confirmed, with where it came from', () => {
    const metadata = meta(
      `<script type="application/ld+json">{"@graph":[{"@type":"WebPage"},{"@type":"NewsArticle","headline":"Talks resume","datePublished":"2025-05-07T23:30:00-04:00","author":[{"@type":"Person","name":"Jane Doe"},{"name":"John Roe"}],"publisher":{"name":"The Fixture Times"}}]}</script>`,
    );
    expect(metadata.headline).toMatchObject({ value: 'Talks resume', confidence: 'confirmed' });
    // The date as the page writes it, in its own time zone, whatever the machine's.
    expect(metadata.published).toMatchObject({ value: '2025-05-07', confidence: 'confirmed' });
    expect(metadata.author).toMatchObject({ value: 'Jane Doe and John Roe', confidence: 'confirmed' });
    expect(metadata.outlet).toMatchObject({ value: 'The Fixture Times', confidence: 'confirmed' });
  });

  test('og: and article: meta, and the canonical link, are confirmed; a non-web address is not taken', () => {
    const metadata = meta(
      '<meta property="og:title" content="Talks resume"><meta property="og:site_name" content="Fixture"><meta property="article:published_time" content="2025-05-07"><link rel="canonical" href="javascript:alert(1)"><meta property="og:url" content="https://example.org/talks">',
    );
    expect(metadata.sourceUrl).toMatchObject({ value: 'https://example.org/talks', confidence: 'confirmed' });
    expect(metadata.published?.value).toBe('2025-05-07');
  });

  test('a <title> with the site’s name after it gives the headline without it, as inferred', () => {
    const metadata = meta('<title>Talks resume | Fixture</title><meta property="og:site_name" content="Fixture">');
    expect(metadata.headline).toMatchObject({ value: 'Talks resume', confidence: 'inferred' });
  });

  test('og:title that repeats the <h1> with more after it gives the <h1>', () => {
    const metadata = meta('<meta property="og:title" content="Talks resume | Jane Doe">', '<h1>Talks resume</h1>');
    expect(metadata.headline).toMatchObject({ value: 'Talks resume', confidence: 'confirmed' });
  });

  test('only a <time> on the page: the date is inferred; nothing at all: every field unknown', () => {
    expect(meta('', '<time datetime="2025-05-07T10:00:00Z">7 May</time>').published).toMatchObject({
      value: '2025-05-07',
      confidence: 'inferred',
    });
    const result = draftPage(page(`<article><p>${PARAGRAPH}</p><p>${PARAGRAPH}</p></article>`));
    for (const field of ['headline', 'outlet', 'published', 'author', 'sourceUrl'] as const) {
      expect(result.metadata[field]).toMatchObject({ value: null, confidence: 'unknown' });
    }
  });

  test('a byline on the page, not in its metadata, is inferred', () => {
    const result = draftPage(
      page(
        `<article><h1>Talks resume</h1><p class="byline">By Jane Doe</p><p>${PARAGRAPH}</p><p>${PARAGRAPH} Again.</p></article>`,
      ),
    );
    expect(result.metadata.author).toMatchObject({ value: 'Jane Doe', confidence: 'inferred' });
  });
});
