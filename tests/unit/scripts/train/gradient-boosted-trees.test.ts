/**
 * Gradient-boosted trees (scripts/train/gradient-boosted-trees.ts) on tiny sets with known answers:
 * the Newton leaves of one split, an interaction one split cannot learn, the least curvature a
 * side must hold, ties, rounding, and byte-identical runs.
 */
import { describe, expect, test } from 'vitest';
import { fitGradientBoostedTrees, type TreeSettings } from '../../../../scripts/train/gradient-boosted-trees.ts';
import type { TrainingRow } from '../../../../scripts/train/logistic-regression.ts';
import { ensembleScore } from '../../../../src/analysis/attribution/tree-ensemble.ts';

const ONE_TREE: TreeSettings = { trees: 1, depth: 1, learningRate: 1, l2: 0, minChildWeight: 0, decimals: 6 };
const row = (features: number[], label: 0 | 1): TrainingRow => ({ features, label });
const repeat = (count: number, value: TrainingRow) => Array.from({ length: count }, () => value);

describe('fitGradientBoostedTrees', () => {
  test('one split: the cut halfway between the values, each leaf the Newton step of its rows', () => {
    // Base rate 1/2: score 0, p = 1/2, gradient ±1/2 and curvature 1/4 a row; a leaf of two rows is -(±1)/(1/2) = ∓2.
    const rows = [row([0], 0), row([0], 0), row([1], 1), row([1], 1)];
    expect(fitGradientBoostedTrees(rows, 1, ONE_TREE)).toEqual({ base: 0, trees: [[[0, 0.5, 1, 2], [-2], [2]]] });
  });

  test('the base score is the log-odds of the base rate, kept finite', () => {
    const rows = [row([0], 1), row([0], 1), row([0], 1), row([0], 0)];
    expect(fitGradientBoostedTrees(rows, 1, { ...ONE_TREE, trees: 0 }).base).toBeCloseTo(Math.log(3.5 / 1.5), 6);
    expect(Number.isFinite(fitGradientBoostedTrees([row([0], 1)], 1, { ...ONE_TREE, trees: 0 }).base)).toBe(true);
  });

  test('depth 2 learns an interaction (one feature or the other, not both) that depth 1 cannot', () => {
    const rows = [
      ...repeat(3, row([0, 0], 0)),
      ...repeat(1, row([1, 1], 0)),
      ...repeat(2, row([0, 1], 1)),
      ...repeat(2, row([1, 0], 1)),
    ];
    const settings = { trees: 50, learningRate: 0.3, l2: 0.1, minChildWeight: 0, decimals: 6 };
    const deep = fitGradientBoostedTrees(rows, 2, { ...settings, depth: 2 });
    const shallow = fitGradientBoostedTrees(rows, 2, { ...settings, depth: 1 });
    const sides = (ensemble: typeof deep) =>
      [
        [0, 0],
        [1, 1],
        [0, 1],
        [1, 0],
      ].map((features) => ensembleScore(ensemble, features) > 0);
    expect(sides(deep)).toEqual([false, false, true, true]);
    expect(sides(shallow)).not.toEqual([false, false, true, true]);
  });

  test('makes no split that leaves a side with less curvature than asked', () => {
    // Splitting off the one odd row would leave it alone: curvature 1/4 < 1.
    const rows = [row([1], 1), ...repeat(7, row([0], 0))];
    const [tree] = fitGradientBoostedTrees(rows, 1, { ...ONE_TREE, minChildWeight: 1 }).trees;
    expect(tree).toHaveLength(1);
  });

  test('of two features that split alike, takes the first', () => {
    const rows = [row([0, 0], 0), row([0, 0], 0), row([1, 1], 1), row([1, 1], 1)];
    const [tree] = fitGradientBoostedTrees(rows, 2, ONE_TREE).trees;
    expect(tree![0]![0]).toBe(0);
  });

  test('rounds leaves, cuts and the base to the decimals asked', () => {
    const rows = Array.from({ length: 30 }, (_, index) => row([(index % 7) / 7, (index % 3) / 3], index % 4 === 0 ? 1 : 0));
    const ensemble = fitGradientBoostedTrees(rows, 2, { ...ONE_TREE, trees: 5, depth: 2, l2: 1, learningRate: 0.1, decimals: 3 });
    const numbers = [ensemble.base, ...ensemble.trees.flat(2)];
    for (const value of numbers) expect(Math.round(value * 1000) / 1000).toBe(value);
  });

  test('gives the same trees, byte for byte, on every run', () => {
    const rows = Array.from({ length: 60 }, (_, index) => row([index % 2, (index % 5) / 4], index % 3 === 0 ? 1 : 0));
    const fitted = () =>
      JSON.stringify(fitGradientBoostedTrees(rows, 2, { ...ONE_TREE, trees: 20, depth: 3, l2: 1, learningRate: 0.1 }));
    expect(fitted()).toBe(fitted());
  });
});
