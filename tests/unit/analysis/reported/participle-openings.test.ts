/**
 * Participles that report words after a comma inside a closing quote mark ("… on a “bad
 * earpiece,” claiming he had …") and after where the words were said ("saying at a church in
 * Cleveland that …", "writing on Twitter that …"): `participle-clause.ts`.
 */
import { describe, expect, test } from 'vitest';
import { analyseParagraphs, statementNotation } from '../../../helpers/reported-statements.ts';

const notations = (paragraph: string) => analyseParagraphs([paragraph]).statements.map((s) => statementNotation(s));

describe('participles after a closing quote mark or an adjunct', () => {
  test.each([
    [
      'Mayor Tilda Varn mocked the plan as a “bridge to nowhere,” noting that it had cost two million pounds.',
      'noting',
      'it had cost two million pounds',
    ],
    [
      'Mayor Tilda Varn blamed the delay on a “bad ferry,” claiming she had warned the council.',
      'claiming',
      'she had warned the council',
    ],
    [
      'Mayor Tilda Varn reprimanded the council, saying at a church in Harbour that the bridge had cost too much.',
      'saying',
      'the bridge had cost too much',
    ],
    [
      'Mayor Tilda Varn made a third attempt, writing on Twitter that the real issue was the ferry.',
      'writing',
      'the real issue was the ferry',
    ],
  ])('%s', (paragraph, cue, content) => {
    expect(notations(paragraph)).toContainEqual(
      expect.objectContaining({ cue, content, rule: 'participle-after-clause', source: expect.stringMatching(/Varn/u) }),
    );
  });

  test('"writing" with an object and no "that" reports nothing', () => {
    expect(notations('Mayor Tilda Varn spent the winter writing on the history of the mill.')).toEqual([]);
  });
});
