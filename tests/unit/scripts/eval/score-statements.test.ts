import { describe, expect, test } from 'vitest';
import type { TextSpan } from '../../../../src/analysis/types.ts';
import { countPatterns, scoreStatements, type StatementArticle } from '../../../../scripts/eval/score-statements.ts';
import type { GoldStatement, StatementOutcome, SystemStatement } from '../../../../scripts/eval/statement-types.ts';
import type { SystemSpeaker } from '../../../../scripts/eval/types.ts';

// Made-up statements: words are spans of an imagined block `p-1`, one word every ten characters.
const words = (first: number, count: number): TextSpan[] =>
  Array.from({ length: count }, (_, index) => ({ block: 'p-1', start: (first + index) * 10, end: (first + index) * 10 + 5 }));
const covering = (first: number, count: number): TextSpan => ({ block: 'p-1', start: first * 10, end: (first + count) * 10 - 5 });

const LIM: SystemSpeaker = { actor: 'ana-lim', label: 'Lim', name: 'Ana Lim', aliases: [], type: 'person', provisional: false };

function gold(first: number, count: number, speaker: string | null, cue: string | null = 'said'): GoldStatement<string | null> {
  return {
    article: 'a',
    block: 'p-1',
    words: words(first, count),
    text: `gold ${first}`,
    cue,
    speaker,
    speakerText: speaker ?? '-',
  };
}

function system(first: number, count: number, speaker: SystemSpeaker | null, rule: string | null, cue = 'said'): SystemStatement {
  return { article: 'a', content: covering(first, count), text: `system ${first}`, cue, speaker, rule };
}

/** Right when the system's actor is the gold's slug; unscored for the gold `unscored`. */
const judge = (statement: GoldStatement<string | null>, found: SystemStatement): StatementOutcome => {
  if (statement.speaker === 'unscored') return 'unscored';
  if (found.speaker === null) return 'none';
  return found.speaker.actor === statement.speaker ? 'right' : 'wrong';
};
const scored = (statement: GoldStatement<string | null>) => statement.speaker !== 'unscored';

describe('scoreStatements', () => {
  const article: StatementArticle<string | null> = {
    name: 'a',
    gold: [
      gold(0, 4, 'ana-lim'),
      gold(10, 4, 'bo-chan'),
      gold(20, 4, 'ana-lim'),
      gold(30, 4, 'ana-lim', 'told'),
      gold(40, 2, 'unscored'),
    ],
    system: [
      system(0, 4, LIM, 'speaker-then-verb'),
      system(10, 2, LIM, 'speaker-then-verb'),
      system(20, 4, null, null),
      system(50, 3, LIM, 'verb-after-content', 'added'),
      system(60, 3, null, null),
    ],
    outOfScope: [words(60, 3)],
  };
  const { figures, errors } = scoreStatements([article], judge, scored);

  test('detection: half the gold words matches; a statement holding a left-out attribution is not counted', () => {
    expect(figures.gold).toBe(5);
    expect(figures.system).toBe(5);
    expect(figures.systemOutOfScope).toBe(1);
    expect(figures.detection).toEqual({ systemScored: 4, systemMatched: 3, goldMatched: 3, precision: 0.75, recall: 0.6 });
  });

  test('speaker: right, wrong, none and missed over the scored gold statements', () => {
    expect(figures.speaker).toMatchObject({ scored: 4, right: 1, wrong: 1, none: 1, missed: 1, unscored: 1 });
    expect(figures.speaker.rightOfDetected).toBeCloseTo(1 / 3);
  });

  test('speaker outcomes by the rule behind the system speaker', () => {
    expect(figures.byRule).toEqual([
      { rule: 'speaker-then-verb', right: 1, wrong: 1, none: 0 },
      { rule: '(no speaker)', right: 0, wrong: 0, none: 1 },
    ]);
  });

  test('errors carry their pattern: the rule, the gold cue of a miss, the system cue of a spurious statement', () => {
    expect(errors.map((error) => [error.group, error.pattern])).toEqual([
      ['spurious', 'added'],
      ['wrong speaker', 'speaker-then-verb'],
      ['no speaker', '(no speaker)'],
      ['missed', 'told'],
      ['missed', 'said'],
    ]);
    expect(figures.missedByCue).toEqual([
      { pattern: 'said', count: 1 },
      { pattern: 'told', count: 1 },
    ]);
    expect(figures.spuriousByCue).toEqual([{ pattern: 'added', count: 1 }]);
  });

  test('no articles: no rates', () => {
    const empty = scoreStatements([], judge, scored).figures;
    expect(empty.detection.precision).toBeNull();
    expect(empty.speaker.rightRate).toBeNull();
  });
});

describe('countPatterns', () => {
  test('most frequent first, ties by name', () => {
    expect(countPatterns(['b', 'a', 'b', 'c'])).toEqual([
      { pattern: 'b', count: 2 },
      { pattern: 'a', count: 1 },
      { pattern: 'c', count: 1 },
    ]);
  });
});
