/**
 * An attribution inside its sentence followed by a clause whose subject is a name
 * (`words-before-attribution.ts`): "If the law conflicts with God's orders, Rubio said, Christians
 * must ignore the law". The words stand on both sides, so the statement runs over the attribution;
 * a quote after the attribution's comma is still a direct quote, not such a clause.
 */
import { describe, expect, test } from 'vitest';
import { analyseParagraphs, statementNotation } from '../../../helpers/reported-statements.ts';

const notations = (paragraph: string) => analyseParagraphs([paragraph]).statements.map((s) => statementNotation(s));

describe('a name and its verb after an attribution inside the sentence', () => {
  test.each([
    [
      'If the ferry stops in winter, Mayor Tilda Varn said, Harbour Council will pay for a bus.',
      'If the ferry stops in winter, Mayor Tilda Varn said, Harbour Council will pay for a bus',
    ],
    [
      'After the vote was counted, police said, Osric Penn voluntarily went to the station.',
      'After the vote was counted, police said, Osric Penn voluntarily went to the station',
    ],
    [
      'Like his remarks about the mill, Varn said, Mr. Penn’s letters were unacceptable.',
      'Like his remarks about the mill, Varn said, Mr. Penn’s letters were unacceptable',
    ],
  ])('%s', (paragraph, content) => {
    expect(notations(paragraph)).toMatchObject([{ content, cue: 'said', rule: 'parenthetical' }]);
  });

  test('a name with no verb after it opens no clause', () => {
    expect(notations('In the spring, Varn said, Harbour Council and the mill.').map((s) => s.rule)).not.toContain(
      'parenthetical',
    );
  });
});
