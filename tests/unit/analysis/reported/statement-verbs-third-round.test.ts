/**
 * Speech verbs read as cues only from the third round on PolNeAR train (lexicon/speech-words.ts,
 * statement-words.ts, text/speech-cues.ts): the present "reports", "announces", "cites",
 * "mentions", "talks about", "point out", and the participles "announcing", "stating",
 * "reporting", "mentioning", "pointing out". Like their past forms, those that also take a plain
 * object report a clause only through "that" or a clause ("reports earnings" reports none).
 */
import { describe, expect, test } from 'vitest';
import { analyseParagraphs, statementNotation } from '../../../helpers/reported-statements.ts';

const contents = (paragraph: string) => analyseParagraphs([paragraph]).statements.map((s) => statementNotation(s).content);

describe('verbs of the third round open statements', () => {
  test.each([
    ['The Harbour Gazette reports that the ferry will stop in March.', 'the ferry will stop in March'],
    ['The Harbour Gazette reports the ferry will stop in March.', 'the ferry will stop in March'],
    ['Mayor Tilda Varn announces she will run again.', 'she will run again'],
    ['Mayor Tilda Varn cites the closing of the mill as the reason.', 'the closing of the mill as the reason'],
    ['Mayor Tilda Varn talks about the closing of the mill.', 'the closing of the mill'],
    ['But the organisers point out that the fair lost money.', 'the fair lost money'],
    ['Mayor Tilda Varn opened the fair, announcing that the bridge would reopen.', 'the bridge would reopen'],
    ['Mayor Tilda Varn wrote to the council, stating that the budget was spent.', 'the budget was spent'],
    [
      'Mayor Tilda Varn spoke at the fair, pointing out that the bridge had been closed twice.',
      'the bridge had been closed twice',
    ],
  ])('%s', (paragraph, content) => {
    expect(contents(paragraph)).toEqual([content]);
  });

  test('the speaker is read as for "said"', () => {
    const [statement] = analyseParagraphs(['The Harbour Gazette reports that the ferry will stop in March.']).statements;
    expect(statementNotation(statement!)).toMatchObject({ cue: 'reports', rule: 'speaker-then-verb' });
  });

  test('what was tweeted is reported, object or clause', () => {
    expect(contents('Mayor Tilda Varn tweeted her thanks to the ferry crews.')).toEqual(['her thanks to the ferry crews']);
    expect(contents('Mayor Tilda Varn tweeted that the ferry would run.')).toEqual(['the ferry would run']);
  });

  test('an object and no clause is not a statement', () => {
    expect(contents('The mill reports earnings of two million pounds.')).toEqual([]);
  });
});
