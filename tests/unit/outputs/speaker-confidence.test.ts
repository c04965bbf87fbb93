/** A speaker's confidence for readers and downloads (src/outputs/speaker-confidence.ts). */
import { describe, expect, test } from 'vitest';
import {
  CONFIDENCE_BANDS,
  isCurated,
  roundedConfidence,
  speakerRuleOf,
  type ConfidenceOfQuote,
} from '../../../src/outputs/speaker-confidence.ts';

const SPEAKER = { actor: 'marco-rubio', label: 'Rubio' };
const quote = (fields: Partial<ConfidenceOfQuote>): ConfidenceOfQuote => ({
  speaker: SPEAKER,
  attribution: 'pronoun',
  speakerRule: 'pronoun-to-topic',
  speakerConfidence: 0.8649,
  ...fields,
});

describe('roundedConfidence and speakerRuleOf: the exported values', () => {
  test('the confidence is rounded to two decimals', () => {
    expect(roundedConfidence(quote({}))).toBe(0.86);
  });

  test('a quote with no speaker has neither rule nor confidence', () => {
    expect([roundedConfidence(quote({ speaker: null })), speakerRuleOf(quote({ speaker: null }))]).toEqual([null, null]);
  });

  test('a quote analysed before the model existed (no fields) gives null, not undefined', () => {
    const { speakerRule: _rule, speakerConfidence: _confidence, ...bare } = quote({});
    expect([roundedConfidence(bare), speakerRuleOf(bare)]).toEqual([null, null]);
  });
});

describe('CONFIDENCE_BANDS and isCurated', () => {
  test('the bands run from the surest down and the last takes every confidence', () => {
    expect(CONFIDENCE_BANDS.map((band) => band.from)).toEqual([0.99, 0.9, 0]);
  });

  test('an editor’s attribution is curated, by its method or its rule', () => {
    expect([
      isCurated(quote({ attribution: 'curated' })),
      isCurated(quote({ speakerRule: 'curated' })),
      isCurated(quote({})),
    ]).toEqual([true, true, false]);
  });
});
