/**
 * Training the speaker model (scripts/train/train-speaker-model.ts) on a tiny made-up set:
 * byte-identical files on every run, a threshold that keeps wrong speakers within 2 % in the
 * held-out folds, and the abstention written only when asked.
 */
import { describe, expect, test } from 'vitest';
import type { QuoteExample } from '../../../../scripts/train/attribution-examples.ts';
import { MAX_WRONG, trainSpeakerModel } from '../../../../scripts/train/train-speaker-model.ts';

const FEATURES = ['strong-cue', 'weak-cue'];

/** 60 articles of 4 quotes: a strong cue is always right, a weak one right one time in three, some quotes have no candidate. */
function madeUpExamples(): QuoteExample[] {
  return Array.from({ length: 240 }, (_, index) => {
    const article = Math.floor(index / 4);
    if (index % 4 === 3) return { article, candidates: [] };
    const strong = index % 4 === 0;
    return {
      article,
      candidates: [
        {
          features: strong ? [1, 0] : [0, 1],
          right: strong || index % 3 === 0,
          rule: 'made-up',
          namedExplicit: false,
          named: false,
          method: 'explicit',
        },
      ],
    };
  });
}

describe('trainSpeakerModel', () => {
  test('writes byte-identical files on two runs', () => {
    const run = () => JSON.stringify(trainSpeakerModel(madeUpExamples(), madeUpExamples(), FEATURES, true));
    expect(run()).toBe(run());
  });

  test('chooses a threshold that keeps the weak cue out', () => {
    const { curveFile } = trainSpeakerModel(madeUpExamples(), madeUpExamples(), FEATURES, true);
    const at = curveFile.points.find((point) => point.threshold === curveFile.threshold)!;
    expect(at.wrong).toBeLessThanOrEqual(MAX_WRONG);
    expect(at.right).toBeCloseTo(0.25, 2);
  });

  test('abstains in the analysis only when asked', () => {
    const keep = trainSpeakerModel(madeUpExamples(), madeUpExamples(), FEATURES, false).weightsFile;
    const abstain = trainSpeakerModel(madeUpExamples(), madeUpExamples(), FEATURES, true).weightsFile;
    expect([keep.abstainBelow, abstain.abstainBelow]).toEqual([0, abstain.threshold]);
  });
});
