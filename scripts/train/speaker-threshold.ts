/**
 * How a speaker model does at each threshold: the chosen candidate of every gold quote (the best
 * scoring one), and the share of quotes right, wrong and abstained when speakers below the
 * threshold are withheld. The threshold is chosen by k-fold cross-validation on the training
 * split: the lowest at which wrong speakers stay within the allowed share of scored quotes.
 */
import type { QuoteExample } from './attribution-examples.ts';
import { type FittedWeights, fitLogisticRegression, predict, roundTo } from './logistic-regression.ts';

/** The speaker a model gives one gold quote: whether it is right, and its confidence. */
export interface Decision {
  right: boolean;
  confidence: number;
  /** A named speaker that no certain rule vouches for: what `withholdNamedBelow` may withhold. */
  doubtableName?: boolean;
}

/** One point of the accuracy–coverage curve: fractions of the scored quotes. */
export interface CurvePoint {
  threshold: number;
  right: number;
  wrong: number;
  abstained: number;
}

/** Thresholds from 0 to 1 by hundredths. */
export const THRESHOLDS: readonly number[] = Array.from({ length: 101 }, (_, index) => index / 100);

/** The decision for each example (null: no candidate), under `weights`, named speakers of `certainRules` at confidence 1. */
export function decide(
  examples: readonly QuoteExample[],
  weights: FittedWeights,
  certainRules: ReadonlySet<string>,
): Array<Decision | null> {
  return examples.map((example) => {
    let best: Decision | null = null;
    for (const candidate of example.candidates) {
      const certain = candidate.namedExplicit && certainRules.has(candidate.rule);
      const confidence = certain ? 1 : predict(weights, candidate.features);
      if (!best || confidence > best.confidence) {
        best = { right: candidate.right, confidence, doubtableName: !certain && candidate.named };
      }
    }
    return best;
  });
}

/** Right, wrong and abstained at `threshold`, as fractions of all decisions (no decision counts as abstained). */
export function pointAt(decisions: ReadonlyArray<Decision | null>, threshold: number): CurvePoint {
  let right = 0;
  let wrong = 0;
  for (const decision of decisions) {
    if (!decision || decision.confidence < threshold) continue;
    if (decision.right) right++;
    else wrong++;
  }
  const total = Math.max(decisions.length, 1);
  const r = roundTo(right / total, 4);
  const w = roundTo(wrong / total, 4);
  return { threshold, right: r, wrong: w, abstained: roundTo(1 - r - w, 4) };
}

/** The curve at every threshold of `THRESHOLDS`. */
export function curve(decisions: ReadonlyArray<Decision | null>): CurvePoint[] {
  return THRESHOLDS.map((threshold) => pointAt(decisions, threshold));
}

/** The lowest threshold whose wrong share is at most `maxWrong`; 1 when none is (then only certain speakers are given). */
export function lowestSafeThreshold(points: readonly CurvePoint[], maxWrong: number): number {
  return points.find((point) => point.wrong <= maxWrong)?.threshold ?? 1;
}

/** Cross-validation: fold `i` holds the articles whose index is `i` modulo `folds`; each fold is scored by a model fitted on the others. */
export function crossValidatedDecisions(
  examples: readonly QuoteExample[],
  folds: number,
  featureCount: number,
  certainRules: ReadonlySet<string>,
): Array<Decision | null> {
  const decisions: Array<Decision | null> = [];
  for (let fold = 0; fold < folds; fold++) {
    const held = examples.filter((example) => example.article % folds === fold);
    const weights = fitLogisticRegression(
      trainingRows(examples.filter((example) => example.article % folds !== fold)),
      featureCount,
    );
    decisions.push(...decide(held, weights, certainRules));
  }
  return decisions;
}

/** Every candidate as a row: label 1 when right. */
export function trainingRows(examples: readonly QuoteExample[]) {
  return examples.flatMap((example) =>
    example.candidates.map((candidate) => ({
      features: candidate.features,
      label: candidate.right ? (1 as const) : (0 as const),
    })),
  );
}

/** The highest withholding threshold tried: a named speaker the model finds at least this likely stays. */
export const MAX_WITHHOLD = 0.6;

/**
 * The probability below which a named speaker no certain rule vouches for is withheld: the one,
 * among thresholds up to `MAX_WITHHOLD`, at which withholding removes the most wrong speakers net of
 * right ones in `decisions` (cross-validated), so every band it withholds was wrong more often
 * than right there. Unnamed sources are not withheld this way: PolNeAR's gold scores them too
 * crudely (by head noun) for the model to learn when they are right.
 */
export function withholdingThreshold(decisions: ReadonlyArray<Decision | null>): number {
  let best = { threshold: 0, gain: 0 };
  for (const threshold of THRESHOLDS.filter((value) => value <= MAX_WITHHOLD)) {
    let gain = 0;
    for (const decision of decisions) {
      if (decision?.doubtableName && decision.confidence < threshold) gain += decision.right ? -1 : 1;
    }
    if (gain > best.gain) best = { threshold, gain };
  }
  return best.threshold;
}
