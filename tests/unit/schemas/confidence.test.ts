/** A fact's note as a sentence (src/schemas/confidence.ts); the words for readers are tested with reader-labels. */
import { describe, expect, test } from 'vitest';
import { asSentence } from '../../../src/schemas/confidence.ts';

describe('words for readers', () => {
  test('a note becomes a sentence', () => {
    expect(asSentence('inferred from the text.')).toBe('Inferred from the text.');
    expect(asSentence('the page carries no byline')).toBe('The page carries no byline.');
  });
});
