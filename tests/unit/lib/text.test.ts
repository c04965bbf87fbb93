import { describe, expect, test } from 'vitest';
import { isTitleCase, wordCount } from '../../../src/lib/text.ts';

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
