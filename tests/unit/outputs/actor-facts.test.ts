/** The actors index's line under a name and the fact box's words (src/outputs/actor-facts.ts). */
import { describe, expect, test } from 'vitest';
import { actorCountLines, actorSummaryLine, foldName, otherSpellings } from '../../../src/outputs/actor-facts.ts';

describe('otherSpellings', () => {
  test('the name itself is left out, whatever its case, accents or punctuation', () => {
    expect(
      otherSpellings('Volodymyr Zelenskyy', ['Zelenskyy', 'volodymyr zelenskyy', 'Volodýmyr Zelenskyy', 'Zelensky']),
    ).toEqual(['Zelenskyy', 'Zelensky']);
  });

  test('a spelling given twice is listed once, as first written', () => {
    expect(otherSpellings('JD Vance', ['Vance', 'VANCE', 'J.D. Vance', 'J D Vance'])).toEqual(['Vance', 'J.D. Vance']);
  });

  test('no aliases: nothing', () => {
    expect(otherSpellings('Italy', [])).toEqual([]);
  });

  test('foldName ignores case and diacritics', () => {
    expect(foldName('Sergéy  LAVROV')).toBe('sergey lavrov');
  });
});

describe('actorSummaryLine', () => {
  test('the first role when there is one', () => {
    expect(actorSummaryLine({ roles: [{ title: 'US secretary of state' }], description: 'Secretary of state.' })).toBe(
      'US secretary of state',
    );
  });

  test('without a role, the description’s first sentence up to a colon (Anatol Lieven)', () => {
    const description =
      'Analyst quoted by Responsible Statecraft in April 2025: threats to walk away are part of negotiating, but the U.S. must first put forward terms.';
    expect(actorSummaryLine({ roles: [], description })).toBe('Analyst quoted by Responsible Statecraft in April 2025');
  });

  test('without a role, a description of several sentences gives its first ("U.S." does not end it)', () => {
    expect(actorSummaryLine({ roles: [], description: 'The U.S. presidency. Its officials are mostly unnamed.' })).toBe(
      'The U.S. presidency',
    );
  });

  test('the final full stop is dropped, as a role has none, unless it is an abbreviation’s', () => {
    expect(actorSummaryLine({ roles: [], description: 'The EU.' })).toBe('The EU');
    expect(actorSummaryLine({ roles: [], description: 'A think tank in the U.S.' })).toBe('A think tank in the U.S.');
  });

  test('neither a role nor a description: no line', () => {
    expect(actorSummaryLine({ roles: [] })).toBeNull();
    expect(actorSummaryLine({ roles: [], description: '  ' })).toBeNull();
  });
});

describe('actorCountLines', () => {
  test('zero counts are left out, the rest in words, singular or plural', () => {
    expect(actorCountLines({ mentions: 3, quotes: 0, statements: 1, articles: 1, events: 0, namedInEvents: 0 })).toEqual([
      '3 mentions',
      '1 reported statement',
      '1 article',
    ]);
  });

  test('nothing at all: no lines', () => {
    expect(actorCountLines({ mentions: 0, quotes: 0, statements: 0, articles: 0, events: 0, namedInEvents: 0 })).toEqual([]);
  });

  test('events the actor is only named in are counted apart: "more" when it took part in others', () => {
    const base = { mentions: 1, quotes: 0, statements: 0, articles: 1 };
    expect(actorCountLines({ ...base, events: 0, namedInEvents: 1 })).toEqual(['1 mention', '1 article', 'named in 1 event']);
    expect(actorCountLines({ ...base, events: 11, namedInEvents: 4 })).toEqual([
      '1 mention',
      '1 article',
      '11 events',
      'named in 4 more events',
    ]);
  });
});
