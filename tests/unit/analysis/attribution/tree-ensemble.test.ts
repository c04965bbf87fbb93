/**
 * The tree-ensemble evaluator (src/analysis/attribution/tree-ensemble.ts): which side of a cut a
 * value goes, the sum over trees, and features renumbered by name.
 */
import { describe, expect, test } from 'vitest';
import {
  ensembleScore,
  leafOf,
  renumberFeatures,
  type TreeEnsemble,
  type TreeNode,
} from '../../../../src/analysis/attribution/tree-ensemble.ts';

/** Feature 1 below 0.5 gives -1; otherwise feature 0 below 0.25 gives 2, else 3. */
const TREE: TreeNode[] = [[1, 0.5, 1, 2], [-1], [0, 0.25, 3, 4], [2], [3]];

describe('leafOf', () => {
  test.each([
    { features: [0, 0], leaf: -1, why: 'below the root cut' },
    { features: [0, 0.5], leaf: 2, why: 'a value at the cut goes above it' },
    { features: [0.25, 1], leaf: 3, why: 'above both cuts' },
    { features: [], leaf: -1, why: 'a feature the vector lacks reads as 0' },
  ])('$why', ({ features, leaf }) => {
    expect(leafOf(TREE, features)).toBe(leaf);
  });

  test('a tree of one leaf gives that leaf', () => {
    expect(leafOf([[0.7]], [1, 1])).toBe(0.7);
  });
});

describe('ensembleScore', () => {
  test('adds every tree’s leaf to the base score', () => {
    const ensemble: TreeEnsemble = { base: 0.5, trees: [TREE, [[0, 0.5, 1, 2], [10], [20]]] };
    expect(ensembleScore(ensemble, [1, 1])).toBe(0.5 + 3 + 20);
    expect(ensembleScore({ base: -0.25, trees: [] }, [1])).toBe(-0.25);
  });
});

describe('renumberFeatures', () => {
  const fitted: TreeEnsemble = { base: 0, trees: [[[0, 0.5, 1, 2], [-1], [1]]] };

  test('finds each feature by its name in the new order', () => {
    const moved = renumberFeatures(fitted, ['a', 'b'], ['b', 'a']);
    expect(ensembleScore(moved, [0, 1])).toBe(1);
    expect(ensembleScore(moved, [1, 0])).toBe(-1);
  });

  test('reads a feature the analysis no longer computes as 0', () => {
    const moved = renumberFeatures(fitted, ['gone'], ['a']);
    expect(ensembleScore(moved, [1])).toBe(-1);
  });
});
