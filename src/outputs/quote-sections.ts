/**
 * The sections of the quotes index (/quotes/): one per named speaker, most quoted first, then the
 * unnamed sources by the articles' own words, then titles and scare quotes. Each section shows its
 * newest quotes only, and only the most quoted speakers get a section, so the page stays readable
 * (and small) for an archive of thousands of articles; every section says how many it leaves out
 * and where the rest are.
 */
import { isSpokenQuote, type QuoteKind } from '../schemas/quote.ts';

/** What the sections need of a quote: its kind and speaker, and its outlet for unnamed sources. */
export interface QuoteForSections {
  /** A statement or fragment with no speaker is one whose speaker could not be determined. */
  kind?: QuoteKind;
  speaker: { actor: string | null; label: string } | null;
  /** The outlet of the quote's article (unnamed sources are grouped per outlet). */
  outlet: string;
}

/** How much the index shows. */
export interface QuoteSectionLimits {
  /** Named speakers with a section of their own; the others are listed by name with a count. */
  speakers: number;
  /** Quotes shown in each section, newest first. */
  quotesPerSection: number;
}

/** One section of the index. */
export interface QuoteSection<Q> {
  /**
   * Actor slug for a named speaker; `unnamed`, `undetermined` (spoken words whose speaker could
   * not be determined) or `no-speaker` (titles and scare quotes) for the shared sections.
   */
  id: string;
  /** The quotes shown, newest first. */
  shown: Q[];
  /** Number of quotes in the section in all. */
  total: number;
  /** Unnamed sources only: the quotes shown, grouped under "label (outlet)". */
  groups?: Array<{ label: string; quotes: Q[] }>;
}

/** The index's sections and the named speakers left without one. */
export interface QuoteIndex<Q> {
  sections: Array<QuoteSection<Q>>;
  /** Named speakers beyond `limits.speakers`, most quoted first, with their counts. */
  moreSpeakers: Array<{ actor: string; total: number }>;
}

/**
 * Builds the index from quotes in newest-first order. `speakerOrder` sorts the named speakers,
 * given as slugs with their quote counts (the page puts the most quoted first, then by name).
 */
export function quoteSections<Q extends QuoteForSections>(
  quotesNewestFirst: readonly Q[],
  speakerOrder: (a: { actor: string; total: number }, b: { actor: string; total: number }) => number,
  limits: QuoteSectionLimits,
): QuoteIndex<Q> {
  const byActor = new Map<string, Q[]>();
  const unnamed: Q[] = [];
  const undetermined: Q[] = [];
  const noSpeaker: Q[] = [];
  for (const quote of quotesNewestFirst) {
    if (!quote.speaker && isSpokenQuote(quote.kind)) undetermined.push(quote);
    else if (!quote.speaker) noSpeaker.push(quote);
    else if (quote.speaker.actor === null) unnamed.push(quote);
    else {
      const list = byActor.get(quote.speaker.actor) ?? [];
      list.push(quote);
      byActor.set(quote.speaker.actor, list);
    }
  }
  const speakers = [...byActor].map(([actor, list]) => ({ actor, total: list.length })).sort(speakerOrder);
  const sections: Array<QuoteSection<Q>> = speakers.slice(0, limits.speakers).map(({ actor, total }) => ({
    id: actor,
    shown: byActor.get(actor)!.slice(0, limits.quotesPerSection),
    total,
  }));
  const unnamedShown = unnamed.slice(0, limits.quotesPerSection);
  const groups = new Map<string, Q[]>();
  for (const quote of unnamedShown) {
    const label = `${quote.speaker!.label} (${quote.outlet})`;
    groups.set(label, [...(groups.get(label) ?? []), quote]);
  }
  sections.push({
    id: 'unnamed',
    shown: unnamedShown,
    total: unnamed.length,
    groups: [...groups].map(([label, quotes]) => ({ label, quotes })),
  });
  if (undetermined.length > 0)
    sections.push({ id: 'undetermined', shown: undetermined.slice(0, limits.quotesPerSection), total: undetermined.length });
  if (noSpeaker.length > 0)
    sections.push({ id: 'no-speaker', shown: noSpeaker.slice(0, limits.quotesPerSection), total: noSpeaker.length });
  return { sections, moreSpeakers: speakers.slice(limits.speakers) };
}
