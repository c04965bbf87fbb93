import { describe, expect, test } from 'vitest';
import { ruleOf, tallyByRule } from '../../../../scripts/eval/rule-figures.ts';
import { system, systemQuote } from '../../../helpers/made-up-quotes.ts';

describe('tallyByRule', () => {
  test('counts outcomes per rule, the rule with most quotes first, no speaker under its own row', () => {
    expect(
      tallyByRule([
        { rule: 'pronoun', outcome: 'wrong' },
        { rule: 'verb-before-name', outcome: 'right' },
        { rule: 'pronoun', outcome: 'right' },
        { rule: null, outcome: 'none' },
      ]),
    ).toEqual([
      { rule: 'pronoun', right: 1, wrong: 1, none: 0 },
      { rule: '(no speaker)', right: 0, wrong: 0, none: 1 },
      { rule: 'verb-before-name', right: 1, wrong: 0, none: 0 },
    ]);
  });
});

describe('ruleOf', () => {
  const quote = systemQuote('We will rebuild the pier,', 'statement', system('Ana Lim', 'person'));

  test('the recorded rule', () => {
    expect(ruleOf({ ...quote, rule: 'verb-before-name' })).toBe('verb-before-name');
  });

  test('the method while the analysis records no rule', () => {
    expect(ruleOf(quote)).toBe('explicit');
  });

  test('null for no quote', () => {
    expect(ruleOf(null)).toBeNull();
  });
});
