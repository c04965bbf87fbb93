import { jsonArrayPieces, streamedResponse } from './streamed-body.ts';
import { urls } from '../lib/urls.ts';
import { roundedConfidence, speakerRuleOf } from './speaker-confidence.ts';
import type { CorpusActor, CorpusArticle, CorpusEvent, CorpusQuote } from '../corpus/index.ts';

/** One row of `data/articles.json`. The shape is public: add fields, never rename or remove. */
export interface ArticleExport {
  slug: string;
  title: string;
  outlet: string | null;
  /** `YYYY-MM-DD`. */
  publishedAt: string;
  author: string | null;
  /** The article's page on this site. */
  url: string;
  sourceUrl: string | null;
  wordCount: number;
  /** The file name of the article's unedited raw copy in the site's source, `content/raw/<raw>`. */
  raw: string;
}

/** The `data/articles.json` row of an article. */
export function articleExport(article: CorpusArticle): ArticleExport {
  return {
    slug: article.slug,
    title: article.title,
    outlet: article.data.outlet.value,
    publishedAt: article.publishedAt,
    author: article.data.author.value,
    url: urls.article(article.slug),
    sourceUrl: article.data.sourceUrl.value,
    wordCount: article.wordCount,
    raw: article.data.raw,
  };
}

/** One row of `data/actors.json`. */
export interface ActorExport {
  slug: string;
  name: string;
  kind: string;
  /** The most recent role the articles give, or null. */
  role: string | null;
  aliases: string[];
  url: string;
  mentionCount: number;
  quoteCount: number;
  articles: string[];
  /**
   * True for a person found in the text who has no actor file yet (not reviewed by an editor):
   * the name and role are as the articles write them.
   */
  provisional: boolean;
}

/** The `data/actors.json` row of an actor. */
export function actorExport(actor: CorpusActor): ActorExport {
  const latestRole = [...actor.data.roles].sort((a, b) => b.asOf.localeCompare(a.asOf))[0];
  return {
    slug: actor.slug,
    name: actor.data.name,
    kind: actor.data.kind,
    role: latestRole?.title ?? null,
    aliases: actor.data.aliases,
    url: urls.actor(actor.slug),
    mentionCount: actor.mentions.length,
    quoteCount: actor.quotes.length,
    articles: actor.articles.map((article) => article.slug),
    provisional: actor.provisional !== null,
  };
}

/** One row of `data/quotes.json`. */
export interface QuoteExport {
  id: string;
  /** The quoted words, without the outer quotation marks. */
  text: string;
  kind: string;
  /** Actor slug of a named speaker; null for unnamed sources and for quotes with no speaker. */
  speaker: string | null;
  /** The article's own words for the speaker; set whenever the quote has a speaker. */
  speakerLabel: string | null;
  /**
   * True when `speaker` is a provisional actor: a person found in the text who has no actor file
   * yet, not reviewed by an editor. False otherwise.
   */
  speakerProvisional: boolean;
  attribution: string | null;
  article: string;
  /** Anchor id of the paragraph the quote starts in. */
  paragraph: string;
  event: string | null;
  /** The quote in its sentence: its anchor in its article (`/articles/<slug>/#q-<id>`); quotes have no page. */
  url: string;
  /**
   * The name of the attribution rule that proposed the speaker (`curated` for an editor's); null
   * when the quote has no speaker.
   */
  speakerRule: string | null;
  /**
   * The attribution model's probability that the speaker is right, 0..1, rounded to two decimals
   * (1 for an editor's attribution and the explicit "X said" rules); null when the quote has no speaker.
   */
  speakerConfidence: number | null;
}

/**
 * The columns of `data/quotes.csv`, in order: the keys of a `data/quotes.json` row. Columns added
 * later come last, so a spreadsheet that reads columns by position keeps working.
 */
export const QUOTE_COLUMNS = [
  'id',
  'text',
  'kind',
  'speaker',
  'speakerLabel',
  'speakerProvisional',
  'attribution',
  'article',
  'paragraph',
  'event',
  'url',
  'speakerRule',
  'speakerConfidence',
] as const satisfies ReadonlyArray<keyof QuoteExport>;

/** The `data/quotes.json` row of a quote. */
export function quoteExport(quote: CorpusQuote): QuoteExport {
  return {
    id: quote.id,
    text: quote.text,
    kind: quote.kind,
    speaker: quote.speaker?.actor ?? null,
    speakerLabel: quote.speaker?.label ?? null,
    speakerProvisional: quote.speaker?.provisional === true,
    attribution: quote.attribution,
    article: quote.article.slug,
    paragraph: quote.parts[0]?.block ?? 'p-1',
    event: quote.event?.slug ?? null,
    url: urls.quote(quote.article.slug, quote.id),
    speakerRule: speakerRuleOf(quote),
    speakerConfidence: roundedConfidence(quote),
  };
}

/** One row of `data/events.json`. */
export interface EventExport {
  slug: string;
  title: string;
  date: string;
  datePrecision: string;
  endDate: string | null;
  status: string;
  kind: string;
  location: string | null;
  actors: string[];
  articles: string[];
  summary: string;
  url: string;
}

/** The columns of `data/events.csv`, in order: the keys of a `data/events.json` row. */
export const EVENT_COLUMNS = [
  'slug',
  'title',
  'date',
  'datePrecision',
  'endDate',
  'status',
  'kind',
  'location',
  'actors',
  'articles',
  'summary',
  'url',
] as const satisfies ReadonlyArray<keyof EventExport>;

/** The `data/events.json` row of an event. */
export function eventExport(event: CorpusEvent): EventExport {
  return {
    slug: event.slug,
    title: event.data.title,
    date: event.data.date,
    datePrecision: event.data.datePrecision,
    endDate: event.data.endDate ?? null,
    status: event.data.status,
    kind: event.data.kind,
    location: event.data.location ?? null,
    actors: event.data.actors,
    articles: [...new Set(event.sources.map((source) => source.article.slug))],
    summary: event.data.summary,
    url: urls.event(event.slug),
  };
}

/** A JSON response for a data export, streamed a row at a time (`jsonArrayPieces`): the file may outgrow a string. */
export function jsonResponse(rows: Iterable<unknown>): Response {
  return streamedResponse(jsonArrayPieces(rows), 'application/json; charset=utf-8');
}
