/**
 * The events of an actor's page. An actor belongs to an event in one of two ways, and the page
 * says which:
 * - `participant`: the event file lists the actor among its actors (an editor's decision);
 * - `named`: the actor is not listed, but the analysis finds it named inside the passage an event
 *   cites as its source (Italy in "told Italy’s prime minister, Giorgia Meloni, …" of the
 *   Vance–Meloni meeting).
 * Nothing wider counts: an article that names Italy somewhere and reports the meeting elsewhere
 * does not tie Italy to the meeting, so only the cited passage itself is read.
 */
import type { TextSpan } from '../analysis/types.ts';

/** How an actor is tied to an event (see the module comment). */
export type ActorEventTie = 'participant' | 'named';

/** What the rule needs of an event: its actors and each source's article, paragraph and excerpt. */
export interface EventForActor {
  actors: ReadonlyArray<{ slug: string }>;
  sources: ReadonlyArray<{ article: { slug: string }; block: string; excerpt: string }>;
}

/** What the rule needs of a mention: the article and where in which paragraph it is. */
export interface MentionForEvents extends TextSpan {
  article: { slug: string };
}

const escapeForPattern = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Where `excerpt` is in `text`, as offsets, its words matched across any run of white space (an
 * event file folds long excerpts over lines); null when it is not there.
 */
export function excerptRange(text: string, excerpt: string): { start: number; end: number } | null {
  const words = excerpt.normalize('NFC').trim().split(/\s+/u).filter(Boolean);
  if (words.length === 0) return null;
  const match = new RegExp(words.map(escapeForPattern).join('\\s+'), 'u').exec(text);
  return match ? { start: match.index, end: match.index + match[0].length } : null;
}

/** An actor as the rule reads it: its slug and its mentions. */
export interface ActorForEvents {
  slug: string;
  mentions: readonly MentionForEvents[];
}

/**
 * The events of each actor, in the order of `events`, each with how it is tied to the actor:
 * listed as a participant, else named by a mention lying wholly inside one of the event's source
 * excerpts. `blockText` gives a paragraph's text by article and block id. One pass over the
 * events for all actors: each cited passage is found once, not once per actor.
 */
export function eventsOfActors<E extends EventForActor>(
  actors: readonly ActorForEvents[],
  events: readonly E[],
  blockText: (articleSlug: string, block: string) => string | undefined,
): Map<string, Array<{ event: E; tie: ActorEventTie }>> {
  const mentionsByPlace = new Map<string, Array<{ actor: string; start: number; end: number }>>();
  for (const actor of actors)
    for (const mention of actor.mentions) {
      const place = `${mention.article.slug}#${mention.block}`;
      let here = mentionsByPlace.get(place);
      if (!here) mentionsByPlace.set(place, (here = []));
      here.push({ actor: actor.slug, start: mention.start, end: mention.end });
    }
  const tied = new Map(actors.map((actor) => [actor.slug, [] as Array<{ event: E; tie: ActorEventTie }>]));
  for (const event of events) {
    const participants = new Set(event.actors.map((actor) => actor.slug));
    for (const slug of participants) tied.get(slug)?.push({ event, tie: 'participant' });
    const named = new Set<string>();
    for (const source of event.sources) {
      const here = mentionsByPlace.get(`${source.article.slug}#${source.block}`);
      const text = here && blockText(source.article.slug, source.block);
      const range = text === undefined ? null : excerptRange(text, source.excerpt);
      if (range === null) continue;
      for (const mention of here!)
        if (mention.start >= range.start && mention.end <= range.end && !participants.has(mention.actor))
          named.add(mention.actor);
    }
    for (const slug of named) tied.get(slug)?.push({ event, tie: 'named' });
  }
  return tied;
}
