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
