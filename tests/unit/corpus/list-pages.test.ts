/** The titles of the paginated lists' pages (src/corpus/list-pages.ts). */
import { expect, test, vi } from 'vitest';

// src/corpus/list-pages.ts imports the corpus index, which imports `astro:content`, a virtual
// module only Astro's Vite plugin provides. listPageTitle is pure; the collections are never read.
vi.mock('astro:content', () => ({
  getCollection: () => {
    throw new Error('astro:content is not available in unit tests');
  },
}));
const { listPageTitle } = await import('../../../src/corpus/list-pages.ts');

test.each([
  [1, 'Articles'],
  [2, 'Articles, page 2'],
  [25, 'Articles, page 25'],
])('page %i of the articles is titled "%s"', (number, title) => {
  expect(listPageTitle('Articles', { number })).toBe(title);
});
