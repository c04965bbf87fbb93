/** The articles list's opening sentence when there is no standfirst (src/analysis/text/opening.ts). */
import { describe, expect, test } from 'vitest';
import type { BodyBlock } from '../../../../src/analysis/types.ts';
import { articleOpening, firstSentence, shortenToWords } from '../../../../src/analysis/text/opening.ts';

const block = (id: string, text: string, kind: BodyBlock['kind'] = 'paragraph'): BodyBlock => ({ id, text, kind });

describe('firstSentence', () => {
  test.each([
    [
      'Conversations between the U.S. and European allies stalled. Then Moscow spoke.',
      'Conversations between the U.S. and European allies stalled.',
    ],
    ['Mr. Rubio and Sen. Shaheen met on Friday. They disagreed.', 'Mr. Rubio and Sen. Shaheen met on Friday.'],
    ['Talks ended early. But nobody left.', 'Talks ended early.'],
    ['Will it hold? Nobody knows.', 'Will it hold?'],
    ['A text with no full stop at all', 'A text with no full stop at all'],
    ['  Leading space is skipped. Next.', 'Leading space is skipped.'],
  ])('%s', (text, expected) => {
    expect(firstSentence(text)).toBe(expected);
  });

  test('a full stop inside a quote does not end the reporter’s sentence', () => {
    const text = '“No compromise was found. None,” was how Yuri Ushakov summed it up. That is no surprise.';
    const quoteEnd = text.indexOf('”') + 1;
    expect(firstSentence(text, [[0, quoteEnd]])).toBe('“No compromise was found. None,” was how Yuri Ushakov summed it up.');
  });
});

describe('shortenToWords', () => {
  test('a short sentence is kept whole', () => {
    expect(shortenToWords('Talks ended early.', 5)).toEqual({ text: 'Talks ended early.', shortened: false });
  });

  test('a long sentence is cut at a word, hanging punctuation dropped, with an ellipsis', () => {
    expect(shortenToWords('One, two, three, four, five, six.', 3)).toEqual({ text: 'One, two, three…', shortened: true });
  });
});

describe('articleOpening', () => {
  test('the first sentence of the first paragraph, headings and block quotes skipped', () => {
    const blocks = [
      block('p-1', 'Analysis', 'heading'),
      block('p-2', 'A quoted letter.', 'quote'),
      block('p-3', 'Rubio spoke. Then he left.'),
    ];
    expect(articleOpening(blocks, [])).toEqual({ text: 'Rubio spoke.', shortened: false });
  });

  test('the article’s quotes in that paragraph keep their full stops from ending the sentence', () => {
    const text = '“We will move on. Soon,” Rubio said in Paris. He left.';
    const quotes = [{ parts: [{ block: 'p-1', start: 0, end: text.indexOf('”') + 1 }] }];
    expect(articleOpening([block('p-1', text)], quotes)?.text).toBe('“We will move on. Soon,” Rubio said in Paris.');
  });

  test('a body with no paragraph has no opening', () => {
    expect(articleOpening([block('p-1', 'Heading', 'heading')], [])).toBeNull();
    expect(articleOpening([], [])).toBeNull();
  });

  test('a long first sentence is shortened to the word limit', () => {
    const long = `${Array.from({ length: 60 }, (_, index) => `word${index}`).join(' ')}.`;
    const opening = articleOpening([block('p-1', long)], [], 10)!;
    expect(opening.shortened).toBe(true);
    expect(opening.text.split(' ')).toHaveLength(10);
    expect(opening.text.endsWith('word9…')).toBe(true);
  });
});
