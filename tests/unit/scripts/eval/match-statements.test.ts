import { describe, expect, test } from 'vitest';
import type { BodyBlock, TextSpan } from '../../../../src/analysis/types.ts';
import {
  holdsHalf,
  locateContent,
  matchStatements,
  sharedWords,
  wordRanges,
  wordsInSpans,
} from '../../../../scripts/eval/match-statements.ts';

// Made-up text: no article is copied.
const BLOCKS: BodyBlock[] = [
  { id: 'p-1', kind: 'paragraph', text: 'The mayor said the pier would open in May.' },
  { id: 'p-2', kind: 'paragraph', text: 'The ferry won’t run daily, according to an official.' },
];
const span = (block: string, text: string, words: string): TextSpan => {
  const start = text.indexOf(words);
  return { block, start, end: start + words.length };
};
const P1 = BLOCKS[0]!.text;
const P2 = BLOCKS[1]!.text;

describe('wordRanges', () => {
  test('letters and digits, an apostrophe inside a word kept, punctuation left out', () => {
    const text = 'It won’t, in 2016.';
    expect(wordRanges(text).map(([start, end]) => text.slice(start, end))).toEqual(['It', 'won’t', 'in', '2016']);
  });
});

describe('wordsInSpans', () => {
  test('the words a span overlaps, one span per word', () => {
    const words = wordsInSpans([span('p-1', P1, 'pier would')], BLOCKS);
    expect(words.map((word) => P1.slice(word.start, word.end))).toEqual(['pier', 'would']);
  });

  test('a block the layout does not have gives no words', () => {
    expect(wordsInSpans([{ block: 'p-9', start: 0, end: 5 }], BLOCKS)).toEqual([]);
  });
});

describe('holdsHalf', () => {
  const gold = wordsInSpans([span('p-1', P1, 'the pier would open in May')], BLOCKS);

  test('half the gold words is enough', () => {
    expect(sharedWords(gold, span('p-1', P1, 'the pier would'))).toBe(3);
    expect(holdsHalf(gold, span('p-1', P1, 'the pier would'))).toBe(true);
  });

  test('fewer than half is not', () => {
    expect(holdsHalf(gold, span('p-1', P1, 'in May'))).toBe(false);
  });

  test('a span in another block shares nothing', () => {
    expect(holdsHalf(gold, { block: 'p-2', start: 0, end: P2.length })).toBe(false);
  });
});

describe('matchStatements', () => {
  const pier = wordsInSpans([span('p-1', P1, 'the pier would open in May')], BLOCKS);
  const ferry = wordsInSpans([span('p-2', P2, 'The ferry won’t run daily')], BLOCKS);

  test('each gold statement gets the span that holds half its words', () => {
    expect(matchStatements([pier, ferry], [span('p-2', P2, 'ferry won’t run'), span('p-1', P1, 'pier would open in')])).toEqual([
      1, 0,
    ]);
  });

  test('one system statement matches one gold statement at most, the one sharing most words', () => {
    const pierStart = wordsInSpans([span('p-1', P1, 'the pier')], BLOCKS);
    expect(matchStatements([pierStart, pier], [span('p-1', P1, 'the pier would open in May')])).toEqual([null, 0]);
  });

  test('of two spans holding all its words, the gold statement takes the tighter (an outer statement holds the inner whole)', () => {
    const outer = span('p-1', P1, 'The mayor said the pier would open in May');
    const inner = span('p-1', P1, 'the pier would open in May');
    expect(matchStatements([pier], [outer, inner])).toEqual([1]);
    expect(matchStatements([pier], [inner, outer])).toEqual([0]);
  });

  test('no span holding half: no match', () => {
    expect(matchStatements([pier], [span('p-1', P1, 'May')])).toEqual([null]);
  });
});

describe('locateContent', () => {
  test('finds the words in the given block, whatever the apostrophes and case', () => {
    const words = locateContent("the ferry won't run", BLOCKS, 'p-2');
    expect(words?.map((word) => P2.slice(word.start, word.end))).toEqual(['The', 'ferry', 'won’t', 'run']);
  });

  test('looks in the other blocks when the given one does not hold them', () => {
    expect(locateContent('pier would open', BLOCKS, 'p-2')?.[0]?.block).toBe('p-1');
  });

  test('null when the words are nowhere', () => {
    expect(locateContent('the bridge would open', BLOCKS, 'p-1')).toBeNull();
  });
});
