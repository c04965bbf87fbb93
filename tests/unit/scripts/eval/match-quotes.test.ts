import { describe, expect, test } from 'vitest';
import { matchByFirstWords, matchByOverlap } from '../../../../scripts/eval/match-quotes.ts';
import type { GoldQuote, SystemQuote } from '../../../../scripts/eval/types.ts';
import { goldQuote, systemQuote } from '../../../helpers/made-up-quotes.ts';

describe('quote matching', () => {
  test('first words match after normalising marks and whitespace', () => {
    const gold = [goldQuote('We’re  not going', 'statement', null)];
    expect(matchByFirstWords(gold, [systemQuote("We're not going to continue", 'statement', null)])).toEqual([0]);
  });

  test('overlap matching is one to one, largest overlap first', () => {
    const spanning = (text: string, start: number, end: number): GoldQuote => ({
      article: 'a',
      parts: [{ block: 'p-1', start, end }],
      block: 'p-1',
      text,
      kind: null,
      speaker: null,
    });
    const gold = [spanning('x', 0, 10), spanning('y', 8, 30)];
    const found: SystemQuote[] = [{ ...systemQuote('z', 'statement', null), parts: [{ block: 'p-1', start: 5, end: 30 }] }];
    expect(matchByOverlap(gold, found)).toEqual([null, 0]);
  });
});
