/**
 * Shapes of reported words around whom they were said to and who said them (src/analysis/reported/
 * content-clause.ts, unread-sources.ts, stance-on-air.ts): "explained to the agents that", "told the
 * jury X did …", "Ministry of Health officials said", "X was clear that".
 */
import { describe, expect, test } from 'vitest';
import { analyseParagraphs, statementNotation } from '../../../helpers/reported-statements.ts';

/** The content, cue and source of each statement of one made-up paragraph. */
function statementsOf(paragraph: string) {
  return analyseParagraphs([paragraph]).statements.map((statement) => {
    const { content, cue, source } = statementNotation(statement);
    return { content, cue, source };
  });
}

describe('whom the words were said to', () => {
  test('"to" an audience, then "that"', () => {
    expect(statementsOf('Olga Brandt explained to the inspectors that the locks had been changed in May.')).toEqual([
      { content: 'the locks had been changed in May', cue: 'explained', source: 'Olga Brandt' },
    ]);
  });

  test.each([
    ['a verb after "to"', 'Olga Brandt was asked to name a single contract the mayor signed that she believes was rigged.'],
    ['what was answered', 'Olga Brandt responded to reports that the locks had been changed.'],
    ['"that" as a determiner', 'Olga Brandt has pledged to stay in the race through that contest.'],
  ])('%s is no audience', (_name, paragraph) => {
    expect(statementsOf(paragraph).map((statement) => statement.content)).not.toContain('the locks had been changed');
    expect(statementsOf(paragraph).map((statement) => statement.content)).not.toContain('contest');
    expect(statementsOf(paragraph).map((statement) => statement.content)).not.toContain('she believes was rigged');
  });

  test('a gathering told, then a clause with no "that"', () => {
    expect(statementsOf('A second witness, Ivo Saar, told the jury Brandt locked the gate behind her.')).toEqual([
      { content: 'Brandt locked the gate behind her', cue: 'told the jury', source: 'Ivo Saar' },
    ]);
  });
});

describe('who said them', () => {
  test('a body named with "of" before its people', () => {
    expect(statementsOf('Ministry of Transport legal advisers replied that the fares could not be capped.')).toEqual([
      { content: 'the fares could not be capped', cue: 'replied', source: 'Ministry of Transport legal advisers' },
    ]);
  });

  test('a stance stated: "was clear that", not "It was clear that"', () => {
    // Stances are read in paragraphs where a speech cue was read (`stanceReadings`).
    const paragraph =
      'Ivo Saar said the talks would go on. Later, Olga Brandt was clear that she would not sign the deal. It was clear that the talks had failed.';
    expect(statementsOf(paragraph)).toEqual([
      { content: 'the talks would go on', cue: 'said', source: 'Ivo Saar' },
      { content: 'she would not sign the deal', cue: 'was clear', source: 'Olga Brandt' },
    ]);
  });
});
