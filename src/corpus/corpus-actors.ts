/**
 * The corpus index's actors: one record per actor file, and one per provisional person (found in
 * the text with no actor file), with empty joins that the later steps fill in.
 */
import type { CollectionEntry } from 'astro:content';
import { mergeDiscoveredPeople, provisionalActorData } from './provisional-actors.ts';
import type { CorpusActor, CorpusArticle } from './types.ts';

/** The actor of an actor file, its joins still empty. */
export function registeredActor(entry: CollectionEntry<'actors'>): CorpusActor {
  return {
    slug: entry.id,
    entry,
    data: entry.data,
    provisional: null,
    ...emptyJoins(),
  };
}

/**
 * The people the analysis discovered that no actor file claims (the articles' analyses are resolved
 * already), merged across articles, sorted by name, their joins still empty.
 */
export function provisionalActorsFrom(articles: readonly CorpusArticle[]): CorpusActor[] {
  return mergeDiscoveredPeople(articles).map((person) => ({
    slug: person.slug,
    entry: null,
    data: provisionalActorData(person, (article) => article.publishedAt),
    provisional: person,
    ...emptyJoins(),
  }));
}

/** An actor's joins before the later steps fill them: new, empty lists for each actor. */
function emptyJoins(): Pick<CorpusActor, 'mentions' | 'quotes' | 'statements' | 'articles' | 'events' | 'coMentioned'> {
  return { mentions: [], quotes: [], statements: [], articles: [], events: [], coMentioned: [] };
}

/** How prominent an actor is in the corpus: mentions plus quotes. */
export function prominence(actor: Pick<CorpusActor, 'mentions' | 'quotes'>): number {
  return actor.mentions.length + actor.quotes.length;
}

/** Sorts actors in place, most prominent first, then by name. */
export function sortByProminence(actors: CorpusActor[]): void {
  actors.sort((a, b) => prominence(b) - prominence(a) || a.data.name.localeCompare(b.data.name));
}
