/**
 * Sources on either side of an aside (src/analysis/reported/clause-shapes.ts, content-clause.ts,
 * speakers-after-verb.ts): a relative clause and an auxiliary before the verb ("Israel, which …, has
 * pledged"), and a speaker written after its verb in the middle of the words ("…, say economists, marks …").
 */
import { describe, expect, test } from 'vitest';
import { analyseParagraphs, statementNotation } from '../../../helpers/reported-statements.ts';

/** The content, source and speaker of each statement of one made-up paragraph. */
function statementsOf(paragraph: string) {
  return analyseParagraphs([paragraph]).statements.map((statement) => {
    const { content, source, speaker } = statementNotation(statement);
    return { content, source, speaker };
  });
}

describe('a source beside an aside', () => {
  test('a relative clause, then an auxiliary', () => {
    expect(statementsOf('Norway, which holds the fishing quotas, has pledged to cut the catch by a third.')).toEqual([
      { content: 'to cut the catch by a third', source: 'Norway', speaker: '“Norway”' },
    ]);
  });

  test.each([
    ['a bare plural', 'The new toll, say economists, marks the end of cheap crossings.', 'economists', '“economists”'],
    [
      'a description',
      'The new toll, said one harbour official, would pay for the bridge.',
      'one harbour official',
      '“one harbour official”',
    ],
  ])('a speaker after its verb inside the words: %s', (_name, paragraph, source, speaker) => {
    expect(statementsOf(paragraph)).toEqual([{ content: paragraph.slice(0, -1), source, speaker }]);
  });

  test('a full name after its verb, and where the speaker is from', () => {
    expect(
      statementsOf(
        'As the verdict was read, Brandt stood still, reported Maria Lindqvist of Baltic Public Radio, who was in court.',
      ),
    ).toEqual([
      { content: 'As the verdict was read, Brandt stood still', source: 'Maria Lindqvist', speaker: 'maria-lindqvist*' },
    ]);
  });

  test('a name apposed before its verb keeps the words after it', () => {
    expect(statementsOf('Anna Berg, a philanthropist, said the new toll would pay for the bridge.')[0]?.content).toBe(
      'the new toll would pay for the bridge',
    );
  });
});
