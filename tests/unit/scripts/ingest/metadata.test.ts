/**
 * Metadata for a draft (scripts/ingest/metadata.ts): from a page's own markup (JSON-LD, meta tags,
 * title, byline, time), and dates and bylines as texts write them.
 */
import { describe, expect, test } from 'vitest';
import { isoDateOf, namesOfByline, readPageMetadata, writtenDate } from '../../../../scripts/ingest/metadata.ts';
import { parsePage } from '../../../../scripts/ingest/page-text.ts';
import { draftPage, htmlPage as page, PARAGRAPH } from '../../../helpers/html-page.ts';

describe('metadata from a page', () => {
  const meta = (head: string, body = '') => readPageMetadata(parsePage(page(body, head)));

  test('JSON-LD (in a @graph too) is confirmed, with where it came from', () => {
    const metadata = meta(
      `<script type="application/ld+json">{"@graph":[{"@type":"WebPage"},{"@type":"NewsArticle","headline":"Talks ` +
        `resume","datePublished":"2025-05-07T23:30:00-04:00","author":[{"@type":"Person","name":"Jane Doe"},{"name":"John ` +
        `Roe"}],"publisher":{"name":"The Fixture Times"}}]}</script>`,
    );
    expect(metadata.headline).toMatchObject({ value: 'Talks resume', confidence: 'confirmed' });
    // The date as the page writes it, in its own time zone, whatever the machine's.
    expect(metadata.published).toMatchObject({ value: '2025-05-07', confidence: 'confirmed' });
    expect(metadata.author).toMatchObject({ value: 'Jane Doe and John Roe', confidence: 'confirmed' });
    expect(metadata.outlet).toMatchObject({ value: 'The Fixture Times', confidence: 'confirmed' });
  });

  test('og: and article: meta, and the canonical link, are confirmed; a non-web address is not taken', () => {
    const metadata = meta(
      '<meta property="og:title" content="Talks resume"><meta property="og:site_name" content="Fixture"><meta ' +
        'property="article:published_time" content="2025-05-07"><link rel="canonical" href="javascript:alert(1)"><meta ' +
        'property="og:url" content="https://example.org/talks">',
    );
    expect(metadata.sourceUrl).toMatchObject({ value: 'https://example.org/talks', confidence: 'confirmed' });
    expect(metadata.published?.value).toBe('2025-05-07');
  });

  test('an address with a user name in it is never the source address (issue 26)', () => {
    const metadata = meta('<link rel="canonical" href="https://outlet.example@evil.example/talks">');
    expect(metadata.sourceUrl).toBeNull();
  });

  test('a canonical link and an og:url on different sites give an inferred address, saying so (issue 26)', () => {
    const metadata = meta(
      '<link rel="canonical" href="https://evil.example/talks"><meta property="og:url" content="https://www.outlet.example/talks">',
    );
    expect(metadata.sourceUrl).toMatchObject({ value: 'https://evil.example/talks', confidence: 'inferred' });
    expect(metadata.sourceUrl?.note).toMatch(/og:url metadata names another site \(outlet\.example\)/);
    const agreeing = meta(
      '<link rel="canonical" href="https://outlet.example/talks"><meta property="og:url" content="https://www.outlet.example/talks?x=1">',
    );
    expect(agreeing.sourceUrl).toMatchObject({ confidence: 'confirmed' });
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

describe('dates', () => {
  test.each([
    ['2025-04-18T22:30:00-04:00', '2025-04-18'],
    ['2016-12-22T10:43:37Z', '2016-12-22'],
    ['April 18, 2025', '2025-04-18'],
    ['JAN. 13, 2017', '2017-01-13'],
    ['18 April 2025', '2025-04-18'],
    ['22 Dec, 2016', '2016-12-22'],
    ['04.05.2015', null],
    ['14.05.2015', '2015-05-14'],
    ['2025-02-30', null],
    ['yesterday', null],
  ])('%s → %s', (text, date) => {
    expect(isoDateOf(text)).toBe(date);
  });

  test('the first date written in a line', () => {
    expect(writtenDate('April 28, 2019 at 6:01 am Updated April 29, 2019 at 3:33 pm')).toBe('2019-04-28');
  });
});

describe('namesOfByline', () => {
  test.each([
    ['By Erin Cunningham', 'Erin Cunningham'],
    ['by: Laurie Oakes', 'Laurie Oakes'],
    ['By Jon Sopel24 July 2015', 'Jon Sopel'],
    ['By Jane Doe and John Roe | April 18, 2025', 'Jane Doe and John Roe'],
    ['Le Monde | 04.05.2015 à 13h36 | Par Martin Untersinger (avec Damien Leloup et Morgane Tual)', 'Martin Untersinger'],
    ['April 18, 2025', null],
  ])('%s → %s', (line, names) => {
    expect(namesOfByline(line)).toBe(names);
  });
});
