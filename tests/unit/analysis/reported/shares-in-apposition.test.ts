/**
 * A poll's share in apposition before its verb ("about two-thirds, 67 percent, say they will …"):
 * the share is the unnamed source (noun-phrase-subjects.ts, find-statements.ts), and a pronoun
 * with its clause after the verb is the words, not a speaker after the verb
 * (words-before-attribution.ts: "…, 33%, say they feel that way").
 */
import { describe, expect, test } from 'vitest';
import { analyseParagraphs, statementNotation } from '../../../helpers/reported-statements.ts';

const notations = (paragraph: string) => analyseParagraphs([paragraph]).statements.map((s) => statementNotation(s));

describe('a share in apposition speaks', () => {
  test('"about two-thirds, 67 percent, say they …"', () => {
    expect(notations('Among likely voters in Harbour, about two-thirds, 67 percent, say they will vote for Varn.')).toMatchObject(
      [{ content: 'they will vote for Varn', cue: 'say', source: '67 percent', speaker: '“67 percent”' }],
    );
  });

  test('"A third of independents, 33%, say they …": the words are after the verb', () => {
    expect(notations('A third of independents, 33%, say they feel that way.')).toMatchObject([
      { content: 'they feel that way', cue: 'say', source: '33%' },
    ]);
  });
});
