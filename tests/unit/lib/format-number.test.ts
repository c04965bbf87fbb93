/** Counts written for readers (src/lib/format-number.ts). */
import { describe, expect, test } from 'vitest';
import { countOf, formatCount } from '../../../src/lib/format-number.ts';

describe('words for readers', () => {
  test.each([
    [0, 'articles'],
    [1, 'article'],
    [1252, 'articles'],
  ])('countOf(%i) agrees in number', (count, noun) => {
    expect(countOf(count, 'article')).toBe(`${count.toLocaleString('en-GB')} ${noun}`);
  });
});

describe('formatCount', () => {
  test('groups thousands as English prose does, whatever the machine’s locale', () => {
    expect([formatCount(7), formatCount(999), formatCount(1252), formatCount(109168)]).toEqual(['7', '999', '1,252', '109,168']);
  });
});
