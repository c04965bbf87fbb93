/**
 * A speaker's confidence as readers and the data downloads get it: rounded to two decimals, and in
 * bands that the notes name in words (`speakerConfidenceLabel` in `reader-labels.ts`). An editor's
 * attribution is shown as it always was, with no number.
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
 * How sure, from the surest down: the first band whose `from` the (rounded) confidence reaches.
 * `fairly` starts near the model's cross-validated threshold (0.93): below it a speaker is `less`
 * sure, still shown, since the committed model does not withhold it. Their words are readers' labels.
 */
export const CONFIDENCE_BANDS = [
  { from: 0.99, band: 'very' },
  { from: 0.9, band: 'fairly' },
  { from: 0, band: 'less' },
] as const;

/** True when an editor set the speaker: shown as it is, with no confidence. */
export function isCurated(quote: ConfidenceOfQuote): boolean {
  return quote.attribution === 'curated' || quote.speakerRule === 'curated';
}
