/**
 * A report with nobody named inside another statement's words is not a statement of its own
 * (`withoutSpeakerlessInside` in src/analysis/reported/find-statements.ts).
 */
import { describe, expect, test } from 'vitest';
import { analyseParagraphs, statementNotation } from '../../../helpers/reported-statements.ts';

function statementsOf(...paragraphs: string[]) {
  return analyseParagraphs(paragraphs).statements.map((statement) => {
    const { content, speaker } = statementNotation(statement);
    return { content, speaker };
  });
}

describe('a report with no speaker inside the words of another statement', () => {
  test('is marked only by the statement around it', () => {
    const found = statementsOf(
      'The candidate noted Friday that his campaign has not spent much yet on radio ads. He said he plans to put to ' +
        'good use the roughly $9 million he says he raised for his campaign and party partners on the day after the debate.',
    );
    expect(found.map((statement) => statement.content)).toEqual([
      'his campaign has not spent much yet on radio ads',
      'he plans to put to good use the roughly $9 million he says he raised for his campaign and party partners on the day after the debate',
    ]);
  });

  test('a report with its own speaker, or one outside the other statement’s words, stays', () => {
    const found = statementsOf(
      'Governor Ellen Marsh held a rally in Dayton on Tuesday.',
      'Marsh said the fund would grow. The treasurer, Paul Ode, said it would not.',
    );
    expect(found.map((statement) => statement.content)).toEqual(['the fund would grow', 'it would not']);
  });
});
