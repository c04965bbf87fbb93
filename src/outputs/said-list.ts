/**
 * "What X said" on an actor's page: the actor's quotes and the statements reported from it, in one
 * list, newest article first and in reading order within an article, each marked quoted or
 * reported.
 */

/** What ordering needs of a quote or a statement: its article and where in it it starts. */
export interface SaidPlace {
  article: { slug: string; publishedAt: string };
  block: string;
  start: number;
}

/** One entry of the list: a quote (`quoted`) or a reported statement (`reported`). */
export type SaidItem<Q, S> = { kind: 'quoted'; item: Q; place: SaidPlace } | { kind: 'reported'; item: S; place: SaidPlace };

/** The paragraph's number in its article (`p-12` → 12), for reading order. */
const blockNumber = (block: string) => Number(block.slice(2)) || 0;

/** Newest article first, then by slug (as the article list), then reading order. */
function byDateThenReadingOrder(a: SaidPlace, b: SaidPlace): number {
  return (
    b.article.publishedAt.localeCompare(a.article.publishedAt) ||
    a.article.slug.localeCompare(b.article.slug) ||
    blockNumber(a.block) - blockNumber(b.block) ||
    a.start - b.start
  );
}

/**
 * The quotes and the statements in one list, newest first; `placeOf…` says where each starts
 * (a quote's first part, a statement's content clause).
 */
export function saidByDate<Q, S>(
  quotes: readonly Q[],
  statements: readonly S[],
  placeOfQuote: (quote: Q) => SaidPlace,
  placeOfStatement: (statement: S) => SaidPlace,
): Array<SaidItem<Q, S>> {
  return [
    ...quotes.map((item) => ({ kind: 'quoted' as const, item, place: placeOfQuote(item) })),
    ...statements.map((item) => ({ kind: 'reported' as const, item, place: placeOfStatement(item) })),
  ].sort((a, b) => byDateThenReadingOrder(a.place, b.place));
}

/** What grouping needs of an event: where it leads and when it happened. */
export interface SaidEvent {
  slug: string;
  data: { title: string; date: string };
}

/** What grouping needs of an article: its heading, outlet and date. */
export interface SaidArticle {
  slug: string;
  publishedAt: string;
  /** The headline, or the editors' description when the headline is not known. */
  heading: string;
  titleIsDescription: boolean;
}

/**
 * One heading of "What X said": the event the words were said at (or are about), else the article
 * they are in, with the date the group is ordered by (the event's date, else the article's).
 */
export type SaidGroup<E extends SaidEvent, A extends SaidArticle, T> = (
  | { kind: 'event'; event: E; date: string }
  | { kind: 'article'; article: A; date: string }
) & { items: T[] };

/**
 * The list grouped under its events and articles, newest group first, as the rest of the site
 * lists things. A group's date is the event's date (a remark reported in August about a March
 * event sits with March), else the article's; groups on one day keep the list's order. Within a
 * group the entries keep their order.
 */
export function groupSaidByDate<T extends { item: { event: SaidEvent | null; article: SaidArticle } }>(
  said: readonly T[],
): Array<SaidGroup<NonNullable<T['item']['event']>, T['item']['article'], T>> {
  type Group = SaidGroup<NonNullable<T['item']['event']>, T['item']['article'], T>;
  const groups = new Map<string, Group>();
  for (const entry of said) {
    const event = entry.item.event as NonNullable<T['item']['event']> | null;
    const article = entry.item.article as T['item']['article'];
    const key = event ? `event:${event.slug}` : `article:${article.slug}`;
    let group = groups.get(key);
    if (!group) {
      group = event
        ? { kind: 'event', event, date: event.data.date, items: [] }
        : { kind: 'article', article, date: article.publishedAt, items: [] };
      groups.set(key, group);
    }
    group.items.push(entry);
  }
  // Array.prototype.sort is stable: groups of one date stay in the list's order.
  return [...groups.values()].sort((a, b) => b.date.localeCompare(a.date));
}
