/**
 * Long lists at archive scale: pagination of the list pages and the bounded sections of the
 * quotes index. Small limits stand in for the real ones, so each rule shows with a few items.
 */
import { describe, expect, test } from 'vitest';
import { pageUrl, pagerNumbers, paginate } from '../../src/lib/pagination.ts';
import { quoteSections, type QuoteForSections } from '../../src/outputs/quote-sections.ts';

describe('paginate', () => {
  const letters = [...'abcdefg'];

  test('splits a list into pages of the given size, the last one shorter', () => {
    const pages = paginate(letters, 3);
    expect(pages.map((page) => page.items.join(''))).toEqual(['abc', 'def', 'g']);
    expect(pages.map((page) => [page.number, page.count, page.first, page.last, page.total])).toEqual([
      [1, 3, 1, 3, 7],
      [2, 3, 4, 6, 7],
      [3, 3, 7, 7, 7],
    ]);
  });

  test('the first page keeps the list’s address; the others are page/N under it', () => {
    expect(paginate(letters, 3).map((page) => page.param)).toEqual([undefined, 'page/2', 'page/3']);
    expect(pageUrl('/articles/', 1)).toBe('/articles/');
    expect(pageUrl('/articles/', 2)).toBe('/articles/page/2/');
  });

  test('a list that fits on one page has one page; an empty list has one empty page', () => {
    expect(paginate(letters, 50)).toHaveLength(1);
    expect(paginate([], 50)).toEqual([{ param: undefined, items: [], number: 1, count: 1, total: 0, first: 0, last: 0 }]);
  });

  test('every item is on exactly one page, in order', () => {
    const items = Array.from({ length: 1234 }, (_, i) => i);
    expect(paginate(items, 50).flatMap((page) => page.items)).toEqual(items);
  });

  test('refuses a page size that is not a whole number ≥ 1', () => {
    expect(() => paginate(letters, 0)).toThrow(/page size/);
    expect(() => paginate(letters, 2.5)).toThrow(/page size/);
  });
});

describe('pagerNumbers', () => {
  test('shows every page of a short list', () => {
    expect(pagerNumbers(2, 4)).toEqual([1, 2, 3, 4]);
  });

  test('shows the first, the last and two either side of the current page, with gaps marked', () => {
    expect(pagerNumbers(10, 200)).toEqual([1, null, 8, 9, 10, 11, 12, null, 200]);
    expect(pagerNumbers(1, 200)).toEqual([1, 2, 3, null, 200]);
    expect(pagerNumbers(200, 200)).toEqual([1, null, 198, 199, 200]);
  });

  test('no gap is marked between neighbours', () => {
    expect(pagerNumbers(4, 7)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });
});

describe('quoteSections', () => {
  interface Q extends QuoteForSections {
    id: string;
  }
  const named = (id: string, actor: string): Q => ({ id, speaker: { actor, label: actor }, outlet: 'Reuters' });
  const unnamed = (id: string, label: string, outlet: string): Q => ({ id, speaker: { actor: null, label }, outlet });
  const scare = (id: string): Q => ({ id, speaker: null, outlet: 'Reuters' });
  const byCountThenName = (a: { actor: string; total: number }, b: { actor: string; total: number }) =>
    b.total - a.total || a.actor.localeCompare(b.actor);

  // Newest first, as the corpus index orders quotes.
  const quotes: Q[] = [
    named('r1', 'rubio'),
    named('t1', 'trump'),
    unnamed('u1', 'a senior official', 'Politico'),
    named('r2', 'rubio'),
    scare('s1'),
    named('r3', 'rubio'),
    named('l1', 'lavrov'),
    unnamed('u2', 'a senior official', 'Politico'),
    unnamed('u3', 'a diplomat', 'ABC'),
    named('t2', 'trump'),
    scare('s2'),
    named('w1', 'witkoff'),
  ];
  const ids = (list: Q[]) => list.map((quote) => quote.id);

  test('named speakers most quoted first (ties by name), then unnamed sources, then titles and scare quotes', () => {
    const index = quoteSections(quotes, byCountThenName, { speakers: 10, quotesPerSection: 10 });
    expect(index.sections.map((section) => section.id)).toEqual(['rubio', 'trump', 'lavrov', 'witkoff', 'unnamed', 'no-speaker']);
    expect(index.moreSpeakers).toEqual([]);
  });

  test('with room for everything, every quote is shown exactly once', () => {
    const index = quoteSections(quotes, byCountThenName, { speakers: 10, quotesPerSection: 10 });
    expect(index.sections.flatMap((section) => ids(section.shown)).sort()).toEqual(ids(quotes).sort());
  });

  test('each section shows its newest quotes up to the limit and counts them all', () => {
    const index = quoteSections(quotes, byCountThenName, { speakers: 10, quotesPerSection: 2 });
    const rubio = index.sections.find((section) => section.id === 'rubio')!;
    expect([ids(rubio.shown), rubio.total]).toEqual([['r1', 'r2'], 3]);
    const unnamedSection = index.sections.find((section) => section.id === 'unnamed')!;
    expect([ids(unnamedSection.shown), unnamedSection.total]).toEqual([['u1', 'u2'], 3]);
  });

  test('only the most quoted speakers get a section; the others are listed with their counts', () => {
    const index = quoteSections(quotes, byCountThenName, { speakers: 2, quotesPerSection: 10 });
    expect(index.sections.map((section) => section.id)).toEqual(['rubio', 'trump', 'unnamed', 'no-speaker']);
    expect(index.moreSpeakers).toEqual([
      { actor: 'lavrov', total: 1 },
      { actor: 'witkoff', total: 1 },
    ]);
  });

  test('unnamed sources are grouped in each article’s own words and per outlet, never merged across outlets', () => {
    const index = quoteSections([...quotes, unnamed('u4', 'a senior official', 'ABC')], byCountThenName, {
      speakers: 10,
      quotesPerSection: 10,
    });
    const groups = index.sections.find((section) => section.id === 'unnamed')!.groups!;
    expect(groups.map((group) => [group.label, ids(group.quotes)])).toEqual([
      ['a senior official (Politico)', ['u1', 'u2']],
      ['a diplomat (ABC)', ['u3']],
      ['a senior official (ABC)', ['u4']],
    ]);
  });

  test('no titles or scare quotes, no section for them', () => {
    const index = quoteSections(
      quotes.filter((quote) => quote.speaker),
      byCountThenName,
      { speakers: 10, quotesPerSection: 10 },
    );
    expect(index.sections.map((section) => section.id)).not.toContain('no-speaker');
  });
});

describe('formatCount', () => {
  test('groups thousands as English prose does, whatever the machine’s locale', async () => {
    const { formatCount } = await import('../../src/lib/format-number.ts');
    expect([formatCount(7), formatCount(999), formatCount(1252), formatCount(109168)]).toEqual(['7', '999', '1,252', '109,168']);
  });
});
