import { getCollection, type CollectionEntry } from 'astro:content';
import type { ArticleAnalysis, AttributedQuote, Mention } from '../analysis/types.ts';
import { countWords, displayTitle, readingMinutes } from './article-facts.ts';

/** One article with everything pages need, computed once. */
export interface CorpusArticle {
  slug: string;
  entry: CollectionEntry<'articles'>;
  data: CollectionEntry<'articles'>['data'];
  /** Headline, or the editors' description when the headline is unknown. */
  title: string;
  /** True when `title` is the editors' description, not the outlet's headline. */
  titleIsDescription: boolean;
  publishedAt: string;
  wordCount: number;
  readingMinutes: number;
  analysis: ArticleAnalysis;
}

/** A quote with the article it is from. */
export interface CorpusQuote extends AttributedQuote {
  article: CorpusArticle;
}

/** One actor with its joins. */
export interface CorpusActor {
  slug: string;
  entry: CollectionEntry<'actors'>;
  data: CollectionEntry<'actors'>['data'];
  mentions: Array<Mention & { article: CorpusArticle }>;
  quotes: CorpusQuote[];
  /** Articles that mention the actor or quote them, newest first. */
  articles: CorpusArticle[];
}

/** The whole corpus with its joins, built once per build. */
export interface Corpus {
  /** Articles, newest first. */
  articles: CorpusArticle[];
  articleBySlug: Map<string, CorpusArticle>;
  actors: CorpusActor[];
  actorBySlug: Map<string, CorpusActor>;
  quotes: CorpusQuote[];
  quoteById: Map<string, CorpusQuote>;
}

let corpusPromise: Promise<Corpus> | undefined;

/**
 * The corpus index. Every page calls this; the work happens once per build (the promise is kept
 * at module level), so no page walks the collections itself.
 */
export function getCorpus(): Promise<Corpus> {
  corpusPromise ??= buildCorpus();
  return corpusPromise;
}

async function buildCorpus(): Promise<Corpus> {
  const [articleEntries, actorEntries] = await Promise.all([getCollection('articles'), getCollection('actors')]);

  const articles = articleEntries.map(toCorpusArticle).sort(byNewest);
  const articleBySlug = new Map(articles.map((article) => [article.slug, article]));

  const quotes: CorpusQuote[] = articles.flatMap((article) =>
    article.analysis.quotes.map((quote) => ({ ...quote, article })),
  );
  const quoteById = new Map(quotes.map((quote) => [quote.id, quote]));

  const actors: CorpusActor[] = actorEntries.map((entry) => ({
    slug: entry.id,
    entry,
    data: entry.data,
    mentions: [],
    quotes: [],
    articles: [],
  }));
  const actorBySlug = new Map(actors.map((actor) => [actor.slug, actor]));

  for (const article of articles) {
    for (const mention of article.analysis.mentions) {
      actorBySlug.get(mention.actor)?.mentions.push({ ...mention, article });
    }
  }
  for (const quote of quotes) {
    const speaker = quote.speaker?.actor;
    if (speaker) actorBySlug.get(speaker)?.quotes.push(quote);
  }
  for (const actor of actors) {
    const seen = new Set([...actor.mentions, ...actor.quotes].map((item) => item.article.slug));
    actor.articles = articles.filter((article) => seen.has(article.slug));
  }

  return { articles, articleBySlug, actors, actorBySlug, quotes, quoteById };
}

function toCorpusArticle(entry: CollectionEntry<'articles'>): CorpusArticle {
  const analysis = entry.rendered?.metadata?.frontmatter?.analysis as ArticleAnalysis | undefined;
  if (!analysis) throw new Error(`${entry.filePath}: the article was not analysed (is it under content/articles/?)`);
  const wordCount = countWords(analysis.blocks);
  return {
    slug: entry.id,
    entry,
    data: entry.data,
    title: displayTitle(entry.data),
    titleIsDescription: entry.data.headline.value === null,
    publishedAt: entry.data.published.value,
    wordCount,
    readingMinutes: readingMinutes(wordCount),
    analysis,
  };
}

function byNewest(a: CorpusArticle, b: CorpusArticle): number {
  return b.publishedAt.localeCompare(a.publishedAt) || a.slug.localeCompare(b.slug);
}
