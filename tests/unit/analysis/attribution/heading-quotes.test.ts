/**
 * A quoted subheading takes the speaker of the quote in its section that repeats its words
 * (src/analysis/attribution/heading-quotes.ts), through the whole analysis, on made-up sections.
 */
import { describe, expect, test } from 'vitest';
import { analyzeArticle } from '../../../../src/analysis/analyze-article.ts';
import { repeatsInOrder } from '../../../../src/analysis/attribution/heading-quotes.ts';
import { type KindedText, kindedBlocks } from '../../../helpers/body-blocks.ts';
import { madeUpActorMatcher } from '../../../helpers/made-up-actors.ts';

const matcher = madeUpActorMatcher();

/** The speaker of the first quote (the subheading's): `slug`, `slug*` when provisional, or null; and its rule. */
function headingSpeaker(blocks: KindedText[]): { speaker: string | null; rule: string | null } {
  const analysis = analyzeArticle(
    {
      slug: 'test-article',
      file: 'test.md',
      blocks: kindedBlocks(blocks),
      published: '2025-05-01',
      curations: [],
      notPeople: [],
    },
    matcher,
  );
  const quote = analysis.quotes[0]!;
  const speaker =
    quote.speaker && (quote.speaker.provisional ? `${quote.speaker.actor}*` : (quote.speaker.actor ?? quote.speaker.label));
  return { speaker, rule: quote.speakerRule };
}

const heading = (text: string): KindedText => ({ kind: 'heading', text });
const paragraph = (text: string): KindedText => ({ kind: 'paragraph', text });

describe('a quoted subheading', () => {
  test('takes the speaker of the quote below that repeats its words', () => {
    expect(
      headingSpeaker([
        heading('‘A muddled, muddled plan’'),
        paragraph('The council met on Monday to vote on the harbour scheme.'),
        paragraph('“This is what you would call a muddled, muddled plan,” Dana Pell said. “Nobody has read it.”'),
      ]),
    ).toEqual({ speaker: 'dana-pell*', rule: 'quoted-subheading' });
  });

  test('takes it when the quote below puts a word or two between its words', () => {
    expect(
      headingSpeaker([
        heading('‘Losing out credibility’'),
        paragraph('Dana Pell, a historian, watched the vote.'),
        paragraph('She said the “council has been losing out its credibility” since the spring.'),
      ]).speaker,
    ).toBe('dana-pell*');
  });

  test('keeps none when no quote of its section repeats it, even one in the next section', () => {
    expect(
      headingSpeaker([
        heading('‘A muddled, muddled plan’'),
        paragraph('“We will read it first,” Dana Pell said.'),
        heading('Next steps'),
        paragraph('“This is a muddled, muddled plan,” Cory Hale said.'),
      ]).speaker,
    ).toBeNull();
  });

  test('keeps none when two speakers repeat it', () => {
    expect(
      headingSpeaker([
        heading('‘A muddled plan’'),
        paragraph('“It is a muddled plan,” Dana Pell said.'),
        paragraph('“A muddled plan indeed,” Cory Hale said.'),
      ]).speaker,
    ).toBeNull();
  });

  test('keeps none for a quote above it', () => {
    expect(headingSpeaker([paragraph('Nothing quoted here.'), heading('“Ready for anything”')]).speaker).toBeNull();
  });
});

describe('repeatsInOrder', () => {
  test.each([
    [['it', 'is', 'just', 'bubbling', 'under', 'the', 'surface'], ['just', 'under', 'the', 'surface'], true],
    [['a', 'b', 'x', 'y', 'z', 'c'], ['a', 'b', 'c'], false],
    [['c', 'b', 'a'], ['a', 'b', 'c'], false],
    [['a', 'a', 'b'], ['a', 'b'], true],
  ])('%j holds %j: %s', (outer, inner, expected) => {
    expect(repeatsInOrder(outer, inner)).toBe(expected);
  });
});
