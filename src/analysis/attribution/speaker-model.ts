/**
 * The trained speaker model: a logistic regression over the features of a (quote, candidate)
 * pair (speaker-features.ts), its weights committed in model/weights.json by
 * `npm run train:attribution`. It ranks the candidates the rules propose and gives the chosen
 * one a probability of being right; below `abstainBelow` the quote gets no speaker.
 */
import committed from './model/weights.json' with { type: 'json' };
import { SPEAKER_FEATURES } from './speaker-features.ts';

/** The weights file, as `npm run train:attribution` writes it. */
export interface SpeakerModelFile {
  /** Where the weights come from, in words. */
  about: string;
  /** The feature names, in the order of `weights`. */
  features: string[];
  weights: number[];
  bias: number;
  /** The threshold cross-validation on PolNeAR train chose: wrong speakers at most 2 % of scored quotes there. */
  threshold: number;
  /**
   * The lowest probability at which the analysis gives a speaker: `threshold` when the model was
   * trained with `--abstain`, else 0 (the speakers are kept, each with its confidence).
   */
  abstainBelow: number;
  /**
   * Below this probability a named speaker that no certain rule vouches for is withheld: chosen by
   * cross-validation on PolNeAR train where such speakers were wrong more often than right.
   */
  withholdNamedBelow?: number;
  /** Rules whose named speaker is taken as certain (confidence 1). */
  certainRules: string[];
}

/** A model ready to score feature vectors in `SPEAKER_FEATURES` order. */
export interface SpeakerModel {
  /** The probability that a candidate with these features is the speaker. */
  probability: (features: readonly number[]) => number;
  /** Below this probability the quote gets no speaker. */
  abstainBelow: number;
  /** Below this probability a named speaker (not a certain rule's) is withheld; 0 withholds none. */
  withholdNamedBelow: number;
  /** The cross-validated threshold (wrong speakers ≤ 2 % on PolNeAR train), applied or not. */
  threshold: number;
  certainRules: ReadonlySet<string>;
}

/** A model from a weights file; features the file does not know weigh nothing, so an older file still loads. */
export function speakerModel(file: SpeakerModelFile): SpeakerModel {
  const byName = new Map(file.features.map((name, index) => [name, file.weights[index] ?? 0]));
  const weights = SPEAKER_FEATURES.map((name) => byName.get(name) ?? 0);
  return {
    probability: (features) => sigmoid(features.reduce((sum, value, index) => sum + value * weights[index]!, file.bias)),
    abstainBelow: file.abstainBelow ?? 0,
    withholdNamedBelow: file.withholdNamedBelow ?? 0,
    threshold: file.threshold,
    certainRules: new Set(file.certainRules),
  };
}

/** The logistic function. */
export function sigmoid(score: number): number {
  return 1 / (1 + Math.exp(-score));
}

/** The committed model (model/weights.json). */
export const COMMITTED_MODEL: SpeakerModel = speakerModel(committed as SpeakerModelFile);
