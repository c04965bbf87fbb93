/**
 * A gradient-boosted tree ensemble, evaluated: the sum of every tree's leaf for a feature vector,
 * plus a base score, through the logistic function. Pure and cheap (a few comparisons a tree);
 * `scripts/train/gradient-boosted-trees.ts` fits the trees.
 */

/**
 * One tree as a list of nodes, the root first. A split is `[feature, threshold, below, atOrAbove]`:
 * a value below the threshold goes to node `below`, any other to `atOrAbove` (indices in the list).
 * A leaf is `[value]`, the score it adds.
 */
export type TreeNode = [feature: number, threshold: number, below: number, atOrAbove: number] | [value: number];

/** An ensemble: the base score (log-odds) and the trees, features counted in one fixed order. */
export interface TreeEnsemble {
  base: number;
  trees: TreeNode[][];
}

/** The score (log-odds) the ensemble gives a feature vector. */
export function ensembleScore(ensemble: TreeEnsemble, features: readonly number[]): number {
  let score = ensemble.base;
  for (const tree of ensemble.trees) score += leafOf(tree, features);
  return score;
}

/** The leaf value one tree gives a feature vector; a feature the vector lacks reads as 0. */
export function leafOf(tree: readonly TreeNode[], features: readonly number[]): number {
  let node = tree[0]!;
  while (node.length === 4) node = tree[(features[node[0]] ?? 0) < node[1] ? node[2] : node[3]]!;
  return node[0];
}

/**
 * The ensemble with its feature indices renumbered from `from` (the names it was fitted with) to
 * `to` (the names the analysis computes): a feature `to` lacks points past the vector, so reads as 0.
 */
export function renumberFeatures(ensemble: TreeEnsemble, from: readonly string[], to: readonly string[]): TreeEnsemble {
  const position = new Map(to.map((name, index) => [name, index]));
  const renumbered = from.map((name) => position.get(name) ?? to.length);
  return {
    base: ensemble.base,
    trees: ensemble.trees.map((tree) =>
      tree.map((node): TreeNode => (node.length === 4 ? [renumbered[node[0]]!, node[1], node[2], node[3]] : node)),
    ),
  };
}
