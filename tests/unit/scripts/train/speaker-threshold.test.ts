/**
 * The withholding threshold (scripts/train/speaker-threshold.ts): the one at which withholding
 * doubtful named speakers removes the most wrong ones net of right ones.
 */
import { describe, expect, test } from 'vitest';
import { type Decision, withholdingThreshold } from '../../../../scripts/train/speaker-threshold.ts';

const named = (confidence: number, right: boolean): Decision => ({ confidence, right, doubtableName: true });

describe('withholdingThreshold', () => {
  test('withholds up to where the withheld were wrong more often than right', () => {
    const decisions = [
      named(0.1, false),
      named(0.2, false),
      named(0.3, true),
      named(0.35, false),
      named(0.5, true),
      named(0.55, true),
    ];
    // Below 0.21: 2 wrong withheld; below 0.36: 3 wrong and 1 right (net 2, no better); so 0.21.
    expect(withholdingThreshold(decisions)).toBe(0.21);
  });

  test('withholds nothing when the doubtful named speakers are mostly right', () => {
    expect(withholdingThreshold([named(0.2, true), named(0.3, true), named(0.4, false)])).toBe(0);
  });

  test('never withholds a speaker no certain rule doubts, nor an absent one', () => {
    expect(withholdingThreshold([{ confidence: 0.1, right: false }, null])).toBe(0);
  });
});
