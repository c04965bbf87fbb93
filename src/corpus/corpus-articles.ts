/**
 * The corpus index's articles: each collection entry with the analysis its Markdown render stored,
 * its display titles and reading facts; and the quotes of all articles.
 */
import type { CollectionEntry } from 'astro:content';
import { registeredNames, resolveProvisional, type RegisteredNames } from '../analysis/attribution/provisional-people.ts';
import type { ArticleAnalysis } from '../analysis/types.ts';
import { readArticleRecord } from '../load/article-records.ts';
import { shareRepeatedStrings, type StringTable } from '../load/shared-strings.ts';
import { recordPointerOf } from '../load/slim-article-store.ts';
import { detachedCopy } from '../lib/text.ts';
import { articleOpening, type Opening } from '../analysis/text/opening.ts';
import { countWords, displayTitle, headingTitle, readingMinutes } from './article-facts.ts';
import type { CorpusAnalysis, CorpusArticle, CorpusQuote, CorpusStatement, IndexedArticle } from './types.ts';

/**
 * The articles, newest first. Registered actors (an actor file with the slug, name or alias) win
 * over people the analysis discovered, so each article's analysis is resolved against the actor files.
 * Throws, naming the file, on an article that could not be analysed or has no text.
 */
export function readArticles(
  articleEntries: readonly CollectionEntry<'articles'>[],
  actorEntries: readonly CollectionEntry<'actors'>[],
): IndexedArticle[] {
  const names = registeredNames(
    actorEntries.map((entry) => ({ slug: entry.id, name: entry.data.name, aliases: entry.data.aliases })),
  );
  const strings: StringTable = new Map();
  return articleEntries.map((entry) => toCorpusArticle(entry, names, strings)).sort(byNewest);
}

/** Every quote of every article, in article order (newest first) then reading order; events are joined later. */
export function collectQuotes(articles: readonly CorpusArticle[]): CorpusQuote[] {
  return articles.flatMap((article) => article.analysis.quotes.map((quote) => ({ ...quote, article, event: null })));
}

/**
 * Every reported statement of every article, in article order (newest first) then reading order;
 * events are joined later. An analysis stored before statements existed has none.
 */
export function collectStatements(articles: readonly CorpusArticle[]): CorpusStatement[] {
  return articles.flatMap((article) =>
    (article.analysis.statements ?? []).map((statement) => ({ ...statement, article, event: null })),
  );
}

function toCorpusArticle(entry: CollectionEntry<'articles'>, names: RegisteredNames, strings: StringTable): IndexedArticle {
  const read = storedAnalysis(entry);
  // The index holds every article's analysis while pages are written: one copy of each repeated value.
  const stored = read && shareRepeatedStrings(read, strings);
  // Astro logs a render error (raw HTML, an empty body, a stale curation) and goes on; stop here.
  if (!stored)
    throw new Error(`${entry.filePath}: body: the article could not be analysed; the error logged above for this file says why`);
  // The Markdown plugin resolved it already with the same actor files; again here, so the index
  // never depends on that (resolving twice changes nothing).
  const analysis = resolveProvisional(stored, names);
  if (analysis.blocks.length === 0) throw new Error(`${entry.filePath}: body: the article has no text`);
  const wordCount = countWords(analysis.blocks);
  return {
    slug: entry.id,
    entry,
    data: entry.data,
    title: displayTitle(entry.data),
    heading: headingTitle(entry.data),
    titleIsDescription: entry.data.headline.value === null,
    publishedAt: entry.data.published.value,
    wordCount,
    readingMinutes: readingMinutes(wordCount),
    analysis,
    opening: detachedOpening(articleOpening(analysis.blocks, analysis.quotes)),
    leadText: detachedCopy(analysis.blocks[0]?.text.slice(0, 280) ?? ''),
    dateCount: analysis.dates.length,
    events: [],
  };
}

/** The opening in a string of its own: a cut of the first paragraph would keep all of it in memory. */
function detachedOpening(opening: Opening | null): Opening | null {
  return opening && { ...opening, text: detachedCopy(opening.text) };
}

/**
 * Keeps of an article's analysis only what other pages read (`CorpusAnalysis`), once the index's
 * checks and joins are done. The article keeps its identity: quotes, mentions and events already
 * point to it.
 */
export function keepForPages(article: IndexedArticle): CorpusArticle {
  const { mentions, quotes, statements, people } = article.analysis;
  const kept: CorpusArticle = article;
  kept.analysis = { mentions, quotes, statements, people } satisfies CorpusAnalysis;
  return kept;
}

/**
 * The analysis the Markdown render stored: in the article's record file (src/load/slim-article-store.ts),
 * or in the entry itself for an entry rendered without the slim store (a test's own collection).
 */
function storedAnalysis(entry: CollectionEntry<'articles'>): ArticleAnalysis | undefined {
  const pointer = recordPointerOf(entry);
  if (pointer) return readArticleRecord(pointer.recordFile)?.analysis;
  return (entry.rendered?.metadata?.frontmatter as { analysis?: ArticleAnalysis } | undefined)?.analysis;
}

/** What only an article's own page reads of its render: kept in its record, not in the index. */
export interface ArticleRender {
  html: string;
  /** Which body blocks each top-level element of the text holds (rehype-block-ids). */
  bodyRows: string[][] | undefined;
  /** The body's blocks (their text and kind), as the analysis read them. */
  blocks: ArticleAnalysis['blocks'];
  /** The dates the analysis resolved in the text. */
  dates: ArticleAnalysis['dates'];
}

/**
 * An article's rendered HTML, its blocks and dates, read from its record when its page is built
 * (the index keeps neither, so the archive's text is never all in memory).
 */
export function articleRender(article: Pick<CorpusArticle, 'entry'>): ArticleRender {
  const pointer = recordPointerOf(article.entry);
  const record = pointer ? readArticleRecord(pointer.recordFile) : null;
  if (record)
    return { html: record.html, bodyRows: record.bodyRows, blocks: record.analysis.blocks, dates: record.analysis.dates };
  const rendered = article.entry.rendered;
  const analysis = storedAnalysis(article.entry);
  if (!rendered || pointer || !analysis)
    throw new Error(`${article.entry.filePath}: the article's render is missing; build again`);
  return {
    html: rendered.html,
    bodyRows: (rendered.metadata?.frontmatter as { bodyRows?: string[][] } | undefined)?.bodyRows,
    blocks: analysis.blocks,
    dates: analysis.dates,
  };
}

function byNewest(a: IndexedArticle, b: IndexedArticle): number {
  return b.publishedAt.localeCompare(a.publishedAt) || a.slug.localeCompare(b.slug);
}
