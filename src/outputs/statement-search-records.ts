/**
 * Reported statements as search records. A statement has no page, so the search index gets one
 * custom record per statement (Pagefind's `addCustomRecord`), made from the data downloads:
 * its words, the type `statement`, the speaker and outlet filters a quote's record has, and its
 * permalink, the anchor of the statement in its article.
 */
import { formatDate } from '../schemas/dates.ts';
import type { ActorExport, ArticleExport } from './exports.ts';
import type { StatementExport } from './statement-exports.ts';

/** One record for the search index, in the shape of Pagefind's `CustomRecord`. */
export interface StatementSearchRecord {
  url: string;
  content: string;
  language: 'en';
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  sort: Record<string, string>;
}

/** The outlet shown when an article's outlet is unknown (as `outletName` shows it). */
const UNKNOWN_OUTLET = 'Unknown outlet';

/**
 * The search records of the statements in `data/statements.json`, given the rows of
 * `data/articles.json` and `data/actors.json` (for the outlet, the date and the speaker's full name).
 * A statement whose article is not among the rows gets no record.
 */
export function statementSearchRecords(
  statements: readonly StatementExport[],
  articles: readonly Pick<ArticleExport, 'slug' | 'outlet' | 'publishedAt' | 'url'>[],
  actors: readonly Pick<ActorExport, 'slug' | 'name'>[],
): StatementSearchRecord[] {
  const articleBySlug = new Map(articles.map((article) => [article.slug, article]));
  const nameBySlug = new Map(actors.map((actor) => [actor.slug, actor.name]));
  return statements.flatMap((statement) => {
    const article = articleBySlug.get(statement.article);
    if (!article) return [];
    const speaker = statement.speaker ? (nameBySlug.get(statement.speaker) ?? statement.speakerLabel) : statement.speakerLabel;
    const outlet = article.outlet ?? UNKNOWN_OUTLET;
    const date = formatDate(article.publishedAt);
    // The title says from whom, where and when; the words are the snippet, so the two never repeat each other.
    const meta: Record<string, string> = {
      title: `${speaker ?? 'Source not determined'}, reported in ${outlet}, ${date}`,
      outlet,
      date,
    };
    if (speaker) meta.speaker = speaker;
    return [
      {
        url: `${article.url}#${statement.id}`,
        content: statement.content,
        language: 'en' as const,
        meta,
        filters: { type: ['statement'], outlet: [outlet], ...(speaker ? { speaker: [speaker] } : {}) },
        sort: { date: article.publishedAt },
      },
    ];
  });
}
