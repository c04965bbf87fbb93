/**
 * The corpus index: articles, actors, events and quotes with their joins, built once per build
 * from Astro's collections. Every step is a named function in a module beside this one, so
 * `buildCorpus` reads as the list of steps, in the order they must run.
 */
import { getCollection } from 'astro:content';
import path from 'node:path';
import { assertArticlesMatchRaw, defaultRawDir } from '../load/raw-fidelity.ts';
import { recordPointerOf } from '../load/slim-article-store.ts';
import { measureAttributionAccuracy } from './attribution-accuracy.ts';
import { checkReferences } from './check-references.ts';
import { joinCoMentions } from './co-mentions.ts';
import { provisionalActorsFrom, registeredActor, sortByProminence } from './corpus-actors.ts';
import { collectQuotes, collectStatements, keepForPages, readArticles } from './corpus-articles.ts';
import { readEvents } from './corpus-events.ts';
import {
  joinArticlesToActors,
  joinEventsToActorsAndArticles,
  joinMentionsToActors,
  joinQuotesToEvents,
  joinQuotesToSpeakers,
  joinStatementsToEvents,
  joinStatementsToSpeakers,
} from './joins.ts';
import { provisionalPeopleLines } from './provisional-actors.ts';
import type { Corpus, CorpusStatement, IndexedArticle } from './types.ts';
import { duplicateArticleProblems } from '../load/duplicate-articles.ts';

export type {
  Corpus,
  CorpusActor,
  CorpusArticle,
  CorpusEvent,
  CorpusEventSource,
  CorpusMention,
  CorpusQuote,
  CorpusStatement,
} from './types.ts';
export { prominence } from './corpus-actors.ts';
export { sentenceTextAt } from './joins.ts';
export { articleRender, type ArticleRender } from './corpus-articles.ts';

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
  const [articleEntries, actorEntries, eventEntries] = await Promise.all([
    getCollection('articles'),
    getCollection('actors'),
    getCollection('events'),
  ]);
  const articles = readArticles(articleEntries, actorEntries);
  checkFidelity(articles);
  checkNoDuplicates(articles);
  logProvisionalPeople(articles);
  const quotes = collectQuotes(articles);
  const statements = collectStatements(articles);
  const registeredActors = actorEntries.map(registeredActor);
  const provisionalActors = provisionalActorsFrom(articles);
  const actors = [...registeredActors, ...provisionalActors];
  checkReferences(articles, registeredActors, eventEntries, quotes);

  const articleBySlug = new Map(articles.map((article) => [article.slug, article]));
  const actorBySlug = new Map(actors.map((actor) => [actor.slug, actor]));
  joinMentionsToActors(articles, actorBySlug);
  joinQuotesToSpeakers(quotes, actorBySlug);
  joinStatementsToSpeakers(statements, actorBySlug);
  const events = readEvents(eventEntries, actorBySlug, articleBySlug);
  joinQuotesToEvents(quotes, events, articles);
  joinStatementsToEvents(statements, quotes, events, articles);
  joinEventsToActorsAndArticles(events);
  joinArticlesToActors(actors, articles);
  joinCoMentions(articles, actorBySlug);
  sortByProminence(actors);
  sortByProminence(provisionalActors);
  const keptArticles = articles.map(keepForPages);

  return {
    articles: keptArticles,
    articleBySlug: new Map(keptArticles.map((article) => [article.slug, article])),
    actors,
    provisionalActors,
    actorBySlug,
    quotes,
    quoteById: new Map(quotes.map((quote) => [quote.id, quote])),
    statements,
    statementsByArticle: groupByArticle(statements),
    events,
    eventBySlug: new Map(events.map((event) => [event.slug, event])),
    attributionAccuracy: measureAttributionAccuracy(quotes),
  };
}

/**
 * Stops the build on an article whose body, furniture and corrections no longer account for its
 * raw file. The articles that passed are remembered beside the records (in Astro's cache folder),
 * so a warm build checks only articles whose file, analysis code or raw file changed.
 */
function checkFidelity(articles: readonly IndexedArticle[]): void {
  const pointers = articles.map((article) => recordPointerOf(article.entry));
  const someRecord = pointers.find((pointer) => pointer !== null);
  const verifiedFile = someRecord
    ? path.join(path.dirname(path.dirname(someRecord.recordFile)), 'dossier-fidelity', 'verified-articles.json')
    : null;
  assertArticlesMatchRaw(
    articles.map((article, index) => {
      const pointer = pointers[index];
      return {
        file: article.entry.filePath ?? article.slug,
        data: article.data,
        blocks: article.analysis.blocks,
        madeFrom: pointer && article.entry.digest ? `${article.entry.digest}:${pointer.digest}:${pointer.renderInputs}` : null,
      };
    }),
    defaultRawDir(),
    verifiedFile,
  );
}

/** Stops the build on an article added twice (src/load/duplicate-articles.ts), naming both files. */
function checkNoDuplicates(articles: readonly IndexedArticle[]): void {
  const problems = duplicateArticleProblems(
    articles.map((article) => ({
      file: article.entry.filePath ?? article.slug,
      slug: article.slug,
      raw: article.data.raw,
      body: article.entry.body ?? article.analysis.blocks.map((block) => block.text).join('\n'),
      sourceUrl: article.data.sourceUrl.value,
      duplicateOf: article.data.duplicateOf,
    })),
  );
  if (problems.length > 0) throw new Error(`The same article is in the corpus twice:\n${problems.join('\n')}`);
}

/** Once per build (the corpus is built once), so an editor sees who is still to be reviewed. */
function logProvisionalPeople(articles: readonly IndexedArticle[]): void {
  for (const line of provisionalPeopleLines(articles)) console.log(`[dossier] ${line}`);
}

/** Statements by the slug of their article, in reading order: an article page finds its own without a pass over the archive. */
function groupByArticle(statements: readonly CorpusStatement[]): Map<string, CorpusStatement[]> {
  const byArticle = new Map<string, CorpusStatement[]>();
  for (const statement of statements) {
    const list = byArticle.get(statement.article.slug);
    if (list) list.push(statement);
    else byArticle.set(statement.article.slug, [statement]);
  }
  return byArticle;
}
