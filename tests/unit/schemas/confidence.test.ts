/** Plain words for uncertain facts (src/schemas/confidence.ts). */
import { describe, expect, test } from 'vitest';
import { asSentence, uncertaintyWords } from '../../../src/schemas/confidence.ts';

describe('words for readers', () => {
  test.each([
    ['date', 'confirmed', null],
    ['date', 'inferred', 'date inferred'],
    ['outlet', 'secondary', 'outlet from another source'],
    ['author', 'unknown', 'author unknown'],
  ] as const)('uncertaintyWords(%s, %s) is %j', (field, confidence, words) => {
    expect(uncertaintyWords(field, confidence)).toBe(words);
  });

  test('a note becomes a sentence', () => {
    expect(asSentence('inferred from the text.')).toBe('Inferred from the text.');
    expect(asSentence('the page carries no byline')).toBe('The page carries no byline.');
  });
});
