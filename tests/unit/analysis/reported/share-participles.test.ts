/**
 * A poll's answer written with a participle: the share of a group right before it is its speaker
 * ("…, with 30 percent of voters saying they …"; noun-phrase-subjects.ts, participle-clause.ts), and
 * the statement before it ends where "with" and the share begin (clause-bounds.ts).
 */
import { describe, expect, test } from 'vitest';
import { analyseParagraphs, statementNotation } from '../../../helpers/reported-statements.ts';

const statements = (paragraph: string) =>
  analyseParagraphs([paragraph]).statements.map((statement) => {
    const { content, cue, source, speaker } = statementNotation(statement);
    return { content, cue, source, speaker };
  });

describe('a share before a participle', () => {
  test('after "with", the share of a group speaks', () => {
    expect(statements('The mayor has gained ground, with 40 percent of residents saying the harbour is cleaner.')).toEqual([
      {
        content: 'the harbour is cleaner',
        cue: 'saying',
        source: '40 percent of residents',
        speaker: '“40 percent of residents”',
      },
    ]);
  });

  test('a share in words, as the object of a verb', () => {
    expect(statements('The floods have left four in 10 of the farmers saying the levees must be raised.')).toEqual([
      {
        content: 'the levees must be raised',
        cue: 'saying',
        source: 'four in 10 of the farmers',
        speaker: '“four in 10 of the farmers”',
      },
    ]);
  });

  test('the statement before ends where the share begins', () => {
    expect(statements('Most members described the plan as fair, with about two in 10 saying it went too far.')).toMatchObject([
      { content: 'the plan as fair', cue: 'described' },
      { content: 'it went too far', cue: 'saying', source: 'about two in 10' },
    ]);
  });

  test('a number that is no share does not speak', () => {
    expect(statements('Police received 911 calls saying shots had been fired.')).toEqual([]);
  });
});
