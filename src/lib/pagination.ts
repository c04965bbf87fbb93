/**
 * Pages of a long list (articles, unnamed sources), so no list page grows with the corpus:
 * the first page keeps the list's own address (`/articles/`), the others follow it
 * (`/articles/page/2/`). Pure, so the routes' `getStaticPaths` and the tests share it.
 */

/**
 * Items per page of each paginated list: pages stay light however large the archive grows.
 * (Astro hoists `getStaticPaths` out of a page's frontmatter, so the sizes live here.)
 */
export const PAGE_SIZES = {
  /** /articles/: article cards, newest first. */
  articles: 50,
  /** /events/: rows of the coverage matrix, oldest first. */
  events: 40,
  /** /actors/unnamed-sources/: articles with their unnamed sources' quotes, newest first. */
  unnamedSourceArticles: 25,
  /** /timeline/: entries (event cards and publication lines), oldest first. */
  timeline: 120,
} as const;

/** One page of a paginated list. */
export interface ListPage<T> {
  /** The rest parameter of the route: undefined for the first page, `page/2` and on after it. */
  param: string | undefined;
  /** The items on this page, in the list's order. */
  items: T[];
  /** 1-based page number. */
  number: number;
  /** Number of pages in the list (at least 1, even for an empty list). */
  count: number;
  /** Number of items in the whole list. */
  total: number;
  /** 1-based position of this page's first item in the whole list (0 when the list is empty). */
  first: number;
  /** 1-based position of this page's last item in the whole list. */
  last: number;
}

/** The URL of page `number` of the list at `baseUrl` (which ends with a slash). */
export function pageUrl(baseUrl: string, number: number): string {
  return number <= 1 ? baseUrl : `${baseUrl}page/${number}/`;
}

/** Splits `items` into pages of `size`; an empty list still has one (empty) page. */
export function paginate<T>(items: readonly T[], size: number): ListPage<T>[] {
  if (!Number.isInteger(size) || size < 1) throw new Error(`paginate: page size must be a whole number ≥ 1, got ${size}`);
  const count = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: count }, (_, index) => {
    const start = index * size;
    const pageItems = items.slice(start, start + size);
    return {
      param: index === 0 ? undefined : `page/${index + 1}`,
      items: pageItems,
      number: index + 1,
      count,
      total: items.length,
      first: pageItems.length > 0 ? start + 1 : 0,
      last: start + pageItems.length,
    };
  });
}

/** `getStaticPaths` entries for a `[...page].astro` route: one per page, the page as its prop. */
export function pagePaths<T>(
  items: readonly T[],
  size: number,
): Array<{ params: { page: string | undefined }; props: { page: ListPage<T> } }> {
  return paginate(items, size).map((page) => ({ params: { page: page.param }, props: { page } }));
}

/**
 * The page numbers a pager shows: the first, the last, and two either side of the current one,
 * with `null` where numbers are left out, so a pager stays short for thousands of pages.
 */
export function pagerNumbers(current: number, count: number): Array<number | null> {
  const shown = new Set(
    [1, count, current - 2, current - 1, current, current + 1, current + 2].filter((n) => n >= 1 && n <= count),
  );
  const numbers = [...shown].sort((a, b) => a - b);
  const withGaps: Array<number | null> = [];
  for (const [index, number] of numbers.entries()) {
    const previous = numbers[index - 1];
    if (previous !== undefined && number - previous > 1) withGaps.push(null);
    withGaps.push(number);
  }
  return withGaps;
}
