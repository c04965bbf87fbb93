import { describe, expect, test } from 'vitest';
import { encodeSaidMeta } from '../../../src/lib/said-meta.ts';
import { expandSaid, pageKind, quoteWords, type SearchResultData } from '../../../src/scripts-client/said-results.ts';

// An article page as Pagefind returns it: words counted from 0, anchors at their first word.
const content = 'The envoy met them. "We are done," Rubio said. Officials said the talks would resume on Friday.';
const page = (overrides: Partial<SearchResultData> = {}): SearchResultData => ({
  url: '/articles/talks/',
  excerpt: 'The envoy met them.',
  content,
  meta: {
    title: 'Talks end',
    outlet: 'The Daily\\, Evening Edition',
    date: '18 April 2025',
    said: encodeSaidMeta([
      { id: 'q-1', speaker: 'Marco Rubio' },
      { id: 's-2', speaker: null },
    ]),
  },
  filters: { type: ['article', 'quote', 'statement'], outlet: ['The Daily, Evening Edition'] },
  locations: [],
  anchors: [
    { element: 'p', id: 'p-1', text: content, location: 0 },
    { element: 'q', id: 'q-1', text: '"We are done,"', location: 4 },
    { element: 'span', id: 's-2', text: 'the talks would resume on Friday.', location: 10 },
  ],
  ...overrides,
});
const noQuery = { hasTerms: false, phrases: [], filters: {} };

describe('an article page result stands for its matching quotes and statements', () => {
  test('a word inside a quote gives the quote, at its anchor, titled who, where and when, then the article', () => {
    const results = expandSaid(page({ locations: [6] }), { ...noQuery, hasTerms: true });
    expect(results.map((result) => result.url)).toEqual(['/articles/talks/#q-1', '/articles/talks/']);
    expect(results[0]!.meta).toMatchObject({
      title: 'Marco Rubio, in The Daily, Evening Edition, 18 April 2025',
      words: 'We are done,',
    });
    expect(results[0]!.filters).toEqual({ type: ['quote'], outlet: ['The Daily, Evening Edition'], speaker: ['Marco Rubio'] });
  });

  test('a word outside every quote gives the article alone', () => {
    expect(expandSaid(page({ locations: [1] }), { ...noQuery, hasTerms: true }).map((r) => r.url)).toEqual(['/articles/talks/']);
  });

  test('a statement with no speaker says so, and is found by its last word', () => {
    const [statement] = expandSaid(page({ locations: [15] }), { ...noQuery, hasTerms: true });
    expect(statement!.url).toBe('/articles/talks/#s-2');
    expect(statement!.meta.title).toBe('Source not determined, reported in The Daily, Evening Edition, 18 April 2025');
    expect(statement!.filters.speaker).toBeUndefined();
  });

  test('a search by filters alone lists every quote of the speaker asked for, and not the article', () => {
    const results = expandSaid(page(), { ...noQuery, filters: { speaker: ['Marco Rubio'] } });
    expect(results.map((result) => result.url)).toEqual(['/articles/talks/#q-1']);
  });

  test('a type filter keeps only its kinds', () => {
    expect(expandSaid(page(), { ...noQuery, filters: { type: ['statement'] } }).map((r) => r.url)).toEqual([
      '/articles/talks/#s-2',
    ]);
    expect(expandSaid(page(), { ...noQuery, filters: { type: ['article'] } }).map((r) => r.url)).toEqual(['/articles/talks/']);
  });

  test('an exact phrase must be in the quote’s own words', () => {
    const query = { hasTerms: true, phrases: ['are done'], filters: {} };
    expect(expandSaid(page({ locations: [5, 6, 11] }), query).map((r) => r.url)).toEqual([
      '/articles/talks/#q-1',
      '/articles/talks/',
    ]);
  });

  test('a page with no said metadata is itself, unless a speaker filter leaves it out', () => {
    const actor = page({ meta: { title: 'Marco Rubio' }, filters: { type: ['actor'] }, anchors: [] });
    expect(expandSaid(actor, noQuery)).toEqual([actor]);
    expect(expandSaid(actor, { ...noQuery, filters: { speaker: ['Marco Rubio'] } })).toEqual([]);
  });
});

describe('helpers', () => {
  test('a quote’s words lose the outlet’s quotation marks, not their inner ones', () => {
    expect(quoteWords('"I said \'no\' twice,"')).toBe("I said 'no' twice,");
    expect(quoteWords('“move on.”')).toBe('move on.');
  });

  test('an article page is an article whatever else its type lists', () => {
    expect(pageKind({ filters: { type: ['quote', 'article'] } })).toBe('article');
    expect(pageKind({ filters: { type: ['event'] } })).toBe('event');
    expect(pageKind({ filters: {} })).toBe('page');
  });
});
