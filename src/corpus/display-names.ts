/**
 * How pages name a quote's speaker and an article's outlet: one rule for each, so the article's
 * notes, the quote pages, the timeline, the lists and the feeds never disagree.
 */
import type { Speaker } from '../analysis/types.ts';

/** What naming a speaker needs of the corpus: each actor's full name by slug. */
export type ActorNames = ReadonlyMap<string, { data: { name: string } }>;

/**
 * The name shown for a quote's speaker: a named speaker's full name (a registered actor's, or a
 * provisional actor's as the articles give it), or the article's words when the actor is not in
 * the corpus; an unnamed source's description in the article's words ("a senior official"); null
 * when the quote has no speaker (not determined, or a title or scare quotes), which each page says
 * in its own words ("Unattributed").
 */
export function speakerDisplayName(speaker: Speaker | null, actors: ActorNames): string | null {
  if (!speaker) return null;
  return speaker.actor ? (actors.get(speaker.actor)?.data.name ?? speaker.label) : speaker.label;
}

/** The text shown for an outlet no copy of the article names. */
export const UNKNOWN_OUTLET = 'Unknown outlet';

/** The outlet that published an article, or "Unknown outlet" when it is not known. */
export function outletName(article: { data: { outlet: { value: string | null } } }): string {
  return article.data.outlet.value ?? UNKNOWN_OUTLET;
}
