/**
 * Curated corrections: an editor's fixes from an article's `attributions` frontmatter, applied
 * over the automatic pass and checked so that a stale fix fails the build instead of silently
 * not applying.
 */
import type { AttributedQuote, QuoteKind, Speaker } from '../types.ts';

/** One correction from an article's `attributions` frontmatter. */
export interface CuratedAttribution {
  /** A verbatim excerpt of exactly one quote's words. */
  quote: string;
  /** Actor slug, or null for an unnamed source. */
  speaker: string | null;
  /** The article's own words for the speaker; required for an unnamed source. */
  speakerLabel?: string;
  /** The right kind, when the automatic one was wrong. */
  kind?: QuoteKind;
  /** Why the automatic result was overridden. */
  reason: string;
}

/**
 * Applies an article's `attributions` frontmatter. Each curation names its quote by a verbatim
 * excerpt that must pick out exactly one quote; anything else fails the build with the file,
 * the field and the excerpt, so a stale curation cannot silently stop applying.
 */
export function applyCuratedAttributions(
  quotes: AttributedQuote[],
  curations: CuratedAttribution[],
  file: string,
): AttributedQuote[] {
  const result = [...quotes];
  const curatedBy = new Map<number, number>();
  curations.forEach((curation, i) => {
    const field = `attributions[${i}]`;
    const matches = result.flatMap((quote, index) => (quote.text.includes(curation.quote) ? [index] : []));
    if (matches.length !== 1) {
      const found = matches.length === 0 ? 'matches no quote' : `matches ${matches.length} quotes; quote more words to pick one`;
      throw new Error(`${file}: ${field}.quote "${curation.quote}" ${found}`);
    }
    const index = matches[0]!;
    const earlier = curatedBy.get(index);
    if (earlier !== undefined)
      throw new Error(`${file}: ${field}.quote "${curation.quote}" picks the same quote as attributions[${earlier}]`);
    curatedBy.set(index, i);

    const quote = result[index]!;
    const kind = curation.kind ?? quote.kind;
    const hasSpeaker = kind !== 'title' && kind !== 'scare';
    if (!hasSpeaker && curation.speaker !== null) {
      throw new Error(`${file}: ${field}.speaker must be null: a ${kind} quote has no speaker`);
    }
    if (hasSpeaker && curation.speaker === null && !curation.speakerLabel) {
      throw new Error(`${file}: ${field}.speakerLabel is required for an unnamed source (the article's own words for it)`);
    }
    const speaker: Speaker | null = !hasSpeaker
      ? null
      : curation.speaker === null
        ? { actor: null, label: curation.speakerLabel! }
        : { actor: curation.speaker, label: curation.speakerLabel ?? curation.speaker };
    result[index] = {
      ...quote,
      kind,
      speaker,
      attribution: 'curated',
      speakerRule: speaker ? 'curated' : null,
      speakerConfidence: speaker ? 1 : null,
    };
  });
  return result;
}
