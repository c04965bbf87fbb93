import { getCollection, type CollectionEntry } from 'astro:content';
import { registeredNames, resolveProvisional, type RegisteredNames } from '../analysis/attribution/provisional-people.ts';
import { quotedRangesByBlock, type Range } from '../analysis/text/ranges.ts';
import { sentenceAround } from '../analysis/text/sentences.ts';
import type { ArticleAnalysis, AttributedQuote, BodyBlock, Mention } from '../analysis/types.ts';
import type { ActorData } from '../schemas/actor.ts';
import { countWords, displayTitle, headingTitle, readingMinutes } from './article-facts.ts';
import { measureAttributionAccuracy, type AttributionAccuracy } from './attribution-accuracy.ts';
import { linkQuotesToEvents } from './link-quotes-to-events.ts';
import { assertArticlesMatchRaw } from '../load/raw-fidelity.ts';
import {
  mergeDiscoveredPeople,
  provisionalActorData,
  provisionalPeopleLines,
  type ProvisionalPerson,
} from './provisional-actors.ts';
import { findExcerptBlock, validateReferences } from '../load/validate-references.ts';

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
  analysis: ArticleAnalysis;
  /** Events this article reports, in date order. */
  events: CorpusEvent[];
}

/** A quote with the article it is from and the event it was spoken at. */
export interface CorpusQuote extends AttributedQuote {
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
}

/** One event with its joins. */
export interface CorpusEvent {
  slug: string;
  entry: CollectionEntry<'events'>;
  data: CollectionEntry<'events'>['data'];
  actors: CorpusActor[];
  sources: CorpusEventSource[];
  quotes: CorpusQuote[];
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
  /** Events in date order. */
  events: CorpusEvent[];
  eventBySlug: Map<string, CorpusEvent>;
  /** The automatic attribution pass measured against the final attributions. */
  attributionAccuracy: AttributionAccuracy;
}

let corpusPromise: Promise<Corpus> | undefined;

/** One shared empty range list, so sentence ends of quote-free paragraphs are cached too. */
const NO_QUOTES: readonly Range[] = [];

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

  // Registered actors win over people the analysis discovered (an actor file with their slug,
  // name or alias); what is left of the discovered people become provisional actors.
  const names = registeredNames(
    actorEntries.map((entry) => ({ slug: entry.id, name: entry.data.name, aliases: entry.data.aliases })),
  );
  const articles = articleEntries.map((entry) => toCorpusArticle(entry, names)).sort(byNewest);
  assertArticlesMatchRaw(articles.map((a) => ({ file: a.entry.filePath ?? a.slug, data: a.data, blocks: a.analysis.blocks })));
  // Once per build (the corpus is built once), so an editor sees who is still to be reviewed.
  for (const line of provisionalPeopleLines(articles)) console.log(`[dossier] ${line}`);
  const articleBySlug = new Map(articles.map((article) => [article.slug, article]));
  const blocksByArticle = new Map<string, BodyBlock[]>(articles.map((a) => [a.slug, a.analysis.blocks]));

  const quotes: CorpusQuote[] = articles.flatMap((article) =>
    article.analysis.quotes.map((quote) => ({ ...quote, article, event: null })),
  );
  const quoteById = new Map(quotes.map((quote) => [quote.id, quote]));

  const registeredActors: CorpusActor[] = actorEntries.map((entry) => ({
    slug: entry.id,
    entry,
    data: entry.data,
    provisional: null,
    mentions: [],
    quotes: [],
    articles: [],
    events: [],
    coMentioned: [],
  }));
  const provisionalActors: CorpusActor[] = mergeDiscoveredPeople(articles).map((person) => ({
    slug: person.slug,
    entry: null,
    data: provisionalActorData(person, (article) => article.publishedAt),
    provisional: person,
    mentions: [],
    quotes: [],
    articles: [],
    events: [],
    coMentioned: [],
  }));
  const actors = [...registeredActors, ...provisionalActors];
  const actorBySlug = new Map(actors.map((actor) => [actor.slug, actor]));

  checkReferences(articles, registeredActors, eventEntries, quotes);

  for (const article of articles) {
    const blockText = new Map(article.analysis.blocks.map((block) => [block.id, block.text]));
    const quotedRanges = quotedRangesByBlock(article.analysis.quotes);
    for (const mention of article.analysis.mentions) {
      const sentence = sentenceTextAt(
        blockText.get(mention.block) ?? '',
        mention.start,
        quotedRanges.get(mention.block) ?? NO_QUOTES,
      );
      actorBySlug.get(mention.actor)?.mentions.push({ ...mention, article, sentence });
    }
  }
  for (const quote of quotes) {
    const speaker = quote.speaker?.actor;
    if (speaker) actorBySlug.get(speaker)?.quotes.push(quote);
  }

  const events: CorpusEvent[] = eventEntries
    .map((entry) => ({
      slug: entry.id,
      entry,
      data: entry.data,
      actors: entry.data.actors.map((slug) => actorBySlug.get(slug)!),
      sources: entry.data.sources.map((source) => ({
        article: articleBySlug.get(source.article)!,
        excerpt: source.excerpt,
        block: findExcerptBlock(blocksByArticle.get(source.article)!, source.excerpt)!,
      })),
      quotes: [] as CorpusQuote[],
    }))
    .sort((a, b) => a.data.date.localeCompare(b.data.date) || a.slug.localeCompare(b.slug));
  const eventBySlug = new Map(events.map((event) => [event.slug, event]));

  const eventOfQuote = linkQuotesToEvents(
    quotes.map((quote) => ({ ...quote, article: quote.article.slug })),
    events.map((event) => ({ slug: event.slug, ...event.data })),
    blocksByArticle,
  );
  for (const quote of quotes) {
    const event = eventBySlug.get(eventOfQuote.get(quote.id) ?? '');
    if (!event) continue;
    quote.event = event;
    event.quotes.push(quote);
  }
  for (const event of events) {
    for (const actor of event.actors) actor.events.push(event);
    for (const article of new Set(event.sources.map((source) => source.article))) article.events.push(event);
  }

  for (const actor of actors) {
    const seen = new Set([...actor.mentions, ...actor.quotes].map((item) => item.article.slug));
    actor.articles = articles.filter((article) => seen.has(article.slug));
  }
  computeCoMentions(articles, actorBySlug);
  const byProminence = (a: CorpusActor, b: CorpusActor) =>
    prominence(b) - prominence(a) || a.data.name.localeCompare(b.data.name);
  actors.sort(byProminence);
  provisionalActors.sort(byProminence);

  return {
    articles,
    articleBySlug,
    actors,
    provisionalActors,
    actorBySlug,
    quotes,
    quoteById,
    events,
    eventBySlug,
    attributionAccuracy: measureAttributionAccuracy(quotes),
  };
}

/** Stops the build on any dangling reference; prints warnings. `actors` are the registered ones. */
function checkReferences(
  articles: CorpusArticle[],
  actors: CorpusActor[],
  eventEntries: CollectionEntry<'events'>[],
  quotes: CorpusQuote[],
): void {
  const mentionedActors = new Set<string>();
  for (const article of articles) for (const mention of article.analysis.mentions) mentionedActors.add(mention.actor);
  for (const quote of quotes) if (quote.speaker?.actor) mentionedActors.add(quote.speaker.actor);
  const report = validateReferences(
    eventEntries.map((entry) => ({ file: entry.filePath ?? entry.id, slug: entry.id, ...entry.data })),
    {
      actorSlugs: new Set(actors.map((actor) => actor.slug)),
      articleBlocks: new Map(articles.map((a) => [a.slug, a.analysis.blocks])),
      articleQuotes: new Map(articles.map((a) => [a.slug, a.analysis.quotes.map((q) => q.text)])),
      mentionedActors,
      actors: actors.map((actor) => ({
        file: actor.entry?.filePath ?? actor.slug,
        slug: actor.slug,
        affiliation: actor.data.affiliation,
      })),
      curatedSpeakers: articles.flatMap((article) =>
        article.data.attributions.flatMap((curation, index) =>
          curation.speaker === null ? [] : [{ file: article.entry.filePath ?? article.slug, index, speaker: curation.speaker }],
        ),
      ),
    },
  );
  for (const warning of report.warnings) console.warn(`[dossier] warning: ${warning}`);
  if (report.errors.length > 0) throw new Error(`Content references are broken:\n${report.errors.join('\n')}`);
}

/** Counts, for each actor, the paragraphs shared with every other actor. */
function computeCoMentions(articles: CorpusArticle[], actorBySlug: Map<string, CorpusActor>): void {
  const shared = new Map<string, Map<string, number>>();
  for (const article of articles) {
    const actorsByBlock = new Map<string, Set<string>>();
    for (const mention of article.analysis.mentions) {
      const set = actorsByBlock.get(mention.block) ?? new Set<string>();
      set.add(mention.actor);
      actorsByBlock.set(mention.block, set);
    }
    for (const set of actorsByBlock.values()) {
      for (const a of set) {
        const counts = shared.get(a) ?? new Map<string, number>();
        for (const b of set) if (a !== b) counts.set(b, (counts.get(b) ?? 0) + 1);
        shared.set(a, counts);
      }
    }
  }
  for (const [slug, counts] of shared) {
    const actor = actorBySlug.get(slug);
    if (!actor) continue;
    actor.coMentioned = [...counts]
      .map(([other, paragraphs]) => ({ actor: actorBySlug.get(other)!, paragraphs }))
      .filter((item) => item.actor)
      .sort((a, b) => b.paragraphs - a.paragraphs || a.actor.data.name.localeCompare(b.actor.data.name));
  }
}

/** How prominent an actor is in the corpus: mentions plus quotes. */
export function prominence(actor: Pick<CorpusActor, 'mentions' | 'quotes'>): number {
  return actor.mentions.length + actor.quotes.length;
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

function toCorpusArticle(entry: CollectionEntry<'articles'>, names: RegisteredNames): CorpusArticle {
  const stored = (entry.rendered?.metadata?.frontmatter as { analysis?: ArticleAnalysis } | undefined)?.analysis;
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
    events: [],
  };
}

function byNewest(a: CorpusArticle, b: CorpusArticle): number {
  return b.publishedAt.localeCompare(a.publishedAt) || a.slug.localeCompare(b.slug);
}
