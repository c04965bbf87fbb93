/**
 * A few words of an unnamed source, repeated by a person the article names in the next breath, are that person's
 * (src/analysis/attribution/repeated-fragments.ts), through the whole analysis with the made-up actors.
 */
import { describe, expect, test } from 'vitest';
import { analyzeArticle } from '../../../../src/analysis/analyze-article.ts';
import { paragraphBlocks } from '../../../helpers/body-blocks.ts';
import { madeUpActorMatcher } from '../../../helpers/made-up-actors.ts';

const matcher = madeUpActorMatcher();
const FRAGMENT = 'Earlier a spokeswoman for the minister said the request provided “a starting point” for more talks.';

/** The speaker of the quote that starts with `words`: `slug*` for a provisional person, `“label”` for an unnamed source. */
function speakerOf(paragraphs: string[], words: string): string | null {
  const blocks = paragraphBlocks(...paragraphs);
  const analysis = analyzeArticle(
    { slug: 't', file: 't.md', blocks, published: '2025-05-01', curations: [], notPeople: [] },
    matcher,
  );
  const speaker = analysis.quotes.find((quote) => quote.text.startsWith(words))!.speaker;
  if (!speaker) return null;
  return speaker.actor === null ? `“${speaker.label}”` : `${speaker.actor}${speaker.provisional ? '*' : ''}`;
}

describe('nameRepeatedFragments', () => {
  test('the unnamed spokeswoman is the person whose quote in the next paragraph repeats her words', () => {
    const next = '“It is still not enough,” said Ana Lim. But “it certainly offers a starting point for further talks.”';
    expect(speakerOf([FRAGMENT, next], 'a starting point')).toBe('ana-lim*');
  });

  test('words no later quote repeats keep their source', () => {
    expect(speakerOf([FRAGMENT, '“It is still not enough,” said Ana Lim.'], 'a starting point')).toBe(
      '“a spokeswoman for the minister”',
    );
  });

  test('a repeating quote two paragraphs on is too far', () => {
    const later = '“It certainly offers a starting point for further talks,” said Ana Lim.';
    expect(speakerOf([FRAGMENT, 'The talks went on.', later], 'a starting point')).toBe('“a spokeswoman for the minister”');
  });
});
