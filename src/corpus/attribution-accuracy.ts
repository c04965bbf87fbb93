import type { AttributedQuote } from '../analysis/types.ts';
import { isSpokenQuote } from '../schemas/quote.ts';

/** How well the automatic attribution pass agrees with the final (curated) attributions. */
export interface AttributionAccuracy {
  /** Statements and fragments: the quotes that have a speaker. */
  spoken: number;
  /** Of those, how many the automatic pass gave the final speaker. */
  speakerAgreements: number;
  /** All quotes, and how many the automatic pass gave the final kind. */
  quotes: number;
  kindAgreements: number;
  /** Quotes a person curated. */
  curated: number;
  /** `speakerAgreements / spoken`, 1 when there is nothing to attribute. */
  ratio: number;
}

/** Same speaker: the same named actor, or both unnamed with the same words. */
function sameSpeaker(a: AttributedQuote['speaker'], b: AttributedQuote['speaker']): boolean {
  if (a === null || b === null) return a === b;
  return a.actor !== null ? a.actor === b.actor : b.actor === null && a.label === b.label;
}

/**
 * Measures the automatic pass against the final attributions (automatic, then curated). This is
 * the figure the methodology page and the editor report show: it is computed on every build.
 */
export function measureAttributionAccuracy(quotes: AttributedQuote[]): AttributionAccuracy {
  const spoken = quotes.filter((quote) => isSpokenQuote(quote.kind));
  const speakerAgreements = spoken.filter((quote) => sameSpeaker(quote.automatic?.speaker ?? null, quote.speaker)).length;
  return {
    spoken: spoken.length,
    speakerAgreements,
    quotes: quotes.length,
    kindAgreements: quotes.filter((quote) => quote.automatic?.kind === quote.kind).length,
    curated: quotes.filter((quote) => quote.attribution === 'curated').length,
    ratio: spoken.length === 0 ? 1 : speakerAgreements / spoken.length,
  };
}
