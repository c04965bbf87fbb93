/** Pagination of the list pages at archive scale (src/lib/pagination.ts): small page sizes stand in for the real ones. */
import { describe, expect, test } from 'vitest';
import { pageUrl, pagerNumbers, paginate } from '../../../src/lib/pagination.ts';

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
