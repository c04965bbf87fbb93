/**
 * The shapes of the corpus index (src/corpus/index.ts): articles, actors, events and quotes with
 * their joins. Output formats and pages import these types; only the index builds the values.
 */
import type { CollectionEntry } from 'astro:content';
import type { ArticleAnalysis, AttributedQuote, Mention, ReportedStatement } from '../analysis/types.ts';
import type { Opening } from '../analysis/text/opening.ts';
import type { ActorData } from '../schemas/actor.ts';
import type { AttributionAccuracy } from './attribution-accuracy.ts';
import type { ProvisionalPerson } from './provisional-actors.ts';

/**
 * What the index keeps of an article's analysis while pages are written: what other pages read
 * (speakers, mentions, discovered people). The text's blocks and dates, which only the article's
 * own page reads, stay in its record on disk (`articleRender`): held for every article, they were
 * a third of the index's heap, and every full garbage collection marks the whole heap again.
 */
export type CorpusAnalysis = Pick<ArticleAnalysis, 'mentions' | 'quotes' | 'statements' | 'people'>;

/** One article with everything pages need, computed once. */
export interface CorpusArticle {
  slug: string;
  entry: CollectionEntry<'articles'>;
  data: CollectionEntry<'articles'>['data'];
  /** Headline, or the editors' description marked "(headline unknown)" when the headline is unknown. */
  title: string;
  /** Headline, or the bare editors' description: for places that show a "headline unknown" badge beside it. */
  heading: string;
  /** True when `title` is the editors' description, not the outlet' headline. */
  titleIsDescription: boolean;
  publishedAt: string;
  wordCount: number;
  readingMinutes: number;
  analysis: CorpusAnalysis;
  /** The body's first sentence (src/analysis/text/opening.ts), for lists of articles without a standfirst; null when none. */
  opening: Opening | null;
  /** The first block's text, cut at 280 characters: the feed's description when there is no standfirst. */
  leadText: string;
  /** How many date expressions the analysis resolved in the article. */
  dateCount: number;
  /** Events this article reports, in date order. */
  events: CorpusEvent[];
}

/**
 * An article while the index is built: its whole analysis, which the build's checks and joins
 * read, before the index keeps only a `CorpusAnalysis` of it for the pages.
 */
export interface IndexedArticle extends Omit<CorpusArticle, 'analysis'> {
  analysis: ArticleAnalysis;
}

/** A quote with the article it is from and the event it was spoken at. */
export interface CorpusQuote extends AttributedQuote {
  article: CorpusArticle;
  event: CorpusEvent | null;
}

/**
 * A statement reported outside quotation marks, with the article it is from and the event it is
 * about. It has no page: its permalink is its anchor in the article (`/articles/<slug>/#<id>`).
 */
export interface CorpusStatement extends ReportedStatement {
  article: CorpusArticle;
  event: CorpusEvent | null;
}

/** A mention with its article and the sentence around it. */
export interface CorpusMention extends Mention {
  article: CorpusArticle;
  /** The sentence the mention is in, for "mentions in context". */
  sentence: string;
}

/** One actor with its joins: a registered actor (an actor file), or a provisional one. */
export interface CorpusActor {
  slug: string;
  /** The actor file; null for a provisional actor, which has none yet. */
  entry: CollectionEntry<'actors'> | null;
  /** The actor file's data; for a provisional actor, made from what the articles write (`provisionalActorData`). */
  data: ActorData;
  /**
   * For a person found in the text who has no actor file (shown as not yet reviewed): the name
   * as written, the roles as written and where each article gives the name in full. Null for
   * registered actors.
   */
  provisional: ProvisionalPerson<CorpusArticle> | null;
  mentions: CorpusMention[];
  quotes: CorpusQuote[];
  /** Statements reported from the actor outside quotation marks, in the order of `quotes` (newest article first). */
  statements: CorpusStatement[];
  /** Articles that mention or quote the actor, newest first. */
  articles: CorpusArticle[];
  /** Events the actor took part in, in date order. */
  events: CorpusEvent[];
  /** Actors mentioned in the same paragraphs, most shared paragraphs first. */
  coMentioned: Array<{ actor: CorpusActor; paragraphs: number }>;
}

/** A source of an event: the article, the excerpt and the paragraph it is in. */
export interface CorpusEventSource {
  article: CorpusArticle;
  excerpt: string;
  block: string;
  /** The text of that paragraph (the index keeps no other block's text). */
  blockText: string;
}

/** One event with its joins. */
export interface CorpusEvent {
  slug: string;
  entry: CollectionEntry<'events'>;
  data: CollectionEntry<'events'>['data'];
  actors: CorpusActor[];
  sources: CorpusEventSource[];
  quotes: CorpusQuote[];
  /** Statements reported about the event, across outlets, newest article first. */
  statements: CorpusStatement[];
}

/** The whole corpus with its joins, built once per build. */
export interface Corpus {
  /** Articles, newest first. */
  articles: CorpusArticle[];
  articleBySlug: Map<string, CorpusArticle>;
  /** Actors, registered and provisional, most prominent (mentions + quotes) first. */
  actors: CorpusActor[];
  /** The provisional actors alone (people found in the text with no actor file), most prominent first. */
  provisionalActors: CorpusActor[];
  actorBySlug: Map<string, CorpusActor>;
  quotes: CorpusQuote[];
  quoteById: Map<string, CorpusQuote>;
  /** Every reported statement, newest article first, then reading order. */
  statements: CorpusStatement[];
  /** Each article's statements (by article slug), in reading order. */
  statementsByArticle: Map<string, CorpusStatement[]>;
  /** Events in date order. */
  events: CorpusEvent[];
  eventBySlug: Map<string, CorpusEvent>;
  /** The automatic attribution pass measured against the final attributions. */
  attributionAccuracy: AttributionAccuracy;
}
