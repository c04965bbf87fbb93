/**
 * A court's or an office's document speaking (src/analysis/reported/document-statements.ts): what
 * it requires, bars or specifies is a statement with the document as its source and no speaker.
 */
import { describe, expect, test } from 'vitest';
import { isCourtDocument } from '../../../../src/analysis/reported/document-statements.ts';
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

  test("a court's document is credited to the court named before it", () => {
    const statements = analyseParagraphs([
      'The Northern Harbour Court granted the order in May.',
      'The port authority declined to comment.',
      'The order compels the port authority to publish every contract.',
    ]).statements.map(statementNotation);
    expect(statements.map(({ content, speaker }) => ({ content, speaker }))).toEqual([
      { content: 'the port authority to publish every contract', speaker: '“Northern Harbour Court”' },
    ]);
  });

  test('"It" after a document stands for it, and shares its court', () => {
    const statements = analyseParagraphs([
      'The Northern Harbour Court granted the order in May.',
      'The order compels the port authority to publish every contract. It specifies that the contracts include all fees.',
      'It requires a lot of work to finish the bridge.',
    ]).statements.map(statementNotation);
    expect(statements.map(({ content, source, speaker }) => ({ content, source, speaker }))).toEqual([
      { content: 'the port authority to publish every contract', source: 'The order', speaker: '“Northern Harbour Court”' },
      { content: 'the contracts include all fees', source: 'It', speaker: '“Northern Harbour Court”' },
    ]);
  });

  test.each([
    ['The court order', true],
    ['a 2005 ruling', true],
    ['The order', true],
    ['The executive order', false],
    ['The complaint', false],
  ])('%s is a court’s document: %s', (phrase, court) => {
    expect(isCourtDocument(phrase)).toBe(court);
  });

  test.each([
    ['a law, which is no statement', 'The law requires a permit for any boat over ten metres.'],
    ['a document that is an object', 'Reporters obtained the order requiring the port to publish every contract.'],
  ])('%s', (_name, paragraph) => {
    expect(statementsOf(paragraph)).toEqual([]);
  });
});
