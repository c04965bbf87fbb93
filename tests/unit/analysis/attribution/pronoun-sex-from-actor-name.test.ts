/**
 * "She" cannot mean a man the article names by surname alone: the actor's own name gives the sex
 * (genderOfActorName in src/analysis/attribution/given-names.ts, used by the pronoun rules in
 * referents.ts). On PolNeAR train "she" went to "Trump" when only "Trump’s wife" spoke.
 */
import { describe, expect, test } from 'vitest';
import { attributeQuotes } from '../../../../src/analysis/attribution/attribute-quotes.ts';
import { genderOfActorName } from '../../../../src/analysis/attribution/given-names.ts';
import { extractQuotes } from '../../../../src/analysis/quotes/find-quotes.ts';
import { paragraphBlocks } from '../../../helpers/body-blocks.ts';
import { stubResolver } from '../../../helpers/stub-resolver.ts';

function speakers(...paragraphs: string[]): Array<string | null> {
  const blocks = paragraphBlocks(...paragraphs);
  return attributeQuotes(blocks, extractQuotes(blocks), stubResolver(), { model: null }).map(
    (quote) => quote.speaker?.label ?? null,
  );
}

describe('genderOfActorName', () => {
  test('reads the given name at the head of the slug', () => {
    expect(genderOfActorName('donald-trump')).toBe('male');
    expect(genderOfActorName('giorgia-meloni')).toBe('female');
  });

  test('says nothing for one word, an article-bound provisional person, or no actor', () => {
    expect(genderOfActorName('reuters')).toBeUndefined();
    expect(genderOfActorName('bush-in-nyt_2016-01-19_bush-s-presidential')).toBeUndefined();
    expect(genderOfActorName(null)).toBeUndefined();
  });
});

describe('a pronoun and a person named by surname alone', () => {
  test('"she" does not go to a man named only by his surname', () => {
    expect(speakers('Trump spoke in Ohio on Monday. “We are ready,” she said.')).toEqual([null]);
  });

  test('"he" still does', () => {
    expect(speakers('Trump spoke in Ohio on Monday. “We are ready,” he said.')).toEqual(['Trump']);
  });

  test('"she" still goes to a woman named by her surname alone', () => {
    expect(speakers('Meloni spoke in Rome on Monday. “We are ready,” she said.')).toEqual(['Meloni']);
  });
});
