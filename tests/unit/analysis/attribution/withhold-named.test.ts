/**
 * Withholding a doubtful named speaker (src/analysis/attribution/attribute-quotes.ts with the
 * model's `withholdNamedBelow`): a named speaker no certain rule vouches for is withheld below the
 * threshold; a certain rule's speaker and an unnamed source are kept.
 */
import { describe, expect, test } from 'vitest';
import { attributeArticle } from '../../../../src/analysis/attribution/attribute-quotes.ts';
import { speakerModel } from '../../../../src/analysis/attribution/speaker-model.ts';
import { extractQuotes } from '../../../../src/analysis/quotes/find-quotes.ts';
import { paragraphBlocks } from '../../../helpers/body-blocks.ts';
import { stubResolver } from '../../../helpers/stub-resolver.ts';

/** Every candidate at probability 0.5, "…,” Rubio said" certain, named speakers withheld below `withholdNamedBelow`. */
function speakersWith(withholdNamedBelow: number, ...paragraphs: string[]): Array<string | null> {
  const model = speakerModel({
    about: 'test',
    features: [],
    weights: [],
    bias: 0,
    threshold: 0.9,
    abstainBelow: 0,
    withholdNamedBelow,
    certainRules: ['speaker-then-verb-after-quote'],
  });
  const blocks = paragraphBlocks(...paragraphs);
  const { quotes } = attributeArticle(blocks, extractQuotes(blocks), stubResolver(), { model });
  return quotes.map((quote) => quote.speaker?.label ?? null);
}

describe('withholdNamedBelow', () => {
  const passage = ['“We are ready,” Rubio said. “We will go on to the end of this.”'];

  test('withholds a named speaker the model doubts, keeping the certain rule’s', () => {
    expect(speakersWith(0.6, ...passage)).toEqual(['Rubio', null]);
  });

  test('keeps them all at or below the model’s probability', () => {
    expect(speakersWith(0.5, ...passage)).toEqual(['Rubio', 'Rubio']);
  });

  test('keeps an unnamed source whatever its probability', () => {
    expect(speakersWith(0.6, 'The plan is “a good start,” a senior official said.')).toEqual(['a senior official']);
  });
});
