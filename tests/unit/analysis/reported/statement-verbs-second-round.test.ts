/**
 * Speech verbs that report words but opened no statement before the second round on PolNeAR train
 * (lexicon/statement-words.ts): "pointed out that …", "points out that …", "remarked that …",
 * "admit that …", "predicts that …". Like the other verbs that also take a plain object, they
 * report words after them only through "that" or a clause ("pointed out the flaws" reports none).
 */
import { describe, expect, test } from 'vitest';
import { analyseParagraphs, statementNotation } from '../../../helpers/reported-statements.ts';

const contents = (paragraph: string) => analyseParagraphs([paragraph]).statements.map((s) => statementNotation(s).content);

describe('verbs of the second round open statements', () => {
  test.each([
    ['Mayor Tilda Varn pointed out that the bridge had been closed twice.', 'the bridge had been closed twice'],
    ['The harbour master points out that the ferries run late in winter.', 'the ferries run late in winter'],
    ['Councillor Osric Penn also pointed out that the budget was spent.', 'the budget was spent'],
    ['Varn remarked that the square looked empty.', 'the square looked empty'],
    ['Even the organisers admit that the fair lost money.', 'the fair lost money'],
    ['The almanac predicts that the winter will be long.', 'the winter will be long'],
  ])('%s', (paragraph, content) => {
    expect(contents(paragraph)).toEqual([content]);
  });

  test('the speaker is read as for "said"', () => {
    const [statement] = analyseParagraphs(['Mayor Tilda Varn pointed out that the bridge had been closed twice.']).statements;
    expect(statementNotation(statement!)).toMatchObject({ cue: 'pointed out', source: 'Tilda Varn', rule: 'speaker-then-verb' });
  });

  test('an object and no clause is not a statement', () => {
    expect(contents('Mayor Tilda Varn pointed out the flaws in the plan.')).toEqual([]);
  });
});
