/**
 * "X called Y Z" (src/analysis/reported/called-clause.ts): what someone called something is a
 * reported statement, its object and complement; "called" that names, phones or idles is not.
 */
import { describe, expect, test } from 'vitest';
import { analyseParagraphs, statementNotation } from '../../../helpers/reported-statements.ts';

/** The statements of one made-up paragraph, as content, cue and speaker. */
function statementsOf(paragraph: string) {
  return analyseParagraphs([paragraph]).statements.map((statement) => {
    const { content, cue, speaker } = statementNotation(statement);
    return { content, cue, speaker };
  });
}

describe('what someone called something', () => {
  test.each([
    [
      'a noun phrase and a quoted complement',
      'Minister Olga Brandt called the new border fees “a tax on families” and a “mistake”.',
      'the new border fees “a tax on families” and a “mistake”',
      'olga-brandt*',
    ],
    [
      'a pronoun and a complement, no quote marks',
      'Senator Paul Okafor called them reckless and unfit to govern.',
      'them reckless and unfit to govern',
      'paul-okafor*',
    ],
    [
      'a name and an indefinite complement',
      'Senator Paul Okafor called Mr. Lindqvist a capable negotiator who had been misjudged.',
      'Mr. Lindqvist a capable negotiator who had been misjudged',
      'paul-okafor*',
    ],
    [
      'an article before a quoted complement',
      'Olga Brandt called that a “small correction” driven by the harvest.',
      'that a “small correction” driven by the harvest',
      'olga-brandt*',
    ],
  ])('%s', (_name, paragraph, content, speaker) => {
    expect(statementsOf(paragraph)).toEqual([{ content, cue: 'called', speaker }]);
  });

  test.each([
    ['a phone call', 'Olga Brandt called the police on Tuesday night.'],
    ['a call with a time after the pronoun', 'Olga Brandt called him on Tuesday to apologise.'],
    ['an idiom', 'Olga Brandt called it a day after the vote.'],
    ['a name given', 'A march called the “Bread and Roses Walk” crossed the city.'],
    ['a passive', 'Olga Brandt was called a traitor by her rivals.'],
    ['a meeting called', 'Olga Brandt called a snap meeting of the council.'],
    ['a particle', 'Olga Brandt called her back later.'],
  ])('%s is no statement', (_name, paragraph) => {
    expect(statementsOf(paragraph)).toEqual([]);
  });
});
