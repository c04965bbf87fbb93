/**
 * A speaker's confidence as readers and the data downloads get it: rounded to two decimals, and in
 * words for an attribution the analysis found on its own ("found automatically: fairly sure (0.86)").
 * An editor's attribution is shown as it always was, with no number.
 */

/** What the confidence needs of a quote: its speaker, how it was decided, and the model's fields. */
export interface ConfidenceOfQuote {
  speaker: object | null;
  attribution: string | null;
  /** The rule behind the speaker (`'curated'` for an editor's); absent before the model ran. */
  speakerRule?: string | null;
  /** The model's probability that the speaker is right, 0..1; absent before the model ran. */
  speakerConfidence?: number | null;
}

/** The confidence rounded to two decimals, as the exports give it; null when the quote has no speaker or no confidence. */
export function roundedConfidence(quote: ConfidenceOfQuote): number | null {
  const confidence = quote.speakerConfidence ?? null;
  if (quote.speaker === null || confidence === null || !Number.isFinite(confidence)) return null;
  return Math.round(confidence * 100) / 100;
}

/** The rule behind the speaker, as the exports give it; null when the quote has no speaker. */
export function speakerRuleOf(quote: ConfidenceOfQuote): string | null {
  return quote.speaker === null ? null : (quote.speakerRule ?? null);
}

/**
 * How sure, in words, from the surest down: the first band whose `from` the (rounded) confidence
 * reaches. "Fairly sure" starts near the model's cross-validated threshold (0.93): below it a
 * speaker is "less sure", shown with its number, since the committed model does not withhold it.
 */
export const CONFIDENCE_BANDS = [
  { from: 0.99, words: 'very sure' },
  { from: 0.9, words: 'fairly sure' },
  { from: 0, words: 'less sure' },
] as const;

/** True when an editor set the speaker: shown as it is, with no confidence. */
export function isCurated(quote: ConfidenceOfQuote): boolean {
  return quote.attribution === 'curated' || quote.speakerRule === 'curated';
}

/**
 * The confidence of an automatic attribution in words for readers, "found automatically: fairly
 * sure (0.86)"; null for an editor's attribution, a quote with no speaker, or no confidence.
 */
export function confidenceWords(quote: ConfidenceOfQuote): string | null {
  const confidence = roundedConfidence(quote);
  if (confidence === null || isCurated(quote)) return null;
  const band = CONFIDENCE_BANDS.find((step) => confidence >= step.from) ?? CONFIDENCE_BANDS.at(-1)!;
  return `found automatically: ${band.words} (${confidence.toFixed(2)})`;
}
