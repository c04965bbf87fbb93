/**
 * Quotes as search records. A quote has no page of its own (it opens in its sentence, at its
 * anchor in its article), so the search index gets one custom record per spoken quote (Pagefind's
 * `addCustomRecord`), made from the data downloads: the quote's words, then the speaker's name and
 * the other spellings the site knows for it (so "Zelenskiy" finds Zelenskyy's quotes), the type
 * `quote`, speaker and outlet filters, and the quote's anchor as its address. The result's title
 * says who, where and when; its snippet is the words (`meta.words`), never the same as the title.
 */
import { formatDate } from '../schemas/dates.ts';
import { isSpokenQuote, type QuoteKind } from '../schemas/quote.ts';
import type { ActorExport, ArticleExport, QuoteExport } from './exports.ts';
import type { StatementSearchRecord } from './statement-search-records.ts';

/** One record for the search index, in the shape of Pagefind's `CustomRecord` (as a statement's). */
export type QuoteSearchRecord = StatementSearchRecord;

/** The outlet shown when an article's outlet is unknown (as `outletName` shows it). */
const UNKNOWN_OUTLET = 'Unknown outlet';

/**
 * The search records of the spoken quotes in `data/quotes.json` (titles and scare quotes are no
 * one's words and get none), given the rows of `data/articles.json` and `data/actors.json`. A quote
 * whose article is not among the rows gets no record.
 */
export function quoteSearchRecords(
  quotes: readonly QuoteExport[],
  articles: readonly Pick<ArticleExport, 'slug' | 'outlet' | 'publishedAt'>[],
  actors: readonly Pick<ActorExport, 'slug' | 'name' | 'aliases'>[],
): QuoteSearchRecord[] {
  const articleBySlug = new Map(articles.map((article) => [article.slug, article]));
  const actorBySlug = new Map(actors.map((actor) => [actor.slug, actor]));
  return quotes.flatMap((quote) => {
    const article = articleBySlug.get(quote.article);
    if (!article || !isSpokenQuote(quote.kind as QuoteKind)) return [];
    const actor = quote.speaker ? actorBySlug.get(quote.speaker) : undefined;
    const speaker = actor?.name ?? quote.speakerLabel;
    const outlet = article.outlet ?? UNKNOWN_OUTLET;
    const date = formatDate(article.publishedAt);
    // Each word of the speaker's names once: the names find the quote without outweighing its words.
    const nameWords = [speaker, ...(actor?.aliases ?? [])].flatMap((name) => (name ? name.split(/\s+/) : []));
    const names = [...new Set(nameWords)].join(' ');
    const meta: Record<string, string> = {
      title: `${speaker ?? 'Speaker not determined'}, in ${outlet}, ${date}`,
      words: quote.text,
      outlet,
      date,
    };
    if (speaker) meta.speaker = speaker;
    return [
      {
        url: quote.url,
        content: names ? `${quote.text}\n${names}` : quote.text,
        language: 'en' as const,
        meta,
        filters: { type: ['quote'], outlet: [outlet], ...(speaker ? { speaker: [speaker] } : {}) },
        sort: { date: article.publishedAt },
      },
    ];
  });
}
