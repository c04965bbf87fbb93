/** The corpus index's events: each event file with its actors and its sources' paragraphs. */
import type { CollectionEntry } from 'astro:content';
import { findExcerptBlock } from '../load/validate-references.ts';
import type { CorpusActor, CorpusEvent, IndexedArticle } from './types.ts';

/**
 * The events in date order (then by slug), each with its actors and, for each source, the article
 * and the paragraph that holds the excerpt, with its text. Run after the reference check, which guarantees that
 * every slug and excerpt is found. Quotes are joined later.
 */
export function readEvents(
  eventEntries: readonly CollectionEntry<'events'>[],
  actorBySlug: ReadonlyMap<string, CorpusActor>,
  articleBySlug: ReadonlyMap<string, IndexedArticle>,
): CorpusEvent[] {
  return eventEntries
    .map((entry) => ({
      slug: entry.id,
      entry,
      data: entry.data,
      actors: entry.data.actors.map((slug) => actorBySlug.get(slug)!),
      sources: entry.data.sources.map((source) => {
        const article = articleBySlug.get(source.article)!;
        const block = findExcerptBlock(article.analysis.blocks, source.excerpt)!;
        const blockText = article.analysis.blocks.find((candidate) => candidate.id === block)!.text;
        return { article, excerpt: source.excerpt, block, blockText };
      }),
      quotes: [],
      statements: [],
    }))
    .sort((a, b) => a.data.date.localeCompare(b.data.date) || a.slug.localeCompare(b.slug));
}
