/**
 * What a news outlet is said to have reported first ("The meeting was first reported by Politico."):
 * the sentence's subject is the statement, the agent its source and its speaker (src/analysis/reported/reported-by.ts,
 * sourceless-statements.ts).
 */
import { describe, expect, test } from 'vitest';
import { reportedByClauses } from '../../../../src/analysis/reported/reported-by.ts';
import { QuotedText } from '../../../../src/analysis/text/quoted-text.ts';
import { analyseParagraphs, statementNotation } from '../../../helpers/reported-statements.ts';

const statements = (paragraph: string) =>
  analyseParagraphs([paragraph]).statements.map((statement) => {
    const { content, cue, source, speaker } = statementNotation(statement);
    return { content, cue, source, speaker };
  });

describe('reported by an outlet', () => {
  test('the subject is the statement, the outlet its source and its speaker, in its own words', () => {
    expect(statements('The harbour deal was first reported by the Ostmark Gazette. Nobody else had it.')).toEqual([
      {
        content: 'The harbour deal',
        cue: 'was first reported by',
        source: 'the Ostmark Gazette',
        speaker: '“the Ostmark Gazette”',
      },
    ]);
  });

  test('an outlet the article names as an actor speaks as that actor', () => {
    expect(statements('The harbour deal was first reported by Reuters. Nobody else had it.')).toEqual([
      { content: 'The harbour deal', cue: 'was first reported by', source: 'Reuters', speaker: 'reuters' },
    ]);
  });

  test('a time after the outlet is no part of it', () => {
    const text = 'News of the league’s move was reported by Harbour Radio on Friday.';
    const [clause] = reportedByClauses(new QuotedText(text, []));
    expect(clause && [text.slice(clause.start, clause.end), text.slice(clause.sourceStart, clause.sourceEnd)]).toEqual([
      'News of the league’s move',
      'Harbour Radio',
    ]);
  });

  test.each([
    ['a subject with an aside', 'The change, which angered fans, was reported by local papers.'],
    ['an agent that is no name', 'The theft was reported by two guards at the gate.'],
  ])('not: %s', (_name, text) => {
    expect(reportedByClauses(new QuotedText(text, []))).toEqual([]);
  });
});
