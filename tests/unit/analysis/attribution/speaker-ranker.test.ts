/**
 * Choosing a speaker among the rules' candidates (src/analysis/attribution/speaker-ranker.ts) and
 * their features (speaker-features.ts): a certain rule's named speaker is sure, the model's
 * probability otherwise, the rules' own order without a model; every feature in [0, 1].
 */
import { describe, expect, test } from 'vitest';
import { attributeArticle } from '../../../../src/analysis/attribution/attribute-quotes.ts';
import { SPEAKER_FEATURES } from '../../../../src/analysis/attribution/speaker-features.ts';
import { type SpeakerModel, speakerModel } from '../../../../src/analysis/attribution/speaker-model.ts';
import type { SpeakerChoice } from '../../../../src/analysis/attribution/speaker-ranker.ts';
import { extractQuotes } from '../../../../src/analysis/quotes/find-quotes.ts';
import { paragraphBlocks } from '../../../helpers/body-blocks.ts';
import { stubResolver } from '../../../helpers/stub-resolver.ts';

const PASSAGE = ['“We are ready,” Rubio said. “We will go on to the end of this.”', '“And then we will see what comes of it.”'];

/** A model whose every candidate has probability 0.5, with `certainRules` sure and `abstainBelow` the threshold. */
function flatModel(certainRules: string[], abstainBelow: number): SpeakerModel {
  return speakerModel({ about: 'test', features: [], weights: [], bias: 0, threshold: abstainBelow, abstainBelow, certainRules });
}

function attribute(model: SpeakerModel | null) {
  const blocks = paragraphBlocks(...PASSAGE);
  const choices: Array<SpeakerChoice | null> = [];
  const { quotes } = attributeArticle(blocks, extractQuotes(blocks), stubResolver(), {
    model,
    onQuote: (_index, choice) => choices.push(choice),
  });
  return { quotes, choices };
}

describe('chooseSpeaker', () => {
  test('without a model, gives the first rule’s speaker at confidence 1', () => {
    expect(attribute(null).quotes.map((quote) => [quote.rule, quote.confidence])).toEqual([
      ['speaker-then-verb-after-quote', 1],
      ['continues-paragraph', 1],
      ['continues-previous-paragraph', 1],
    ]);
  });

  test('gives a certain rule’s named speaker confidence 1, the others the model’s probability', () => {
    const confidences = attribute(flatModel(['speaker-then-verb-after-quote'], 0)).quotes.map((quote) => quote.confidence);
    expect(confidences).toEqual([1, 0.5, 0.5]);
  });

  test('withholds a speaker below the threshold, keeping the rest', () => {
    const speakers = attribute(flatModel(['speaker-then-verb-after-quote'], 0.6)).quotes.map(
      (quote) => quote.speaker?.actor ?? null,
    );
    expect(speakers).toEqual(['marco-rubio', null, null]);
  });
});

describe('speakerFeatures', () => {
  test('gives every candidate one value per feature, each from 0 to 1', () => {
    const values = attribute(null).choices.flatMap(
      (choice) => choice?.candidates.flatMap((candidate) => candidate.features) ?? [],
    );
    expect(values.length % SPEAKER_FEATURES.length).toBe(0);
    expect(values.filter((value) => !(value >= 0 && value <= 1))).toEqual([]);
  });
});
