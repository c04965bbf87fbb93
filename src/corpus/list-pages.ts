/**
 * The corpus' paginated lists (/articles/, /events/): their routes' `getStaticPaths`, and the
 * title a page of a list carries, so each `[...page].astro` route stays a few lines.
 */
import { PAGE_SIZES, pagePaths, type ListPage } from '../lib/pagination.ts';
import { getCorpus, type Corpus } from './index.ts';

/** The corpus lists that have a paginated route of their own. */
type PaginatedList = 'articles' | 'events';

/** `getStaticPaths` of `src/pages/<list>/[...page].astro`: one path per page of the list, the page as its prop. */
export async function listPagePaths<L extends PaginatedList>(list: L) {
  const corpus = await getCorpus();
  const items: ReadonlyArray<Corpus[L][number]> = corpus[list];
  return pagePaths(items, PAGE_SIZES[list]);
}

/** A list page's title: the list's name on the first page ("Articles"), then "Articles, page 2". */
export function listPageTitle(name: string, page: Pick<ListPage<unknown>, 'number'>): string {
  return page.number > 1 ? `${name}, page ${page.number}` : name;
}
