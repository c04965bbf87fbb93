import { describe, expect, test } from 'vitest';
import { scoreSet } from '../../../../scripts/eval/score.ts';
import { goldQuote, system, systemQuote } from '../../../helpers/made-up-quotes.ts';

describe('scoreSet on one quote of each outcome', () => {
  const rubio = system('Marco Rubio', 'person');
  const gold = [
    goldQuote('Right speaker', 'statement', { type: 'person', name: 'Rubio' }),
    goldQuote('Wrong speaker', 'statement', { type: 'person', name: 'Lavrov' }),
    goldQuote('No speaker', 'fragment', { type: 'person', name: 'Rubio' }),
    goldQuote('Missed', 'statement', { type: 'person', name: 'Rubio' }),
    goldQuote('Scare', 'scare', null),
    goldQuote('Nobody named', 'statement', { type: 'none', name: '' }),
  ];
  const found = [
    systemQuote('Right speaker here', 'statement', rubio),
    systemQuote('Wrong speaker here', 'statement', rubio),
    systemQuote('No speaker here', 'fragment', null),
    systemQuote('Scare', 'fragment', null),
    systemQuote('Nobody named here', 'statement', null),
    systemQuote('Spurious', 'statement', null),
  ];
  const { figures, errors } = scoreSet([{ id: 'a', blocks: [], gold, system: found }], {
    match: 'first-words',
    annotatedKinds: ['statement', 'fragment', 'title', 'scare'],
  });

  test.each<[string, () => unknown, unknown]>([
    ['precision: 5 of 6 system quotes matched', () => figures.precision, 5 / 6],
    ['recall: 5 of 6 gold quotes matched', () => figures.recall, 5 / 6],
    ['kind accuracy: 4 of 5 matched agree', () => figures.kind?.accuracy, 4 / 5],
    [
      'speaker counts over the 4 gold quotes with a speaker',
      () => [figures.speaker.gold, figures.speaker.correct, figures.speaker.wrong, figures.speaker.none, figures.speaker.missed],
      [4, 1, 1, 1, 1],
    ],
    [
      'speaker accuracy counts the missed quote as no speaker',
      () => [figures.speaker.accuracy, figures.speaker.noneRate],
      [1 / 4, 2 / 4],
    ],
    ['the abstention is counted apart', () => figures.abstention, { gold: 1, correct: 1, wrong: 0, missed: 0 }],
    [
      'one error in each group',
      () => errors.map((error) => [error.group, error.text]).sort(),
      [
        ['missed', 'Missed'],
        ['no speaker', 'No speaker'],
        ['spurious', 'Spurious'],
        ['wrong kind', 'Scare'],
        ['wrong speaker', 'Wrong speaker'],
      ],
    ],
  ])('%s', (_name, actual, expected) => {
    expect(actual()).toEqual(expected);
  });

  test('precision counts only the kinds the set annotates', () => {
    const onlySpoken = scoreSet([{ id: 'a', blocks: [], gold, system: [...found, systemQuote('A title', 'title', null)] }], {
      match: 'first-words',
      annotatedKinds: ['statement', 'fragment'],
    });
    expect([onlySpoken.figures.systemQuotesScored, onlySpoken.figures.matchedSystemScored]).toEqual([6, 5]);
  });
});
