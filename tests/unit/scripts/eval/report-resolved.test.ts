import { describe, expect, test } from 'vitest';
import { formatResolved } from '../../../../scripts/eval/report-resolved.ts';
import type { ResolvedFigures, ResolvedScore } from '../../../../scripts/eval/score-resolved.ts';
import type { EvaluationError } from '../../../../scripts/eval/types.ts';

const speaker = (right: number, wrong: number, none: number) => ({
  scored: right + wrong + none,
  right,
  wrong,
  none,
  missed: 0,
  rightRate: right / (right + wrong + none),
  wrongRate: wrong / (right + wrong + none),
  noneRate: none / (right + wrong + none),
});

const FIGURES: ResolvedFigures = {
  articles: 1,
  goldQuotes: 4,
  quotesOutsideText: 0,
  byStatus: { name: 3, anon: 1, unresolved: 0, nosource: 0 },
  detection: { systemScored: 4, systemMatched: 4, goldMatched: 4, precision: 1, recall: 1 },
  speaker: { name: speaker(1, 1, 1), anon: speaker(1, 0, 0), all: speaker(2, 1, 1) },
  unscored: { unresolved: 0, nosource: 0 },
  byRule: [
    { rule: 'pronoun', right: 1, wrong: 1, none: 0 },
    { rule: '(no speaker)', right: 0, wrong: 0, none: 1 },
    { rule: 'verb-before-name', right: 1, wrong: 0, none: 0 },
  ],
};

const error = (group: EvaluationError['group'], text: string, method: string): EvaluationError => ({
  group,
  article: 'made-up',
  block: 'p-1',
  kind: 'statement',
  text,
  gold: 'Ana Lim [name]',
  system: '(no speaker)',
  method,
});

const SCORE: ResolvedScore & { source: string } = {
  source: 'speakers-dev.json',
  figures: FIGURES,
  errors: [error('wrong speaker', 'It is long overdue.', 'pronoun'), error('no speaker', 'Nobody asked us,', '(no speaker)')],
};

describe('formatResolved', () => {
  test('the headline figures: detection, and name and anon speakers together', () => {
    const text = formatResolved(SCORE, { quietErrors: true });
    expect(text).toContain('detection: precision 100.0 % (4/4), recall 100.0 % (4/4)');
    expect(text).toContain('speaker, name and anon (4): right 50.0 % (2/4), wrong 25.0 % (1), no speaker 25.0 %');
  });

  test('the counts by rule, without the error list when quiet', () => {
    const text = formatResolved(SCORE, { quietErrors: true });
    expect(text).toContain('pronoun: 2 quotes, right 1 (50.0 %), wrong 1 (50.0 %), none 0');
    expect(text).not.toContain('-- rule');
  });

  test('speaker errors listed under the rule behind them', () => {
    const lines = formatResolved(SCORE, { quietErrors: false }).split('\n');
    const pronoun = lines.findIndex((line) => line.includes('-- rule pronoun: 1 speaker errors'));
    const none = lines.findIndex((line) => line.includes('-- rule (no speaker): 1 speaker errors'));
    expect(pronoun).toBeGreaterThan(-1);
    expect(none).toBeGreaterThan(pronoun);
    expect(lines[pronoun + 2]).toContain('"It is long overdue."');
  });
});
