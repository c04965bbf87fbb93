/** The sentence around a span (src/analysis/text/sentences.ts), on sentences of the articles. */
import { expect, test } from 'vitest';
import { sentenceAround } from '../../../../src/analysis/text/sentences.ts';

test.each([
  [
    'an abbreviation does not end a sentence ("U.S. Special Envoy")',
    'It was the meeting between the Russian President and U.S. Special Envoy Steve Witkoff on Tuesday. That’s no surprise.',
    'Witkoff',
    'It was the meeting between the Russian President and U.S. Special Envoy Steve Witkoff on Tuesday.',
  ],
  [
    '"Sen." and "(D-N.H.)" inside, a full stop after the bracket ends it (003)',
    'said Jonathan Green, a former defense policy adviser to Sen. Jeanne Shaheen (D-N.H.). “Gone is whatever public illusion there was.”',
    'Shaheen',
    'said Jonathan Green, a former defense policy adviser to Sen. Jeanne Shaheen (D-N.H.).',
  ],
])('sentenceAround: %s', (_name, text, word, sentence) => {
  const quoteStart = text.indexOf('“');
  const quoted = quoteStart >= 0 ? [[quoteStart, text.length] as const] : [];
  const at = text.indexOf(word);
  const found = sentenceAround(text, quoted, at, at + word.length);
  expect(text.slice(found.start, found.end)).toBe(sentence);
});

test.each([
  [
    'a quote in low-high marks ends the sentence its full stop ends',
    '„Wir schaffen das.“ The chancellor left the room.',
    '„',
    '“',
    'chancellor',
    'The chancellor left the room.',
  ],
  [
    'a sentence may start with a guillemet',
    'The talks failed. «Nothing has changed», she said.',
    '«',
    '»',
    'talks',
    'The talks failed.',
  ],
])('sentenceAround in other quotation styles: %s', (_name, text, open, close, word, sentence) => {
  const quoted = [[text.indexOf(open), text.indexOf(close) + 1] as const];
  const at = text.indexOf(word);
  const found = sentenceAround(text, quoted, at, at + word.length);
  expect(text.slice(found.start, found.end)).toBe(sentence);
});
