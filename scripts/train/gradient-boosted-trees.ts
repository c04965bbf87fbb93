/**
 * Gradient-boosted regression trees for a yes/no label (log-loss), fitted the way XGBoost does it
 * in miniature: each tree is grown level by level on the gradient and curvature of the loss, a
 * split is the one that lowers the loss most, and a leaf holds the Newton step of its rows, shrunk
 * by the learning rate. Every value a feature takes is a possible cut (the speaker features take
 * few), no row or feature is sampled, ties go to the first feature and the lowest cut, and leaves
 * and cuts are rounded: the same rows always give the same trees, byte for byte.
 */
import type { TreeEnsemble, TreeNode } from '../../src/analysis/attribution/tree-ensemble.ts';
import type { TrainingRow } from './logistic-regression.ts';
import { roundTo } from './logistic-regression.ts';

/** How the trees are grown. */
export interface TreeSettings {
  /** How many trees (boosting rounds; fixed, no early stop). */
  trees: number;
  /** The most splits from root to leaf. */
  depth: number;
  /** The share of each tree's Newton step kept: smaller learns slower and steadier. */
  learningRate: number;
  /** L2 penalty on leaf values: a leaf of few rows moves the score less. */
  l2: number;
  /** The least curvature (about: rows of uncertain label) each side of a split must hold. */
  minChildWeight: number;
  /** Decimals leaves, cuts and the base score are rounded to. */
  decimals: number;
}

/** The settings `npm run train:attribution` would use. */
export const TREE_SETTINGS: TreeSettings = { trees: 100, depth: 3, learningRate: 0.1, l2: 1, minChildWeight: 1, decimals: 6 };

/** Fits an ensemble to `rows`, every row having `featureCount` values. */
export function fitGradientBoostedTrees(
  rows: readonly TrainingRow[],
  featureCount: number,
  settings = TREE_SETTINGS,
): TreeEnsemble {
  const columns = binColumns(rows, featureCount);
  const positives = rows.reduce((sum, row) => sum + row.label, 0);
  // The log-odds of the base rate, kept off infinity when every label is the same.
  const base = roundTo(Math.log((positives + 0.5) / (rows.length - positives + 0.5)), settings.decimals);
  const scores = new Float64Array(rows.length).fill(base);
  const gradient = new Float64Array(rows.length);
  const hessian = new Float64Array(rows.length);
  const trees: TreeNode[][] = [];
  for (let round = 0; round < settings.trees; round++) {
    for (let i = 0; i < rows.length; i++) {
      const p = 1 / (1 + Math.exp(-scores[i]!));
      gradient[i] = p - rows[i]!.label;
      hessian[i] = Math.max(p * (1 - p), 1e-12);
    }
    const tree = growTree(columns, gradient, hessian, settings);
    // The scores move by the rounded leaves, the ones the evaluator will read.
    for (const [leaf, members] of tree.members) for (const i of members) scores[i]! += (tree.nodes[leaf] as [number])[0];
    trees.push(tree.nodes);
  }
  return { base, trees };
}

/** Each feature's distinct values, sorted, and each row's index among them. */
interface Column {
  values: number[];
  bins: Uint32Array;
}

function binColumns(rows: readonly TrainingRow[], featureCount: number): Column[] {
  return Array.from({ length: featureCount }, (_, feature) => {
    const values = [...new Set(rows.map((row) => row.features[feature] ?? 0))].sort((a, b) => a - b);
    const index = new Map(values.map((value, bin) => [value, bin]));
    return { values, bins: Uint32Array.from(rows, (row) => index.get(row.features[feature] ?? 0)!) };
  });
}

interface Split {
  feature: number;
  bin: number;
  gain: number;
}

/** One tree, and the rows each of its leaves holds (by node index). */
function growTree(
  columns: readonly Column[],
  gradient: Float64Array,
  hessian: Float64Array,
  settings: TreeSettings,
): { nodes: TreeNode[]; members: Map<number, number[]> } {
  const nodes: TreeNode[] = [];
  const members = new Map<number, number[]>();
  const grow = (rows: number[], depth: number): number => {
    const at = nodes.length;
    nodes.push([0]);
    const split = depth < settings.depth ? bestSplit(columns, rows, gradient, hessian, settings) : null;
    if (!split) {
      const { g, h } = sums(rows, gradient, hessian);
      nodes[at] = [roundTo((-g / (h + settings.l2)) * settings.learningRate, settings.decimals)];
      members.set(at, rows);
      return at;
    }
    const { values, bins } = columns[split.feature]!;
    const below = rows.filter((row) => bins[row]! <= split.bin);
    const above = rows.filter((row) => bins[row]! > split.bin);
    const belowIndex = grow(below, depth + 1);
    const aboveIndex = grow(above, depth + 1);
    nodes[at] = [
      split.feature,
      cutBetween(values[split.bin]!, values[split.bin + 1]!, settings.decimals),
      belowIndex,
      aboveIndex,
    ];
    return at;
  };
  grow(
    Array.from(gradient, (_, index) => index),
    0,
  );
  return { nodes, members };
}

/** The split of `rows` that lowers the loss most, or null when none does with enough rows each side. */
function bestSplit(
  columns: readonly Column[],
  rows: readonly number[],
  gradient: Float64Array,
  hessian: Float64Array,
  settings: TreeSettings,
): Split | null {
  const { g, h } = sums(rows, gradient, hessian);
  const parent = (g * g) / (h + settings.l2);
  let best: Split | null = null;
  columns.forEach(({ values, bins }, feature) => {
    if (values.length < 2) return;
    const binG = new Float64Array(values.length);
    const binH = new Float64Array(values.length);
    for (const row of rows) {
      binG[bins[row]!]! += gradient[row]!;
      binH[bins[row]!]! += hessian[row]!;
    }
    let leftG = 0;
    let leftH = 0;
    for (let bin = 0; bin < values.length - 1; bin++) {
      leftG += binG[bin]!;
      leftH += binH[bin]!;
      const rightG = g - leftG;
      const rightH = h - leftH;
      if (leftH < settings.minChildWeight || rightH < settings.minChildWeight) continue;
      const gain = (leftG * leftG) / (leftH + settings.l2) + (rightG * rightG) / (rightH + settings.l2) - parent;
      // A gain must beat the best by more than rounding noise: ties keep the first feature and cut.
      if (gain > 1e-9 && (!best || gain > best.gain + 1e-9)) best = { feature, bin, gain };
    }
  });
  return best;
}

function sums(rows: readonly number[], gradient: Float64Array, hessian: Float64Array): { g: number; h: number } {
  let g = 0;
  let h = 0;
  for (const row of rows) {
    g += gradient[row]!;
    h += hessian[row]!;
  }
  return { g, h };
}

/** The cut between two neighbouring values: their midpoint, rounded when the rounding keeps it strictly above the lower. */
function cutBetween(lower: number, upper: number, decimals: number): number {
  const middle = (lower + upper) / 2;
  const rounded = roundTo(middle, decimals);
  return rounded > lower && rounded <= upper ? rounded : middle;
}
