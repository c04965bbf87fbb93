/**
 * The items of a list introduced by "X said:" (src/analysis/reported/listed-statements.ts), through
 * the whole analysis: each item is a statement of the verb's subject, when the attribution names it there.
 */
import { expect, test } from 'vitest';
import { analyzeArticle } from '../../../../src/analysis/analyze-article.ts';
import { type KindedText, kindedBlocks } from '../../../helpers/body-blocks.ts';
import { madeUpActorMatcher } from '../../../helpers/made-up-actors.ts';
import { statementNotation } from '../../../helpers/reported-statements.ts';

const matcher = madeUpActorMatcher([{ slug: 'sergey-lavrov', name: 'Sergey Lavrov', aliases: ['Lavrov'], kind: 'person' }]);

function statementsOf(blocks: KindedText[]) {
  const input = { slug: 't', file: 't.md', blocks: kindedBlocks(blocks), published: '2025-05-01', curations: [], notPeople: [] };
  return analyzeArticle(input, matcher).statements.map((statement) => ({
    ...statementNotation(statement),
    block: statement.content.block,
  }));
}

const item = (text: string): KindedText => ({ kind: 'list-item', text });
const paragraph = (text: string): KindedText => ({ kind: 'paragraph', text });

test('each item of a list after "X also said:" is a statement of X', () => {
  const statements = statementsOf([
    paragraph('In a wide-ranging interview, Foreign Minister Sergey Lavrov also said:'),
    item('The corridor must stay open until May'),
    item('He is confident the port will reopen "soon" after the talks.'),
    paragraph('Lavrov flies to Geneva on Friday.'),
  ]);
  expect(statements).toMatchObject([
    {
      block: 'p-2',
      content: 'The corridor must stay open until May',
      cue: 'said',
      source: 'Sergey Lavrov',
      speaker: 'sergey-lavrov',
      rule: 'listed-after-colon',
    },
    { block: 'p-3', content: 'He is confident the port will reopen "soon" after the talks', speaker: 'sergey-lavrov', quoted: 1 },
  ]);
  expect(statements).toHaveLength(2);
});

test('a list after a pronoun, or after a paragraph that does not end with the verb and a colon, is left alone', () => {
  expect(
    statementsOf([paragraph('Lavrov spoke on Monday. He also said:'), item('The corridor must stay open until May')]),
  ).toEqual([]);
  expect(
    statementsOf([paragraph('Lavrov said the talks went well. The agenda:'), item('The corridor must stay open until May')]),
  ).toMatchObject([{ block: 'p-1' }]);
});

test('a list item with a statement of its own keeps it', () => {
  expect(
    statementsOf([paragraph('Sergey Lavrov said:'), item('The envoys said the corridor must stay open until May')]),
  ).toMatchObject([{ block: 'p-2', content: 'the corridor must stay open until May', source: 'The envoys' }]);
});
