/**
 * Where a statement's words end when the reporter's sentence goes on with another account
 * (src/analysis/reported/clause-bounds.ts `endBeforeNextReport`, content-clause.ts): a promise's
 * infinitive stops before "but X said", and words stop before "even as Y estimated that …" or
 * ", although … saying"; a contrast that is no other account stays in the words.
 */
import { describe, expect, test } from 'vitest';
import { analyseParagraphs, statementNotation } from '../../../helpers/reported-statements.ts';

/** The statements of one made-up paragraph, as content and cue. */
function statementsOf(paragraph: string) {
  return analyseParagraphs([paragraph]).statements.map((statement) => {
    const { content, cue } = statementNotation(statement);
    return { content, cue };
  });
}

describe('a statement ends where another account begins', () => {
  test('a promise stops before a long new subject that says something else', () => {
    expect(
      statementsOf(
        'Olga Brandt vowed to keep negotiating, but the station’s chief Baltic correspondent Ivo Saar said the mood was bleak.',
      ),
    ).toEqual([
      { content: 'to keep negotiating', cue: 'vowed' },
      { content: 'the mood was bleak', cue: 'said' },
    ]);
  });

  test('"even as" another body reports something else', () => {
    expect(
      statementsOf(
        'Olga Brandt claimed the new port would pay for itself even as the national audit office estimated that it would cost billions.',
      ),
    ).toEqual([{ content: 'the new port would pay for itself', cue: 'claimed' }]);
  });

  test('", although" others are quoted as saying something else', () => {
    expect(
      statementsOf(
        'The coast guard first said 12 sailors had been rescued, although local radio later quoted the harbour master as saying only five were found.',
      )[0],
    ).toEqual({ content: '12 sailors had been rescued', cue: 'said' });
  });

  test.each([
    [
      '"even as" before a noun phrase',
      'Olga Brandt said that the mayor, even as a candidate, had opposed the port.',
      'the mayor, even as a candidate, had opposed the port',
    ],
    [
      '"even as" with no other account',
      'Olga Brandt admitted some delays even as she defended the port and its builders.',
      'some delays even as she defended the port and its builders',
    ],
  ])('%s stays in the words', (_name, paragraph, content) => {
    expect(statementsOf(paragraph)[0]?.content).toBe(content);
  });
});
