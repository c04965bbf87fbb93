/**
 * An article page's cache key (src/corpus/page-cache-keys.ts) changes with everything the page
 * shows, and only with it: a stale key publishes a stale page, a needlessly new one renders a page
 * the incremental build could have copied.
 */
import { describe, expect, test } from 'vitest';
import type { ArticleAnalysis, AttributedQuote } from '../../../src/analysis/types.ts';
import {
  type ArticlePageCorpus,
  actorPageKey,
  aliasPageKey,
  articlePageKey,
  eventPageKey,
} from '../../../src/corpus/page-cache-keys.ts';
import type { CorpusActor, CorpusArticle, CorpusEvent, CorpusQuote } from '../../../src/corpus/types.ts';

const TEXT = '“We are ready,” Lavrov said. Rubio flew home.';

function quote(id: string, text: string, actor: string | null): AttributedQuote {
  return {
    id,
    text,
    kind: 'direct',
    parts: [{ block: 'p-1', start: 1, end: 1 + text.length }],
    speaker: actor ? { actor, label: actor } : null,
    attribution: null,
    speakerRule: null,
    speakerConfidence: null,
    automatic: null,
  } as unknown as AttributedQuote;
}

function article(slug: string, quotes: AttributedQuote[], outlet = 'Reuters'): CorpusArticle {
  const analysis = {
    blocks: [{ id: 'p-1', text: TEXT, kind: 'paragraph' }],
    mentions: [{ actor: 'marco-rubio', block: 'p-1', start: 29, end: 34, text: 'Rubio' }],
    quotes,
    dates: [],
    people: [],
    statements: [],
  } as unknown as ArticleAnalysis;
  return {
    slug,
    entry: { id: slug, digest: `digest-of-${slug}` },
    data: { outlet: { value: outlet, confidence: 'confirmed' } },
    title: slug,
    heading: slug,
    titleIsDescription: false,
    publishedAt: '2025-04-18',
    analysis,
    events: [],
  } as unknown as CorpusArticle;
}

const actor = (slug: string, name: string) =>
  ({ slug, data: { name, kind: 'person', roles: [] }, provisional: null }) as unknown as CorpusActor;

/** A two-article corpus: `page` quotes Lavrov at an event that `other` also quotes him at. */
function corpus(changes: { lavrovName?: string; eventTitle?: string; otherQuote?: string; unrelatedName?: string } = {}) {
  const page = article('page', [quote('q-ready', 'We are ready', 'sergey-lavrov')]);
  const other = article('other', [quote('q-other', changes.otherQuote ?? 'We are ready to talk', 'sergey-lavrov')], 'AP');
  const event = {
    slug: 'riyadh-talks',
    data: { title: changes.eventTitle ?? 'Riyadh talks', summary: 'Not shown on article pages.' },
    quotes: [] as CorpusQuote[],
  } as unknown as CorpusEvent;
  const quotes = [page, other].flatMap((a) => a.analysis.quotes.map((q) => ({ ...q, article: a, event }) as CorpusQuote));
  event.quotes.push(...quotes);
  const actors = [
    actor('sergey-lavrov', changes.lavrovName ?? 'Sergey Lavrov'),
    actor('marco-rubio', 'Marco Rubio'),
    actor('steve-witkoff', changes.unrelatedName ?? 'Steve Witkoff'),
  ];
  const index: ArticlePageCorpus = {
    actorBySlug: new Map(actors.map((a) => [a.slug, a])),
    quoteById: new Map(quotes.map((q) => [q.id, q])),
    statementsByArticle: new Map(),
  };
  return { page, event, index };
}

const keyOf = (built: ReturnType<typeof corpus>) => articlePageKey(built.page, built.index);

describe('articlePageKey', () => {
  test('is the same for the same corpus, built twice', () => {
    expect(keyOf(corpus())).toBe(keyOf(corpus()));
    expect(keyOf(corpus())).toMatch(/^[0-9a-f]{32}$/);
  });

  test.each([
    ['a speaker is renamed', { lavrovName: 'Sergey V. Lavrov' }],
    ['the event its quote is linked to gets another title', { eventTitle: 'Talks in Riyadh' }],
    ["another outlet's quote at the same event changes (the versions a note compares)", { otherQuote: 'We never said that' }],
  ])('changes when %s', (_what, changes) => {
    expect(keyOf(corpus(changes))).not.toBe(keyOf(corpus()));
  });

  test('stays when an actor the page never names is renamed, or the event changes what the page does not show', () => {
    expect(keyOf(corpus({ unrelatedName: 'Steven Witkoff' }))).toBe(keyOf(corpus()));
    const built = corpus();
    const before = keyOf(built);
    (built.event.data as { summary: string }).summary = 'Edited.';
    expect(keyOf(built)).toBe(before);
  });

  test("changes with the article's own frontmatter, file digest and speaker", () => {
    const base = keyOf(corpus());
    const outlet = corpus();
    (outlet.page.data as { outlet: { value: string } }).outlet.value = 'Reuters UK';
    const digest = corpus();
    (digest.page.entry as { digest: string }).digest = 'another';
    const speaker = corpus();
    speaker.index.quoteById.get('q-ready')!.speaker = null;
    expect(new Set([base, keyOf(outlet), keyOf(digest), keyOf(speaker)]).size).toBe(4);
  });
});

describe('eventPageKey', () => {
  /** An event quoted by two articles, with a participant and a neighbour; `changes` edits one thing it shows. */
  function eventPage(
    changes: {
      participantName?: string;
      articleTitle?: string;
      neighbourTitle?: string;
      timelineHref?: string;
      speakerless?: boolean;
    } = {},
  ) {
    const built = corpus();
    const event = built.event;
    (event.data as { title: string; date: string }).date = '2025-04-18';
    event.actors = [actor('sergey-lavrov', changes.participantName ?? 'Sergey Lavrov')];
    event.sources = [{ article: built.page, block: 'p-1', excerpt: 'We are ready', blockText: TEXT }];
    event.statements = [];
    if (changes.articleTitle) built.page.title = changes.articleTitle;
    if (changes.speakerless) event.quotes[0] = { ...event.quotes[0]!, speaker: null };
    const previous = {
      slug: 'geneva-talks',
      data: { title: changes.neighbourTitle ?? 'Geneva talks' },
    } as unknown as CorpusEvent;
    return eventPageKey(event, { previous, next: null, timelineHref: changes.timelineHref ?? '/timeline/#riyadh-talks' });
  }

  test('is the same for the same event, built twice', () => {
    expect(eventPage()).toBe(eventPage());
  });

  test.each([
    ['a participant is renamed', { participantName: 'Sergey V. Lavrov' }],
    ['an article that quotes it gets another title', { articleTitle: 'Lavrov ready to talk' }],
    ['the previous event gets another title', { neighbourTitle: 'Talks in Geneva' }],
    ['its entry moves to another timeline page', { timelineHref: '/timeline/page/2/#riyadh-talks' }],
    ['a quote loses its speaker', { speakerless: true }],
  ])('changes when %s', (_what, changes) => {
    expect(eventPage(changes)).not.toBe(eventPage());
  });
});

describe('actorPageKey', () => {
  type ActorChange =
    | 'quoteText'
    | 'articleTitle'
    | 'coMentionedName'
    | 'newMention'
    | 'eventTie'
    | 'affiliationName'
    | 'timeline';
  /** Lavrov's page: one quote, one mention, one co-mentioned actor, an affiliation and one event; `change` edits one thing it shows. */
  function actorPage(change?: ActorChange) {
    const built = corpus();
    const lavrov = actor('sergey-lavrov', 'Sergey Lavrov');
    const rubio = actor('marco-rubio', change === 'coMentionedName' ? 'Marco A. Rubio' : 'Marco Rubio');
    const ministry = actor(
      'russian-foreign-ministry',
      change === 'affiliationName' ? 'Ministry of Foreign Affairs' : 'Foreign Ministry',
    );
    if (change === 'articleTitle') built.page.title = 'Lavrov ready to talk';
    const quoted = { ...built.event.quotes[0]!, text: change === 'quoteText' ? 'We were ready' : 'We are ready' };
    const mention = { actor: lavrov.slug, block: 'p-1', start: 16, end: 22, text: 'Lavrov', article: built.page, sentence: TEXT };
    Object.assign(lavrov, {
      quotes: [quoted],
      statements: [],
      articles: [built.page],
      mentions: change === 'newMention' ? [mention, { ...mention, article: built.event.quotes[1]!.article }] : [mention],
      coMentioned: [{ actor: rubio, paragraphs: 1 }],
    });
    const tiedEvents = change === 'eventTie' ? [{ event: built.event, tie: 'participant' as const }] : [];
    return actorPageKey(lavrov, { tiedEvents, timelineFiltersAll: change !== 'timeline', affiliation: ministry });
  }

  test('is the same for the same actor, built twice', () => {
    expect(actorPage()).toBe(actorPage());
  });

  test.each<[string, ActorChange]>([
    ['a quote of theirs changes', 'quoteText'],
    ['an article quoting them gets another title', 'articleTitle'],
    ['an actor named beside them is renamed', 'coMentionedName'],
    ['another article names them', 'newMention'],
    ['they are tied to an event', 'eventTie'],
    ['their affiliation is renamed', 'affiliationName'],
    ['the timeline grows past one page', 'timeline'],
  ])('changes when %s', (_what, change) => {
    expect(actorPage(change)).not.toBe(actorPage());
  });

  test("an alias page's key follows the actor's name only", () => {
    const lavrov = actor('sergey-lavrov', 'Sergey Lavrov');
    expect(aliasPageKey(lavrov)).toBe(aliasPageKey(actor('sergey-lavrov', 'Sergey Lavrov')));
    expect(aliasPageKey(lavrov)).not.toBe(aliasPageKey(actor('sergey-lavrov', 'Sergey V. Lavrov')));
  });
});
