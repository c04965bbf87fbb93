/**
 * The CI gate: the corpus gold must be met in full (or at least to `minimum` percent) for speaker
 * accuracy, detection precision and detection recall.
 */
import type { SetResult } from './evaluate-sets.ts';
import { percent } from './report-text.ts';

/** Why the corpus falls short of the minimum (percent); empty when it passes. */
export function corpusGateFailures(corpus: SetResult | undefined, minimum: number): string[] {
  if (corpus === undefined) return [];
  if (corpus.score === undefined) return [`corpus could not be evaluated: ${corpus.skipped ?? 'unknown reason'}`];
  const { figures } = corpus.score;
  const checks: Array<[string, number | null]> = [
    ['speaker accuracy', figures.speaker.accuracy],
    ['detection precision', figures.precision],
    ['detection recall', figures.recall],
  ];
  const belowMinimum = checks
    .filter(([, value]) => value === null || value * 100 < minimum - 1e-9)
    .map(([name, value]) => `corpus ${name} ${percent(value)} is below ${minimum} %`);
  // An article the analysis threw on is left out of the figures, so it must fail the gate itself.
  const threw = corpus.failedArticles > 0 ? [`the analysis threw on ${corpus.failedArticles} corpus article(s)`] : [];
  return [...threw, ...belowMinimum];
}
