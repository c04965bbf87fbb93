/**
 * A day named right after the verb, with no "on" ("…, Carly Fiorina said Monday."), the American
 * papers' way: the words came before the attribution (content-clause.ts, ENDS_AFTER_VERB).
 */
import { describe, expect, test } from 'vitest';
import { analyseParagraphs, statementNotation } from '../../../helpers/reported-statements.ts';

const statements = (paragraph: string) =>
  analyseParagraphs([paragraph]).statements.map((statement) => {
    const { content, cue, source, rule } = statementNotation(statement);
    return { content, cue, source, rule };
  });

describe('a bare day after the verb', () => {
  test.each([
    ['The harbour will reopen after the storm season, Tilda Varn said Monday.'],
    ['The harbour will reopen after the storm season, Tilda Varn said Thursday morning.'],
    ['The harbour will reopen after the storm season, Tilda Varn said Friday at a briefing.'],
  ])('%s', (paragraph) => {
    expect(statements(paragraph)).toEqual([
      {
        content: 'The harbour will reopen after the storm season',
        cue: 'said',
        source: 'Tilda Varn',
        rule: 'verb-after-content',
      },
    ]);
  });

  test('a day and then "that" still opens words after the verb', () => {
    expect(statements('Tilda Varn said Monday that the harbour will reopen.')).toMatchObject([
      { content: 'the harbour will reopen', source: 'Tilda Varn', rule: 'speaker-then-verb' },
    ]);
  });
});
