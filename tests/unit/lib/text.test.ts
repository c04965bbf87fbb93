import { describe, expect, test } from 'vitest';
import { detachedCopy, isBlankBetween, isTitleCase, windowAround, wordCount } from '../../../src/lib/text.ts';

describe('wordCount', () => {
  test.each([
    ['', 0],
    ['one', 1],
    ['  two   words  ', 2],
    ['some things … even in the past 24 hours', 8],
    ['wants to make a deal for me…as crazy as it sounds.', 12],
    ['peace – either side, or both – we want', 7],
    ['the U.S. and 9/11', 4],
    ['wait...what', 2],
    ['— … –', 0],
  ])('%j has %i words', (text, count) => {
    expect(wordCount(text)).toBe(count);
  });
});

describe('isTitleCase', () => {
  const small = new Set(['the', 'of', 'with']);
  test.each([
    ['Meet the Press', true],
    ['Meet the Press with Kristen Welker', true],
    ['60 Minutes', true],
    ['60 Minutes.', true],
    ['Meet the Press,', true],
    ['Hello', false],
    ['the Apprentice', false],
    ['Art of War', true],
    ['Art for War', false],
    ['War, Peace', false],
    ['Made in America: the Film', false],
  ])('%j: %s', (text, expected) => {
    expect(isTitleCase(text, small)).toBe(expected);
  });
});

describe('isBlankBetween and windowAround (reading near a place, in a text of any length)', () => {
  test('isBlankBetween', () => {
    expect(isBlankBetween('  “We', 0, 2)).toBe(true);
    expect(isBlankBetween('He said “We', 0, 8)).toBe(false);
    expect(isBlankBetween('x', 1, 1)).toBe(true);
  });

  test('windowAround keeps a short span whole and cuts a long one at spaces, saying where', () => {
    const text = `${'word '.repeat(200)}Peskov said ${'more '.repeat(400)}`;
    const at = text.indexOf('Peskov');
    expect(windowAround(text, { start: 0, end: 20 }, 5, 10, 100, 100)).toEqual({
      start: 0,
      end: 20,
      cutBefore: false,
      cutAfter: false,
    });
    const window = windowAround(text, { start: 0, end: text.length }, at, at + 6, 300, 300);
    expect(window.cutBefore && window.cutAfter).toBe(true);
    expect(at - window.start).toBeLessThanOrEqual(300);
    expect(window.end - (at + 6)).toBeLessThanOrEqual(300);
    expect([text[window.start - 1], text[window.end]]).toEqual([' ', ' ']);
  });
});

describe('detachedCopy (a cut that does not keep its paragraph in memory)', () => {
  test.each([
    ['a plain sentence', 'Peskov said the Kremlin was ready.'],
    ['curly quotes, accents and a dash', '“Мы готовы,” — said Zelenskyy’s aide in Kyiv.'],
    ['an emoji and a lone surrogate', 'talks 🇺🇦 \ud83d resume'],
    ['control characters and a backslash', 'a\tb\\c\u0000d'],
    ['the empty string', ''],
  ])('%s keeps every character', (_name, text) => {
    const cut = `xx${text}yy`.slice(2, -2);
    expect(detachedCopy(cut)).toBe(text);
    expect(detachedCopy(cut).length).toBe(text.length);
  });
});
