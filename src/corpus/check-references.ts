/**
 * The corpus index's reference check: `reference()` does not check that a target exists, so the
 * index does, before any join trusts a slug.
 */
import type { CollectionEntry } from 'astro:content';
import { normalizeSpace, validateReferences } from '../load/validate-references.ts';
import type { CorpusActor, CorpusQuote, IndexedArticle } from './types.ts';

/**
 * Stops the build on any dangling reference (events to actors, articles and excerpts; curated
 * speakers; affiliations), naming the file and the field; prints the warnings. `actors` are the
 * registered ones.
 */
export function checkReferences(
  articles: readonly IndexedArticle[],
  actors: readonly CorpusActor[],
  eventEntries: readonly CollectionEntry<'events'>[],
  quotes: readonly CorpusQuote[],
): void {
  const mentionedActors = new Set<string>();
  for (const article of articles) for (const mention of article.analysis.mentions) mentionedActors.add(mention.actor);
  for (const quote of quotes) if (quote.speaker?.actor) mentionedActors.add(quote.speaker.actor);
  const report = validateReferences(
    eventEntries.map((entry) => ({ file: entry.filePath ?? entry.id, slug: entry.id, ...entry.data })),
    {
      actorSlugs: new Set(actors.map((actor) => actor.slug)),
      articleBlocks: new Map(articles.map((a) => [a.slug, a.analysis.blocks])),
      articleQuotes: new Map(articles.map((a) => [a.slug, a.analysis.quotes.map((q) => normalizeSpace(q.text))])),
      mentionedActors,
      actors: actors.map((actor) => ({
        file: actor.entry?.filePath ?? actor.slug,
        slug: actor.slug,
        affiliation: actor.data.affiliation,
      })),
      curatedSpeakers: articles.flatMap((article) =>
        article.data.attributions.flatMap((curation, index) =>
          curation.speaker === null ? [] : [{ file: article.entry.filePath ?? article.slug, index, speaker: curation.speaker }],
        ),
      ),
    },
  );
  for (const warning of report.warnings) console.warn(`[dossier] warning: ${warning}`);
  if (report.errors.length > 0) throw new Error(`Content references are broken:\n${report.errors.join('\n')}`);
}
