import { describe, expect, test } from 'vitest';
import { QuotedText, quotedTextsByBlock } from '../../../../src/analysis/text/quoted-text.ts';
import { sentenceAround } from '../../../../src/analysis/text/sentences.ts';
import { findSpeechCues } from '../../../../src/analysis/text/speech-cues.ts';

const TEXT = 'Sen. Jeanne Shaheen spoke first. “We will not sign. Not today,” she said. Petrova added that it was over.';
const QUOTE = [TEXT.indexOf('“'), TEXT.indexOf('”') + 1] as const;

describe('QuotedText', () => {
  const block = new QuotedText(TEXT, [QUOTE]);

  test.each([
    ['Shaheen', 'Sen. Jeanne Shaheen spoke first.'],
    ['sign', '“We will not sign. Not today,” she said.'],
    ['Petrova', 'Petrova added that it was over.'],
  ])('the sentence around "%s" is the one sentenceAround finds', (word, sentence) => {
    const at = TEXT.indexOf(word);
    const found = block.sentenceAround(at, at + word.length);
    expect(found).toEqual(sentenceAround(TEXT, [QUOTE], at, at + word.length));
    expect(TEXT.slice(found.start, found.end)).toBe(sentence);
  });

  test('its speech cues are the ones findSpeechCues finds, found once', () => {
    expect(block.speechCues()).toEqual(findSpeechCues(TEXT, [QUOTE]));
    expect(block.speechCues()).toBe(block.speechCues());
    expect(block.sentenceEnds()).toBe(block.sentenceEnds());
  });

  test('it keeps the quotes sorted by start, and knows what is inside them', () => {
    const unsorted = new QuotedText('“a” and “b”', [
      [8, 11],
      [0, 3],
    ]);
    expect(unsorted.quoted).toEqual([
      [0, 3],
      [8, 11],
    ]);
    expect([unsorted.isQuoted(1), unsorted.isQuoted(5), unsorted.isQuoted(9)]).toEqual([true, false, true]);
  });
});

describe('quotedTextsByBlock', () => {
  test('gives every block its text and its quotes', () => {
    const blocks = [
      { id: 'p-1', text: 'No quote here.', kind: 'paragraph' as const },
      { id: 'p-2', text: TEXT, kind: 'paragraph' as const },
    ];
    const texts = quotedTextsByBlock(blocks, [{ parts: [{ block: 'p-2', start: QUOTE[0], end: QUOTE[1] }] }]);
    expect([...texts.keys()]).toEqual(['p-1', 'p-2']);
    expect(texts.get('p-1')!.quoted).toEqual([]);
    expect(texts.get('p-2')!.quoted).toEqual([QUOTE]);
  });
});
