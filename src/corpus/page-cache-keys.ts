/**
 * Cache keys for Astro's incremental build (`experimental.incrementalBuild`): on the next build, a
 * page whose key and code are both unchanged is copied from the last build instead of rendered
 * again, so adding one article to a large archive does not render every other article's page.
 *
 * A key must change whenever anything the page shows changes, or readers get a stale page. So it
 * is a digest of everything the page reads, wider rather than narrower: the article's render stamp
 * (its file, the analysis code, the actor files it refers to), its frontmatter and resolved
 * analysis, and what the corpus joins to it (the actors it names, its quotes' and statements'
 * speakers and events, and each event's quotes from other outlets, which the margin notes compare
 * as versions of the same remarks). Code changes are Astro's part: it hashes each page's modules.
 * `tests/build/incremental-build.test.ts` checks a warm build against a cold one, byte for byte.
 */
import { createHash } from 'node:crypto';
import { recordPointerOf } from '../load/slim-article-store.ts';
import type { ActorEventTie } from './actor-events.ts';
import type { Corpus, CorpusActor, CorpusArticle, CorpusEvent } from './types.ts';

/** What an article page's key reads of the corpus index. */
export type ArticlePageCorpus = Pick<Corpus, 'actorBySlug' | 'quoteById' | 'statementsByArticle'>;

/** Bumped when what a key covers changes shape, so keys of older builds never match by chance. */
const KEY_VERSION = 2;

/** The cache key of `article`'s page: a digest of everything the page shows (see the module comment). */
export function articlePageKey(article: CorpusArticle, corpus: ArticlePageCorpus): string {
  const { actorBySlug, quoteById, statementsByArticle } = corpus;
  const { analysis } = article;
  const pointer = recordPointerOf(article.entry);
  const statements = statementsByArticle.get(article.slug) ?? [];
  const quotes = analysis.quotes.map((quote) => quoteById.get(quote.id));
  const events = new Map<string, CorpusEvent>();
  for (const event of [...article.events, ...quotes.map((quote) => quote?.event), ...statements.map((s) => s.event)])
    if (event) events.set(event.slug, event);
  const actorSlugs = new Set<string>(analysis.mentions.map((mention) => mention.actor));
  for (const said of [...analysis.quotes, ...(analysis.statements ?? []), ...quotes, ...statements])
    if (said?.speaker?.actor) actorSlugs.add(said.speaker.actor);
  return digestOf({
    version: KEY_VERSION,
    // The render: which file, analysis code and actor files the HTML was made from (not the whole
    // actor set's digest, which any actor edit changes).
    render: pointer ? { digest: pointer.digest, renderInputs: pointer.renderInputs, actors: pointer.actors } : null,
    entryDigest: article.entry.digest ?? null,
    data: article.data,
    titles: [article.title, article.heading, article.titleIsDescription, article.publishedAt],
    analysis,
    actors: [...actorSlugs].sort().map((slug) => {
      const actor = actorBySlug.get(slug);
      return [slug, actor ? { data: actor.data, provisional: actor.provisional !== null } : null];
    }),
    quotes: quotes.map((quote) => (quote ? [quote.id, quote.speaker, quote.event?.slug ?? null] : null)),
    statements: statements.map((statement) => [statement.id, statement.speaker, statement.event?.slug ?? null]),
    events: [...events.values()].map(eventPartOfArticleKey),
  });
}

/** Each event's part of the article keys, made once per build: an event is cited by many articles. */
const eventParts = new WeakMap<CorpusEvent, string>();

/** Of an event, an article page shows its title and compares its quotes from other outlets with its own. */
function eventPartOfArticleKey(event: CorpusEvent): string {
  let part = eventParts.get(event);
  if (part === undefined) {
    part = digestOf([
      event.slug,
      event.data.title,
      event.quotes.map((quote) => [quote.id, quote.text, quote.speaker, quote.article.slug, quote.article.data.outlet]),
    ]);
    eventParts.set(event, part);
  }
  return part;
}

/** What an event page shows besides its event: its neighbours and where it is on the timeline. */
export interface EventPageContext {
  previous: CorpusEvent | null;
  next: CorpusEvent | null;
  /** The "On the timeline" link: the timeline page listing the event moves as the archive grows. */
  timelineHref: string;
}

/**
 * The cache key of `event`'s page: its data, its participants, the passages that cite it, its
 * quotes and statements (every field of each, with their article's title, outlet and date), its
 * neighbours' titles and its timeline link. Adding an article that no event cites leaves every
 * event page's key as it was.
 */
export function eventPageKey(event: CorpusEvent, context: EventPageContext): string {
  const { previous, next, timelineHref } = context;
  return digestOf({
    version: KEY_VERSION,
    slug: event.slug,
    data: event.data,
    actors: event.actors.map((actor) => [actor.slug, actor.data]),
    sources: event.sources.map((source) => [articleSummary(source.article), source.block, source.excerpt]),
    quotes: event.quotes.map(({ article, event: _event, ...quote }) => [articleSummary(article), quote]),
    statements: event.statements.map(({ article, event: _event, ...statement }) => [articleSummary(article), statement]),
    neighbours: [previous, next].map((neighbour) => (neighbour ? [neighbour.slug, neighbour.data.title] : null)),
    timelineHref,
  });
}

/** What an actor page shows besides the actor's own joins. */
export interface ActorPageContext {
  /** The events the actor is tied to, as the page lists them (src/corpus/actor-events.ts). */
  tiedEvents: ReadonlyArray<{ event: CorpusEvent; tie: ActorEventTie }>;
  /** Whether the timeline is one page, so that it can list every event of the actor. */
  timelineFiltersAll: boolean;
  /** The actor its file names as its affiliation, if any. */
  affiliation: CorpusActor | undefined;
}

/**
 * The cache key of `actor`'s page: its file (or, for a person found in the text, the evidence),
 * its affiliation's name, every quote and statement of theirs with its article and event, the
 * articles and sentences that name them, the events tied to them and the actors named beside
 * them. The page shows a bounded part of each list, but every item goes in: the counts and which
 * items are the newest follow from the whole list. An actor the new article does not name keeps
 * its key.
 */
export function actorPageKey(actor: CorpusActor, context: ActorPageContext): string {
  const { tiedEvents, timelineFiltersAll, affiliation } = context;
  // An actor in a large archive has hundreds of thousands of mentions: the lists are digested a
  // slice at a time, never as one string, and each slice is many items (one hash update per item
  // cost 620 actors 2.3 s at 10,000 articles). The digest is of the same bytes either way.
  const hash = createHash('sha256');
  let slice = '';
  const add = (value: unknown) => {
    slice += `${JSON.stringify(value) ?? 'undefined'}\n`;
    if (slice.length >= 1 << 16) {
      hash.update(slice);
      slice = '';
    }
  };
  const addAll = <T>(label: string, items: readonly T[], item: (value: T) => unknown) => {
    add([label, items.length]);
    for (const value of items) add(item(value));
  };
  add({
    version: KEY_VERSION,
    slug: actor.slug,
    data: actor.data,
    affiliation: affiliation ? [affiliation.slug, affiliation.data.name] : null,
    timelineFiltersAll,
  });
  add(actor.provisional ? { ...actor.provisional, evidence: actor.provisional.evidence.length } : null);
  addAll('evidence', actor.provisional?.evidence ?? [], ({ article, ...evidence }) => [articleSummary(article), evidence]);
  addAll('quotes', actor.quotes, ({ article, event, ...quote }) => [articleSummary(article), eventSummary(event), quote]);
  addAll('statements', actor.statements, ({ article, event, ...statement }) => [
    articleSummary(article),
    eventSummary(event),
    statement,
  ]);
  addAll('articles', actor.articles, articleSummary);
  addAll('mentions', actor.mentions, ({ article, ...mention }) => [article.slug, mention]);
  addAll('events', tiedEvents, ({ event, tie }) => [tie, eventSummary(event)]);
  addAll('co-mentioned', actor.coMentioned, ({ actor: other, paragraphs }) => [other.slug, other.data.name, paragraphs]);
  return hash.update(slice).digest('hex').slice(0, 32);
}

/** The cache key of an alias address of `actor`: the page names the actor and leads to its page. */
export function aliasPageKey(actor: CorpusActor): string {
  return digestOf({ version: KEY_VERSION, alias: actor.slug, name: actor.data.name });
}

/** What a list item shows of the article a quote, passage or mention is from. */
function articleSummary(article: CorpusArticle): unknown[] {
  return [article.slug, article.title, article.heading, article.titleIsDescription, article.data.outlet, article.publishedAt];
}

/** What a list shows of an event: its address, title and dates. */
function eventSummary(event: CorpusEvent | null): unknown[] | null {
  return event ? [event.slug, event.data.title, event.data.date, event.data.datePrecision, event.data.endDate ?? null] : null;
}

/** A short digest of `value`'s JSON. */
function digestOf(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 32);
}
