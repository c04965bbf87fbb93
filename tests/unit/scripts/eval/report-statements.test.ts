import { describe, expect, test } from 'vitest';
import type { StatementResult } from '../../../../scripts/eval/evaluate-statements.ts';
import { formatStatements, patternLine, statementsJson } from '../../../../scripts/eval/report-statements.ts';
import { scoreStatements } from '../../../../scripts/eval/score-statements.ts';
import type { GoldStatement } from '../../../../scripts/eval/statement-types.ts';

// A made-up article: one gold statement, missed; one system statement, spurious.
const GOLD: GoldStatement<null> = {
  article: 'pier',
  block: 'p-2',
  words: [{ block: 'p-2', start: 0, end: 3 }],
  text: 'the pier would open',
  cue: 'Said',
  speaker: null,
  speakerText: 'Ana Lim',
};
const SCORE = scoreStatements(
  [
    {
      name: 'pier',
      gold: [GOLD],
      system: [
        {
          article: 'pier',
          content: { block: 'p-5', start: 0, end: 9 },
          text: 'it rained',
          cue: 'added',
          speaker: null,
          rule: null,
        },
      ],
      outOfScope: [],
    },
  ],
  () => 'right',
  () => true,
);
const COUNTS = { statements: 1, withSpeaker: 0, byRule: [{ pattern: '(no speaker)', count: 1 }] };
const SCORED: StatementResult = { gold: 'made-up gold', score: SCORE, system: COUNTS, problems: [], notes: ['a note'] };

describe('formatStatements', () => {
  test('counts only when the set has no statement gold', () => {
    const text = formatStatements({ gold: null, score: null, system: COUNTS, problems: [], notes: [] }, { quietErrors: false });
    expect(text).toContain('no statement gold: system counts only');
    expect(text).toContain('system statements: 1, 0 with a speaker');
    expect(text).not.toContain('detection');
  });

  test('with a gold: detection, speaker and the errors by pattern', () => {
    const text = formatStatements(SCORED, { quietErrors: false });
    expect(text).toContain('detection: precision 0.0 % (0/1), recall 0.0 % (0/1)');
    expect(text).toContain('missed by gold cue: said 1');
    expect(text).toContain('    said (1)\n      pier p-2 "the pier would open" gold: Ana Lim | system: (not found)');
    expect(text).toContain('    added (1)\n      pier p-5 "it rained"');
  });

  test('quiet: no error lines', () => {
    expect(formatStatements(SCORED, { quietErrors: true })).not.toContain('-- statements missed');
  });
});

describe('patternLine', () => {
  test('the first fifteen patterns, then how many more', () => {
    const counts = Array.from({ length: 17 }, (_, index) => ({ pattern: `p${index}`, count: 1 }));
    expect(patternLine(counts)).toMatch(/p14 1, … \(2 more\)$/);
  });
});

describe('statementsJson', () => {
  test('the gold source, the system counts, the figures and the error counts, no text', () => {
    const json = statementsJson(SCORED);
    expect(json).toMatchObject({ goldSource: 'made-up gold', systemCounts: COUNTS, gold: 1, system: 1, problems: 0 });
    expect(json).toMatchObject({ errors: { missed: 1, spurious: 1, 'wrong speaker': 0, 'no speaker': 0 } });
    expect(JSON.stringify(json)).not.toContain('the pier would open');
  });
});
