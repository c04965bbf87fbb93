/**
 * Where a verb's own words follow it although the sentence reads at first like an attribution at its
 * end (content-clause.ts): "told reporters" with a clause after it, and a verb with "that" after a
 * quoted fragment that belongs to an opening phrase.
 */
import { describe, expect, test } from 'vitest';
import { analyseParagraphs, statementNotation } from '../../../helpers/reported-statements.ts';

const statements = (paragraph: string) =>
  analyseParagraphs([paragraph]).statements.map((statement) => {
    const { content, cue, source } = statementNotation(statement);
    return { content, cue, source };
  });

describe('words after the verb', () => {
  test('an opening clause, then "told reporters" and a clause: the clause is told', () => {
    expect(
      statements('While the council argued over the budget, Ostrow told reporters this was the last chance to fix the pier.'),
    ).toEqual([{ content: 'this was the last chance to fix the pier', cue: 'told reporters', source: 'Ostrow' }]);
  });

  test('a quoted fragment in an opening phrase, then a verb with "that"', () => {
    expect(
      statements('Citing “duties at home,” the mayor’s spokeswoman told Harbour Radio that Varn will skip the harbour festival.'),
    ).toMatchObject([{ content: 'Varn will skip the harbour festival', source: 'the mayor’s spokeswoman' }]);
  });
});

describe('whom the words were told to', () => {
  test('an audience in lower case, then "that": the object stops before "that" ("told voters that if …")', () => {
    expect(statements('Mayor Tilda Varn told voters that if the ferry were a stock, she would advise buying it.')).toEqual([
      { content: 'if the ferry were a stock, she would advise buying it', cue: 'told voters', source: 'Tilda Varn' },
    ]);
  });
});

describe('still an attribution', () => {
  test('"told" with only an audience and a time after it', () => {
    expect(statements('The pier will close in May, Ostrow told reporters on Monday.')).toMatchObject([
      { content: 'The pier will close in May', source: 'Ostrow' },
    ]);
  });

  test('a direct quote, then "that" opening a relative clause or a time', () => {
    expect(statements('“It is like new,” Varn said in a film that showed the pier.')).toEqual([]);
    expect(statements('“It is like new,” Varn said that night.')).toEqual([]);
  });
});
