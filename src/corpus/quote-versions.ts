import { isSameRemarks } from '../lib/word-diff.ts';

/** What the comparison needs of a quote: its words, its speaker, its article and its event. */
export interface VersionedQuote {
  id: string;
  text: string;
  speaker: { actor: string | null } | null;
  article: { slug: string };
  event: { quotes: readonly VersionedQuote[] } | null;
}

/**
 * Other outlets' quotes of the same event, split into the same remarks as `quote` (a shared phrase
 * of three words or more, by the same speaker when both are named) and the event's other quotes.
 * An event link alone does not make two quotes the same remarks (issue 14).
 */
export function quoteVersions<Q extends VersionedQuote>(quote: Q): { same: Q[]; other: Q[] } {
  const same: Q[] = [];
  const other: Q[] = [];
  for (const candidate of (quote.event?.quotes ?? []) as readonly Q[]) {
    if (candidate.article.slug === quote.article.slug) continue;
    const speakersAgree = !quote.speaker?.actor || !candidate.speaker?.actor || quote.speaker.actor === candidate.speaker.actor;
    (speakersAgree && isSameRemarks(quote.text, candidate.text) ? same : other).push(candidate);
  }
  return { same, other };
}

/** One outlet's versions of the same remarks: its name, the version to link to, and how many it has. */
export interface OutletVersions<Q> {
  outlet: string;
  first: Q;
  count: number;
}

/**
 * Other outlets' versions grouped by outlet, each outlet once, in the order they first appear:
 * "ABC News and The Guardian (2 versions)", never "The Guardian and The Guardian".
 */
export function versionsByOutlet<Q>(versions: readonly Q[], outletOf: (quote: Q) => string): OutletVersions<Q>[] {
  const byOutlet = new Map<string, OutletVersions<Q>>();
  for (const version of versions) {
    const outlet = outletOf(version);
    const seen = byOutlet.get(outlet);
    if (seen) seen.count++;
    else byOutlet.set(outlet, { outlet, first: version, count: 1 });
  }
  return [...byOutlet.values()];
}
