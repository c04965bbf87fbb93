/** A speaker's confidence for readers and downloads (src/outputs/speaker-confidence.ts). */
import { describe, expect, test } from 'vitest';
import {
  confidenceWords,
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

describe('confidenceWords', () => {
  test.each([
    [0.999, 'found automatically: very sure (1.00)'],
    [0.9861, 'found automatically: very sure (0.99)'],
    [0.9349, 'found automatically: fairly sure (0.93)'],
    [0.8649, 'found automatically: less sure (0.86)'],
  ])('a confidence of %s reads “%s”', (speakerConfidence, words) => {
    expect(confidenceWords(quote({ speakerConfidence }))).toBe(words);
  });

  test('an editor’s attribution is shown as it is, with no confidence', () => {
    expect(confidenceWords(quote({ attribution: 'curated', speakerRule: 'curated', speakerConfidence: 1 }))).toBeNull();
  });

  test('a quote with no speaker has no words', () => {
    expect(confidenceWords(quote({ speaker: null, speakerConfidence: null }))).toBeNull();
  });
});
