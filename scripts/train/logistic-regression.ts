/**
 * Logistic regression fitted by Newton's method (iteratively reweighted least squares) with an L2
 * penalty: exact, no step size to tune, no randomness. A fixed number of iterations over the rows
 * in their given order, and weights rounded, so the same rows always give the same weights, byte
 * for byte.
 */

/** One training row: feature values and whether the candidate was the right speaker. */
export interface TrainingRow {
  features: readonly number[];
  label: 0 | 1;
}

/** Fitted weights: one per feature, and the bias. */
export interface FittedWeights {
  weights: number[];
  bias: number;
}

/** How the fit runs. */
export interface FitSettings {
  /** Newton iterations (fixed: the fit does not stop early, so its result does not hang on a tolerance). */
  iterations: number;
  /** L2 penalty on the weights (not on the bias): keeps features seen only once from taking huge weights. */
  l2: number;
  /** Decimals the weights are rounded to. */
  decimals: number;
}

/** The settings `npm run train:attribution` uses. */
export const FIT_SETTINGS: FitSettings = { iterations: 25, l2: 1, decimals: 6 };

/** Fits the weights to `rows`, every row having `featureCount` values. */
export function fitLogisticRegression(
  rows: readonly TrainingRow[],
  featureCount: number,
  settings = FIT_SETTINGS,
): FittedWeights {
  const size = featureCount + 1; // the bias is the last coefficient, its feature always 1
  let beta = new Array<number>(size).fill(0);
  for (let iteration = 0; iteration < settings.iterations; iteration++) {
    const gradient = new Array<number>(size).fill(0);
    const hessian = Array.from({ length: size }, () => new Array<number>(size).fill(0));
    for (const row of rows) {
      const x = [...row.features, 1];
      const p = 1 / (1 + Math.exp(-dot(beta, x)));
      const w = Math.max(p * (1 - p), 1e-9);
      for (let i = 0; i < size; i++) {
        if (x[i] === 0) continue;
        gradient[i]! += (row.label - p) * x[i]!;
        for (let j = 0; j < size; j++) hessian[i]![j]! += w * x[i]! * x[j]!;
      }
    }
    for (let i = 0; i < featureCount; i++) {
      gradient[i]! -= settings.l2 * beta[i]!;
      hessian[i]![i]! += settings.l2;
    }
    hessian[featureCount]![featureCount]! += 1e-6;
    const step = solve(hessian, gradient);
    beta = beta.map((value, index) => value + step[index]!);
  }
  const rounded = beta.map((value) => roundTo(value, settings.decimals));
  return { weights: rounded.slice(0, featureCount), bias: rounded[featureCount]! };
}

/** The probability the weights give a row. */
export function predict(weights: FittedWeights, features: readonly number[]): number {
  return 1 / (1 + Math.exp(-(dot(weights.weights, features) + weights.bias)));
}

function dot(a: readonly number[], b: readonly number[]): number {
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += a[i]! * b[i]!;
  return sum;
}

/** `value` rounded to `decimals`, with -0 made 0 so the JSON stays the same. */
export function roundTo(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  const rounded = Math.round(value * factor) / factor;
  return rounded === 0 ? 0 : rounded;
}

/** Solves `matrix · x = vector` by Gaussian elimination with partial pivoting (the matrix is small and positive definite). */
function solve(matrix: number[][], vector: number[]): number[] {
  const n = vector.length;
  const a = matrix.map((row, i) => [...row, vector[i]!]);
  for (let column = 0; column < n; column++) {
    let pivot = column;
    for (let row = column + 1; row < n; row++) if (Math.abs(a[row]![column]!) > Math.abs(a[pivot]![column]!)) pivot = row;
    [a[column], a[pivot]] = [a[pivot]!, a[column]!];
    for (let row = column + 1; row < n; row++) {
      const factor = a[row]![column]! / a[column]![column]!;
      for (let k = column; k <= n; k++) a[row]![k]! -= factor * a[column]![k]!;
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let row = n - 1; row >= 0; row--) {
    let sum = a[row]![n]!;
    for (let k = row + 1; k < n; k++) sum -= a[row]![k]! * x[k]!;
    x[row] = sum / a[row]![row]!;
  }
  return x;
}
