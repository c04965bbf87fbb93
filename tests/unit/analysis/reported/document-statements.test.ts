/**
 * A court's or an office's document speaking (src/analysis/reported/document-statements.ts): what
 * it requires, bars or specifies is a statement with the document as its source and no speaker.
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

describe('a document speaking', () => {
  test('its object and what it must do, past an aside', () => {
    expect(
      statementsOf('The ruling, a copy of which was seen by the Herald, requires the port authority to publish every contract.'),
    ).toEqual([
      { content: 'the port authority to publish every contract', cue: 'requires', source: 'The ruling', speaker: null },
    ]);
  });

  test('its clause after "that"', () => {
    expect(statementsOf('The court order also specifies that ferry fares may not rise before 2027.')).toEqual([
      { content: 'ferry fares may not rise before 2027', cue: 'specifies', source: 'The court order', speaker: null },
    ]);
  });

  test.each([
    ['a law, which is no statement', 'The law requires a permit for any boat over ten metres.'],
    ['a document that is an object', 'Reporters obtained the order requiring the port to publish every contract.'],
  ])('%s', (_name, paragraph) => {
    expect(statementsOf(paragraph)).toEqual([]);
  });
});
