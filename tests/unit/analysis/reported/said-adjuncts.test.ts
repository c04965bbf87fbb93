/**
 * What may stand between "said" and its words (content-clause.ts, clause-bounds.ts): "for the first
 * time" or "at the time" before "that", and a share opened by "about" ("said about half of …"), which
 * is the words' subject, not a topic; and a subject joined by "both … and" inside the words, which
 * does not end them ("said both he and Rubio promised …"); a colon and words with no quotation mark ("said:
 * Let no one be mistaken …").
 */
import { describe, expect, test } from 'vitest';
import { analyseParagraphs, statementNotation } from '../../../helpers/reported-statements.ts';

const contents = (paragraph: string) => analyseParagraphs([paragraph]).statements.map((s) => statementNotation(s).content);

describe('words after "said" and an adjunct', () => {
  test.each([
    ['Mayor Tilda Varn also said for the first time that the ferry would stop.', 'the ferry would stop'],
    ['Mayor Tilda Varn said at the time that the ferry would stop.', 'the ferry would stop'],
    ['Mayor Tilda Varn said about half of the budget went to the ferry.', 'about half of the budget went to the ferry'],
  ])('%s', (paragraph, content) => {
    expect(contents(paragraph)).toEqual([content]);
  });

  test('"said about" a topic is still no statement', () => {
    expect(contents('Mayor Tilda Varn said about the ferry only what the council knew.')).toEqual([]);
  });
});

describe('a subject joined by "both … and" inside the words', () => {
  test('"said both he and Penn promised …": the words do not stop at "and"', () => {
    expect(contents('Mayor Tilda Varn said both she and Osric Penn promised to mend the pier.')).toContain(
      'both she and Osric Penn promised to mend the pier',
    );
  });
});

describe('a colon after the verb', () => {
  test('"said: Let no one be mistaken …" with no quotation mark reports the words', () => {
    expect(contents('In a speech last July, Mayor Tilda Varn said: Let no one be mistaken, the ferry is a cancer.')).toEqual([
      'Let no one be mistaken, the ferry is a cancer',
    ]);
  });

  test('a colon before a quote leaves it a quote', () => {
    expect(contents('Mayor Tilda Varn said: “Let no one be mistaken, the ferry is a cancer.”')).toEqual([]);
  });
});
