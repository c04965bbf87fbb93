/**
 * Sources the name reader made a new person of, read again (src/analysis/reported/misread-names.ts,
 * unread-sources.ts): a plural written in lower case elsewhere is an unnamed source, a name that runs on
 * past "and" to a body's noun is that body, and a source phrase that goes on inside quote marks is not read.
 */
import { describe, expect, test } from 'vitest';
import { analyseParagraphs, statementNotation } from '../../../helpers/reported-statements.ts';

/** The content and speaker of each statement of a made-up article. */
function speakersOf(...paragraphs: string[]) {
  return analyseParagraphs(paragraphs).statements.map((statement) => {
    const { content, speaker } = statementNotation(statement);
    return { content, speaker };
  });
}

describe('a source read again', () => {
  test('a capitalised plural the article writes in lower case is an unnamed source', () => {
    expect(
      speakersOf(
        'Naturopaths say the weaker the brew, the stronger the effect.',
        'Some naturopaths in the valley sell it online.',
      ),
    ).toEqual([{ content: 'the weaker the brew, the stronger the effect', speaker: '“naturopaths”' }]);
  });

  test('a one-word capitalised plural before a verb in the plural is an unnamed source', () => {
    expect(speakersOf('Naturopaths say the weaker the brew, the stronger the effect.')).toEqual([
      { content: 'the weaker the brew, the stronger the effect', speaker: '“naturopaths”' },
    ]);
  });

  test('a name that runs on past "and" to a body is that body', () => {
    expect(
      speakersOf(
        'Ferries are critical to the economy, accounting for 15 percent of output, according to the Global Ferry and Shipping Council.',
      ),
    ).toEqual([
      {
        content: 'Ferries are critical to the economy, accounting for 15 percent of output',
        speaker: '“Global Ferry and Shipping Council”',
      },
    ]);
  });

  test('a source phrase that goes on inside quote marks is not read', () => {
    expect(
      speakersOf(
        'At least four of the nine judges leaned towards the port, according to the latest “shadow vote” of court watchers.',
      ),
    ).toEqual([{ content: 'At least four of the nine judges leaned towards the port', speaker: null }]);
  });

  test('a source ending its sentence before a quote is read', () => {
    expect(
      speakersOf(
        'Fishermen in the bay were angry at the ruling, according to Baymail.com. “They felt betrayed,” the site said.',
      )[0],
    ).toEqual({ content: 'Fishermen in the bay were angry at the ruling', speaker: '“Baymail.com”' });
  });
});
