/**
 * The corpus index's joins: each fills the lists of one kind of record from another (actor →
 * mentions and quotes, quote ↔ event, event → actors and articles, actor → articles). They run in
 * the order the index calls them, so every list keeps the order of what it was filled from.
 */
import { quotedTextsByBlock } from '../analysis/text/quoted-text.ts';
import type { Range } from '../analysis/text/ranges.ts';
import { sentenceAround } from '../analysis/text/sentences.ts';
import { detachedCopy, windowAround } from '../lib/text.ts';
import { linkQuotesToEvents } from './link-quotes-to-events.ts';
import { linkStatementsToEvents } from './link-statements-to-events.ts';
import type { CorpusActor, CorpusArticle, CorpusEvent, CorpusQuote, CorpusStatement, IndexedArticle } from './types.ts';

/** Fills each actor's `mentions`, in article order then reading order, each with the sentence it is in. */
export function joinMentionsToActors(articles: readonly IndexedArticle[], actorBySlug: ReadonlyMap<string, CorpusActor>): void {
  for (const article of articles) {
    // One QuotedText per block: its sentence ends are found once however many mentions it holds.
    const texts = quotedTextsByBlock(article.analysis.blocks, article.analysis.quotes);
    // Mentions in one sentence share its copy (`contextOf` makes one per call).
    const sentences = new Map<string, string>();
    for (const mention of article.analysis.mentions) {
      const text = texts.get(mention.block);
      const span = text?.sentenceAround(mention.start, mention.start);
      const sentence = text && span ? contextOf(text.text, span, mention.start, mention.end) : '';
      const shared = sentences.get(sentence) ?? sentence;
      sentences.set(shared, shared);
      actorBySlug.get(mention.actor)?.mentions.push({ ...mention, article, sentence: shared });
    }
  }
}

/** How much of a sentence is kept on either side of a mention, in characters. */
const CONTEXT_REACH = 300;

/**
 * A mention's sentence, or, in a sentence that runs on (a paragraph with no full stop), the part
 * within `CONTEXT_REACH` of the mention, cut at spaces and marked "…": each mention keeping its
 * whole megabyte-long sentence would make the index quadratic in the paragraph's length.
 */
export function contextOf(
  text: string,
  sentence: { start: number; end: number },
  mentionStart: number,
  mentionEnd: number,
): string {
  const { start, end, cutBefore, cutAfter } = windowAround(
    text,
    sentence,
    mentionStart,
    mentionEnd,
    CONTEXT_REACH,
    CONTEXT_REACH,
  );
  // Its own copy: a cut would keep the whole paragraph in memory for as long as the index lives.
  return detachedCopy(`${cutBefore ? '… ' : ''}${text.slice(start, end).trim()}${cutAfter ? ' …' : ''}`);
}

/** Fills each actor's `quotes` with the quotes attributed to it. */
export function joinQuotesToSpeakers(quotes: readonly CorpusQuote[], actorBySlug: ReadonlyMap<string, CorpusActor>): void {
  for (const quote of quotes) {
    const speaker = quote.speaker?.actor;
    if (speaker) actorBySlug.get(speaker)?.quotes.push(quote);
  }
}

/** Fills each actor's `statements` with the reported statements attributed to it. */
export function joinStatementsToSpeakers(
  statements: readonly CorpusStatement[],
  actorBySlug: ReadonlyMap<string, CorpusActor>,
): void {
  for (const statement of statements) {
    const speaker = statement.speaker?.actor;
    if (speaker) actorBySlug.get(speaker)?.statements.push(statement);
  }
}

/**
 * Sets each reported statement's `event` to the event it is about, if any (`linkStatementsToEvents`),
 * and fills that event's `statements`. Runs after `joinQuotesToEvents`: a statement holding a
 * quote follows its quote's event.
 */
export function joinStatementsToEvents(
  statements: readonly CorpusStatement[],
  quotes: readonly CorpusQuote[],
  events: readonly CorpusEvent[],
  articles: readonly IndexedArticle[],
): void {
  const eventOfQuote = new Map(quotes.flatMap((quote) => (quote.event ? [[quote.id, quote.event.slug] as const] : [])));
  const eventOfStatement = linkStatementsToEvents(
    statements.map((statement) => ({ ...statement, article: statement.article.slug })),
    eventsForLinking(events),
    blocksByArticle(articles),
    eventOfQuote,
  );
  attachToEvents(statements, eventOfStatement, events, (event) => event.statements);
}

/** Sets each quote's `event` to the event it was spoken at, if any, and fills that event's `quotes`. */
export function joinQuotesToEvents(
  quotes: readonly CorpusQuote[],
  events: readonly CorpusEvent[],
  articles: readonly IndexedArticle[],
): void {
  const eventOfQuote = linkQuotesToEvents(
    quotes.map((quote) => ({ ...quote, article: quote.article.slug })),
    eventsForLinking(events),
    blocksByArticle(articles),
  );
  attachToEvents(quotes, eventOfQuote, events, (event) => event.quotes);
}

/** The events as the linkers read them: slug and front matter. */
function eventsForLinking(events: readonly CorpusEvent[]) {
  return events.map((event) => ({ slug: event.slug, ...event.data }));
}

/** Each article's body blocks, by article slug. */
function blocksByArticle(articles: readonly IndexedArticle[]) {
  return new Map(articles.map((article) => [article.slug, article.analysis.blocks]));
}

/**
 * Sets each record's `event` to the event `eventOf` links its id to, if any, and adds the record
 * to that event's list (`listOf`), in the records' order.
 */
function attachToEvents<T extends { id: string; event: CorpusEvent | null }>(
  records: readonly T[],
  eventOf: ReadonlyMap<string, string>,
  events: readonly CorpusEvent[],
  listOf: (event: CorpusEvent) => T[],
): void {
  const eventBySlug = new Map(events.map((event) => [event.slug, event]));
  for (const record of records) {
    const event = eventBySlug.get(eventOf.get(record.id) ?? '');
    if (!event) continue;
    record.event = event;
    listOf(event).push(record);
  }
}

/** Fills the `events` of each event's actors and of the articles it is sourced from, in event order. */
export function joinEventsToActorsAndArticles(events: readonly CorpusEvent[]): void {
  for (const event of events) {
    for (const actor of event.actors) actor.events.push(event);
    for (const article of new Set(event.sources.map((source) => source.article))) article.events.push(event);
  }
}

/**
 * Sets each actor's `articles`: those that mention or quote it or report what it said, in the
 * articles' order (newest first).
 */
export function joinArticlesToActors(actors: readonly CorpusActor[], articles: readonly CorpusArticle[]): void {
  for (const actor of actors) {
    const seen = new Set([...actor.mentions, ...actor.quotes, ...actor.statements].map((item) => item.article.slug));
    actor.articles = articles.filter((article) => seen.has(article.slug));
  }
}

/**
 * The sentence of `text` that contains offset `at`, with the analysis' own sentence rules
 * (abbreviations such as "U.S." and "Sen." do not end a sentence; full stops inside quotes do not
 * end the reporter's sentence).
 */
export function sentenceTextAt(text: string, at: number, quoted: readonly Range[] = []): string {
  const span = sentenceAround(text, quoted, at, at);
  return text.slice(span.start, span.end).trim();
}
