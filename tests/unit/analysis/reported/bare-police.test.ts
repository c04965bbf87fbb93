/**
 * "police", a plural with no -s, as an unnamed source with no determiner (unread-sources.ts,
 * PLURAL_SOURCE_NOUNS): "…, police said." attributes the words before it as "…, officials said." does.
 */
import { describe, expect, test } from 'vitest';
import { analyseParagraphs, statementNotation } from '../../../helpers/reported-statements.ts';

const statements = (paragraph: string) =>
  analyseParagraphs([paragraph]).statements.map((statement) => {
    const { content, cue, source, speaker } = statementNotation(statement);
    return { content, cue, source, speaker };
  });

describe('police with no determiner', () => {
  test('after the words', () => {
    expect(statements('Two fishermen were pulled from the harbour on Sunday, police said.')).toEqual([
      { content: 'Two fishermen were pulled from the harbour on Sunday', cue: 'said', source: 'police', speaker: '“police”' },
    ]);
  });

  test('after the words and "and"', () => {
    expect(statements('The pier was closed, and police said the divers would return at dawn.')).toMatchObject([
      { content: 'the divers would return at dawn', source: 'police', speaker: '“police”' },
    ]);
  });
});
