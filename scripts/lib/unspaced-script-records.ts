import { DOMParser } from 'linkedom';
import { hasUnspacedScript, spacedOutCharacters } from '../../src/lib/cjk-words.ts';

/** One record for the search index, in the shape of Pagefind's `CustomRecord`. */
export interface CustomSearchRecord {
  url: string;
  content: string;
  language: 'en';
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  sort: Record<string, string>;
}

/** An article page whose HTML holds Chinese or Japanese characters (found by the indexer's one read of every page). */
export interface UnspacedArticlePage {
  slug: string;
  html: string;
}

/**
 * A search record for each article written in Chinese or Japanese: its headline and text with each
 * character a word of its own (src/lib/cjk-words.ts), at the article's address, so a query for a
 * word inside a run of characters finds it. The search page spaces out the query the same way.
 */
export function unspacedScriptRecords(pages: readonly UnspacedArticlePage[]): CustomSearchRecord[] {
  return pages.flatMap(({ slug, html }) => {
    const document = new DOMParser().parseFromString(html, 'text/html') as unknown as Document;
    const title = document.querySelector('h1')?.textContent?.trim() ?? slug;
    const text = document.querySelector('.article-body')?.textContent ?? '';
    if (!hasUnspacedScript(`${title} ${text}`)) return [];
    return [
      {
        url: `/articles/${slug}/`,
        content: spacedOutCharacters(`${title} ${text}`.replace(/\s+/g, ' ')),
        language: 'en' as const,
        meta: { title },
        filters: { type: ['article'] },
        sort: {},
      },
    ];
  });
}
