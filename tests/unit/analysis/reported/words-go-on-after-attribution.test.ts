/**
 * Words that go on after an attribution inside their sentence with "because", "so", "to",
 * "while", "although" … are still the speaker's ("The effects are difficult to predict, many
 * economists say, because there is little precedent …": `words-before-attribution.ts`); a
 * participle after the attribution ("…, she said, adding that …") is a report of its own.
 */
import { describe, expect, test } from 'vitest';
import { analyseParagraphs, statementNotation } from '../../../helpers/reported-statements.ts';

const contents = (paragraph: string) => analyseParagraphs([paragraph]).statements.map((s) => statementNotation(s).content);

describe('the words go on after the attribution', () => {
  test.each([
    'The effects are difficult to predict, many economists say, because there is little precedent for such a rise.',
    'It was impossible, Mayor Tilda Varn said, so the council decided to divide the work.',
    'It is her job, Mayor Tilda Varn said, to talk to the council about the ferry.',
  ])('%s', (paragraph) => {
    expect(contents(paragraph)).toEqual([paragraph.slice(0, -1)]);
  });

  test('a participle after the attribution reports words of its own', () => {
    expect(contents('The ferry will stop, Mayor Tilda Varn said, adding that the bus would run.')).toEqual([
      'The ferry will stop',
      'the bus would run',
    ]);
  });
});
