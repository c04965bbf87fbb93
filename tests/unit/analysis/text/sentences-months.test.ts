/** A month's abbreviation before a day does not end a sentence (src/analysis/text/sentences.ts); at a sentence's end it still does. */
import { expect, test } from 'vitest';
import { sentenceEnds } from '../../../../src/analysis/text/sentences.ts';

test('"Dec. 28" is inside its sentence', () => {
  const text = "The officials said the prime minister's Dec. 28 meeting with Trump was scheduled weeks ago.";
  expect(sentenceEnds(text, [])).toEqual([text.length]);
});

test('a month written short at the end of a sentence still ends it', () => {
  const text = 'The vote was moved to Dec. The senators left.';
  expect(sentenceEnds(text, [])).toEqual([text.indexOf('Dec.') + 4, text.length]);
});
