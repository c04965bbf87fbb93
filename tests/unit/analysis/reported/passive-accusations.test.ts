/**
 * An accusation with no one said to make it (src/analysis/reported/content-clause.ts): "are accused of …",
 * "was arrested and accused of …" report what is alleged, with no source and no speaker.
 */
import { describe, expect, test } from 'vitest';
import { analyseParagraphs, statementNotation } from '../../../helpers/reported-statements.ts';

/** The content, cue, source and speaker of each statement of one made-up paragraph. */
function statementsOf(paragraph: string) {
  return analyseParagraphs([paragraph]).statements.map((statement) => {
    const { content, cue, source, speaker } = statementNotation(statement);
    return { content, cue, source, speaker };
  });
}

describe('a passive accusation', () => {
  test.each([
    [
      'a plain passive',
      'Three harbour officials are accused of selling berths to the highest bidder.',
      'selling berths to the highest bidder',
    ],
    [
      'a passive shared with another verb, the next predicate left out',
      'The pilot was arrested and accused of smuggling fuel across the border and has been held since May.',
      'smuggling fuel across the border',
    ],
  ])('%s', (_name, paragraph, content) => {
    expect(statementsOf(paragraph)).toEqual([{ content, cue: 'accused of', source: null, speaker: null }]);
  });

  test('an accusation with its accuser keeps its object', () => {
    expect(statementsOf('Olga Brandt accused the mayor of selling berths.')).toEqual([
      { content: 'the mayor of selling berths', cue: 'accused', source: 'Olga Brandt', speaker: 'olga-brandt*' },
    ]);
  });
});
