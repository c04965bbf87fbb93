import type { AttributedQuote, BodyBlock } from '../analysis/types.ts';
import { normalizedBlockText, normalizeSpace } from '../load/validate-references.ts';

/** An event as the linker sees it. */
export interface EventForLinking {
  slug: string;
  actors: string[];
  sources: Array<{ article: string; excerpt: string }>;
  quotes: Array<{ article: string; quote: string }>;
}

/** A quote as the linker sees it. */
export interface QuoteForLinking extends Pick<AttributedQuote, 'id' | 'text' | 'parts' | 'speaker'> {
  article: string;
}

/**
 * Finds the event each quote was spoken at. Curated links (an event's `quotes`) win; otherwise a
 * quote is linked when a source excerpt of the event is in the quote's paragraph and the
 * quote's speaker took part in the event, choosing the nearest excerpt when several events
 * qualify. Returns event slugs by quote id; quotes with no event are absent.
 */
export function linkQuotesToEvents(
  quotes: QuoteForLinking[],
  events: EventForLinking[],
  blocksByArticle: ReadonlyMap<string, BodyBlock[]>,
): Map<string, string> {
  const links = new Map<string, string>();
  const excerptsByBlock = eventExcerptsByParagraph(events, blocksByArticle);
  for (const quote of quotes) {
    const first = quote.parts[0];
    const speaker = quote.speaker?.actor;
    if (!first || !speaker) continue;
    const candidates = (excerptsByBlock.get(`${quote.article}#${first.block}`) ?? []).filter(({ event }) =>
      event.actors.includes(speaker),
    );
    const nearest = candidates.sort((a, b) => Math.abs(a.offset - first.start) - Math.abs(b.offset - first.start))[0];
    if (nearest) links.set(quote.id, nearest.event.slug);
  }
  const curatedQuote = curatedQuoteFinder(quotes);
  for (const event of events) {
    for (const link of event.quotes) {
      const quote = curatedQuote(link.article, normalizeSpace(link.quote));
      if (quote) links.set(quote.id, event.slug);
    }
  }
  return links;
}

/**
 * Finds the first quote of an article (in the order of `quotes`) whose words, space folded, hold
 * `wanted`. The quotes are grouped by article on the first call, so a curated link reads its own
 * article's quotes. A scan of the whole archive per link grew as events times quotes: 0.5–0.7 s
 * at 10,000 articles, where 100,000 have a hundred times that product (bench-results/budgets-not-met.md).
 */
export function curatedQuoteFinder<Q extends Pick<QuoteForLinking, 'article' | 'text'>>(
  quotes: readonly Q[],
): (article: string, wanted: string) => Q | undefined {
  let byArticle: Map<string, Array<{ quote: Q; words: string | undefined }>> | undefined;
  return (article, wanted) => {
    if (!byArticle) {
      byArticle = new Map();
      for (const quote of quotes) {
        const list = byArticle.get(quote.article);
        if (list) list.push({ quote, words: undefined });
        else byArticle.set(quote.article, [{ quote, words: undefined }]);
      }
    }
    for (const item of byArticle.get(article) ?? []) {
      item.words ??= normalizeSpace(item.quote.text);
      if (item.words.includes(wanted)) return item.quote;
    }
    return undefined;
  };
}

/** Where an event's source excerpt sits: the event, and the excerpt's offset in its paragraph's text. */
export interface ExcerptInParagraph {
  event: EventForLinking;
  /** Where the excerpt starts in the paragraph's space-folded text. */
  offset: number;
  /** The excerpt's length in that text. */
  length: number;
}

/**
 * The excerpts of the events' sources by paragraph, keyed `<article>#<block>`: which events a
 * paragraph reports, and where in it (space folded, as YAML folds a long excerpt).
 */
export function eventExcerptsByParagraph(
  events: readonly EventForLinking[],
  blocksByArticle: ReadonlyMap<string, BodyBlock[]>,
): Map<string, ExcerptInParagraph[]> {
  const excerptsByBlock = new Map<string, ExcerptInParagraph[]>();
  for (const event of events) {
    for (const source of event.sources) {
      const excerpt = normalizeSpace(source.excerpt);
      for (const block of blocksByArticle.get(source.article) ?? []) {
        const offset = normalizedBlockText(block).indexOf(excerpt);
        if (offset < 0) continue;
        const key = `${source.article}#${block.id}`;
        const list = excerptsByBlock.get(key) ?? [];
        list.push({ event, offset, length: excerpt.length });
        excerptsByBlock.set(key, list);
      }
    }
  }
  return excerptsByBlock;
}
