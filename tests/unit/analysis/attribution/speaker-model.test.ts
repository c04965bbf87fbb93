/**
 * The speaker model (src/analysis/attribution/speaker-model.ts) and its committed files: the
 * weights load, name every feature the analysis computes, and the curve is well formed.
 */
import { describe, expect, test } from 'vitest';
import curveFile from '../../../../src/analysis/attribution/model/accuracy-coverage.json' with { type: 'json' };
import weightsFile from '../../../../src/analysis/attribution/model/weights.json' with { type: 'json' };
import { SPEAKER_FEATURES } from '../../../../src/analysis/attribution/speaker-features.ts';
import { speakerModel, type SpeakerModelFile } from '../../../../src/analysis/attribution/speaker-model.ts';
import { SPEAKER_RULES } from '../../../../src/analysis/attribution/speaker-rules.ts';

describe('the committed weights (model/weights.json)', () => {
  const file = weightsFile as SpeakerModelFile;

  test('weigh every feature the analysis computes but a new rule’s (which weighs nothing until retrained)', () => {
    const unweighed = SPEAKER_FEATURES.filter((feature) => !file.features.includes(feature) && !feature.startsWith('rule:'));
    expect(unweighed).toEqual([]);
    expect(file.weights).toHaveLength(file.features.length);
  });

  test('weigh no feature the analysis no longer computes', () => {
    const known: readonly string[] = SPEAKER_FEATURES;
    expect(file.features.filter((feature) => !known.includes(feature))).toEqual([]);
  });

  test('name only rules of the table as certain', () => {
    const names: string[] = SPEAKER_RULES.map((rule) => rule.name);
    expect(file.certainRules.filter((rule) => !names.includes(rule))).toEqual([]);
  });

  test('abstain at most at the cross-validated threshold', () => {
    expect(file.abstainBelow === 0 || file.abstainBelow === file.threshold).toBe(true);
  });
});

describe('speakerModel', () => {
  test('weighs features by name; one the file does not know weighs nothing', () => {
    const model = speakerModel({
      about: 'test',
      features: [SPEAKER_FEATURES[1], 'retired-feature'],
      weights: [2, 100],
      bias: -1,
      threshold: 0.5,
      abstainBelow: 0.5,
      certainRules: [],
    });
    const features = SPEAKER_FEATURES.map((_, index) => (index === 1 ? 1 : 0));
    expect(model.probability(features)).toBeCloseTo(1 / (1 + Math.exp(-1)), 10);
    expect(model.probability(SPEAKER_FEATURES.map(() => 0))).toBeCloseTo(1 / (1 + Math.exp(1)), 10);
  });
});

describe('the accuracy–coverage curve (model/accuracy-coverage.json)', () => {
  test('runs from threshold 0 to 1, ascending', () => {
    const thresholds = curveFile.points.map((point) => point.threshold);
    expect([thresholds[0], thresholds.at(-1)]).toEqual([0, 1]);
    expect(thresholds).toEqual([...thresholds].sort((a, b) => a - b));
  });

  test('gives shares of the scored quotes that sum to 1 at each threshold', () => {
    for (const point of curveFile.points) expect(point.right + point.wrong + point.abstained).toBeCloseTo(1, 3);
  });
});
