import { describe, expect, test } from 'vitest';
import { bundlePlan, PAGES_PER_BUNDLE } from '../../../../scripts/lib/search-index.ts';

describe('the search index in bundles', () => {
  const pages = Array.from({ length: 7 }, (_, index) => `articles/a${index}/index.html`);

  test('pages that fit are one bundle, written to pagefind/ itself', () => {
    expect(bundlePlan(pages, 10)).toEqual([{ folder: '', pages }]);
    expect(bundlePlan([], 10)).toEqual([{ folder: '', pages: [] }]);
  });

  test('more pages are runs of the bundle size, the further ones under more/N/', () => {
    const plan = bundlePlan(pages, 3);
    expect(plan.map((bundle) => bundle.folder)).toEqual(['', 'more/2/', 'more/3/']);
    expect(plan.map((bundle) => bundle.pages.length)).toEqual([3, 3, 1]);
    expect(plan.flatMap((bundle) => bundle.pages)).toEqual(pages);
  });

  test('a 10,000-article archive (14,287 pages measured) stays one bundle', () => {
    expect(bundlePlan(Array.from({ length: 14_287 }, String), PAGES_PER_BUNDLE)).toHaveLength(1);
  });
});
