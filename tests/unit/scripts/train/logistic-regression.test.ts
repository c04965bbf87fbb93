/** Logistic regression (scripts/train/logistic-regression.ts): deterministic, and it learns which way a feature points. */
import { describe, expect, test } from 'vitest';
import { fitLogisticRegression, predict, roundTo, type TrainingRow } from '../../../../scripts/train/logistic-regression.ts';

/** Feature 0 goes with the right answer three times in four; feature 1 is noise. */
const ROWS: TrainingRow[] = Array.from({ length: 40 }, (_, index) => ({
  features: [index % 2, (index % 3) / 2],
  label: (index % 2 === 1 ? index % 8 !== 7 : index % 8 === 0) ? 1 : 0,
}));

describe('fitLogisticRegression', () => {
  test('gives the same weights, byte for byte, on every run', () => {
    expect(JSON.stringify(fitLogisticRegression(ROWS, 2))).toBe(JSON.stringify(fitLogisticRegression(ROWS, 2)));
  });

  test('weighs a feature that goes with the right answer up', () => {
    const weights = fitLogisticRegression(ROWS, 2);
    expect(predict(weights, [1, 0])).toBeGreaterThan(0.6);
    expect(predict(weights, [0, 0])).toBeLessThan(0.4);
  });

  test('rounds the weights to the decimals asked', () => {
    const { weights, bias } = fitLogisticRegression(ROWS, 2, { iterations: 10, l2: 1, decimals: 2 });
    for (const value of [...weights, bias]) expect(roundTo(value, 2)).toBe(value);
  });
});

describe('roundTo', () => {
  test('never gives -0 (it would print as 0 but compare differently)', () => {
    expect(Object.is(roundTo(-0.0000001, 6), 0)).toBe(true);
  });
});
