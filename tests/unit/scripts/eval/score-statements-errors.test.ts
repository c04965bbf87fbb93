/**
 * What the statement error list shows to tell errors apart (scripts/eval/score-statements.ts): a
 * statement withheld with the source the analysis read, and a miss that a statement overlapped
 * with too few of its words.
 */
import { expect, test } from 'vitest';
import type { TextSpan } from '../../../../src/analysis/types.ts';
import { scoreStatements } from '../../../../scripts/eval/score-statements.ts';
import type { GoldStatement, StatementOutcome, SystemStatement } from '../../../../scripts/eval/statement-types.ts';

// Made-up statements: words are spans of an imagined block `p-1`, one word every ten characters.
const words = (first: number, count: number): TextSpan[] =>
  Array.from({ length: count }, (_, index) => ({ block: 'p-1', start: (first + index) * 10, end: (first + index) * 10 + 5 }));
const covering = (first: number, count: number): TextSpan => ({ block: 'p-1', start: first * 10, end: (first + count) * 10 - 5 });

const gold = (first: number, count: number): GoldStatement<string> => ({
  article: 'a',
  block: 'p-1',
  words: words(first, count),
  text: `gold ${first}`,
  cue: 'said',
  speaker: 'ana-lim',
  speakerText: 'Ana Lim',
});
const withheld = (first: number, count: number, source: string | null): SystemStatement => ({
  article: 'a',
  content: covering(first, count),
  text: `system ${first}`,
  cue: 'said',
  speaker: null,
  rule: null,
  source,
});
const judge = (_gold: GoldStatement<string>, found: SystemStatement): StatementOutcome => (found.speaker ? 'right' : 'none');

const { errors } = scoreStatements(
  [
    {
      name: 'a',
      gold: [gold(0, 4), gold(10, 4), gold(20, 6)],
      system: [withheld(0, 4, 'he'), withheld(10, 4, null), withheld(20, 2, null)],
      outOfScope: [],
    },
  ],
  judge,
  () => true,
);

test('a statement with no speaker shows the source that was read, and its cue', () => {
  expect(errors.filter((error) => error.group === 'no speaker').map((error) => error.system)).toEqual([
    '(no speaker) — source “he”, cue “said”',
    '(no speaker)',
  ]);
});

test('a miss overlapped by a statement shows that statement', () => {
  expect(errors.find((error) => error.group === 'missed')?.system).toBe('(partly: “system 20”, cue “said”)');
});
