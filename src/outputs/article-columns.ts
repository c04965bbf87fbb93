/** What ordering a chart's article columns needs of an article. */
export interface ColumnArticle {
  slug: string;
  /** `YYYY-MM-DD`. */
  publishedAt: string;
}

/**
 * The articles a per-article chart gives a column, in the one order every such chart uses (the
 * actors' mention heat map, the events' coverage table and its phone list), so an outlet stands
 * in the same place on each: oldest first, articles of one day by slug; when there are more than
 * `max`, the newest `max`.
 */
export function articleColumns<A extends ColumnArticle>(articles: readonly A[], max: number): A[] {
  if (max <= 0) return [];
  const sorted = [...articles].sort((a, b) => a.publishedAt.localeCompare(b.publishedAt) || a.slug.localeCompare(b.slug));
  return sorted.slice(-max);
}
