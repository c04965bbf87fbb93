/**
 * The training itself, from labelled examples to the two committed files: which rules are certain,
 * the weights fitted on all of train, the threshold cross-validated on train, the curve on dev.
 * Pure: the command reads the data and writes the files.
 */
import type { SpeakerModelFile } from '../../src/analysis/attribution/speaker-model.ts';
import type { QuoteExample } from './attribution-examples.ts';
import { fitLogisticRegression, roundTo } from './logistic-regression.ts';
import {
  type CurvePoint,
  crossValidatedDecisions,
  curve,
  decide,
  lowestSafeThreshold,
  pointAt,
  trainingRows,
  withholdingThreshold,
} from './speaker-threshold.ts';

/** The accuracy–coverage file (shared with the /about/ page). */
export interface AccuracyCoverageFile {
  measuredOn: string;
  quotes: number;
  threshold: number;
  points: CurvePoint[];
}

/** The largest share of scored quotes that may get a wrong speaker, in the held-out folds of train. */
export const MAX_WRONG = 0.02;
/** Cross-validation folds, by article. */
export const FOLDS = 5;
/** A rule's named speakers are certain when at least this share of them is right on train, over at least `CERTAIN_MINIMUM` quotes. */
export const CERTAIN_PRECISION = 0.95;
export const CERTAIN_MINIMUM = 50;

/** What a training run gives. */
export interface TrainedSpeakerModel {
  weightsFile: SpeakerModelFile;
  curveFile: AccuracyCoverageFile;
  /** Lines for the terminal: the figures behind the choices. */
  report: string[];
}

/** Trains on `train`, measures on `dev`. */
export function trainSpeakerModel(
  train: readonly QuoteExample[],
  dev: readonly QuoteExample[],
  features: readonly string[],
  abstain: boolean,
): TrainedSpeakerModel {
  const report: string[] = [];
  const certainRules = certainRulesOf(train, report);
  const crossValidated = crossValidatedDecisions(train, FOLDS, features.length, certainRules);
  const threshold = lowestSafeThreshold(curve(crossValidated), MAX_WRONG);
  const atThreshold = pointAt(crossValidated, threshold);
  report.push(
    `train: ${train.length} scored quotes; ${FOLDS}-fold cross-validation: threshold ${threshold} ` +
      `(right ${pct(atThreshold.right)}, wrong ${pct(atThreshold.wrong)}, abstained ${pct(atThreshold.abstained)}; ` +
      `at 0: ${describe(pointAt(crossValidated, 0))})`,
  );
  const withholdNamedBelow = withholdingThreshold(crossValidated);
  const withheld = crossValidated.filter((decision) => decision?.doubtableName && decision.confidence < withholdNamedBelow);
  const withheldRight = withheld.filter((decision) => decision!.right).length;
  report.push(
    `named speakers withheld below ${withholdNamedBelow} (cross-validated): ${withheld.length} ` +
      `(${withheld.length - withheldRight} wrong, ${withheldRight} right)`,
  );
  const weights = fitLogisticRegression(trainingRows(train), features.length);
  const devPoints = curve(decide(dev, weights, certainRules));
  const devAt = devPoints.find((point) => point.threshold === threshold)!;
  report.push(`dev: ${dev.length} scored quotes; at the threshold ${describe(devAt)}; at 0: ${describe(devPoints[0]!)}`);
  return {
    weightsFile: {
      about: `Logistic regression over (quote, candidate) features, fitted on PolNeAR train (${train.length} scored quotes) by npm run train:attribution.`,
      features: [...features],
      weights: weights.weights,
      bias: weights.bias,
      threshold,
      abstainBelow: abstain ? threshold : 0,
      withholdNamedBelow,
      certainRules: [...certainRules],
    },
    curveFile: { measuredOn: 'PolNeAR dev', quotes: dev.length, threshold, points: devPoints },
    report,
  };
}

/** The rules whose first-proposed named speakers are right often enough on train to be taken as certain. */
function certainRulesOf(train: readonly QuoteExample[], report: string[]): Set<string> {
  const counts = new Map<string, { right: number; all: number }>();
  for (const example of train) {
    const first = example.candidates[0];
    if (!first?.namedExplicit) continue;
    const count = counts.get(first.rule) ?? { right: 0, all: 0 };
    count.all++;
    if (first.right) count.right++;
    counts.set(first.rule, count);
  }
  const certain = new Set<string>();
  for (const [rule, { right, all }] of [...counts].sort(([a], [b]) => a.localeCompare(b))) {
    const precision = right / all;
    if (precision >= CERTAIN_PRECISION && all >= CERTAIN_MINIMUM) certain.add(rule);
    report.push(
      `rule ${rule}: named speaker right ${right}/${all} (${pct(roundTo(precision, 4))})${certain.has(rule) ? ', certain' : ''}`,
    );
  }
  return certain;
}

function pct(fraction: number): string {
  return `${(fraction * 100).toFixed(1)} %`;
}

function describe(point: CurvePoint): string {
  return `right ${pct(point.right)}, wrong ${pct(point.wrong)}, abstained ${pct(point.abstained)}`;
}
