import { describe, expect, test } from 'vitest';
import { bundlePlan, PAGES_PER_BUNDLE } from '../../../../scripts/lib/search-index.ts';

describe('the search index in bundles', () => {
  const pages = Array.from({ length: 7 }, (_, index) => `articles/a${index}/index.html`);

  test('pages that fit are one bundle, written to pagefind/ itself', () => {
    expect(bundlePlan(pages, { perBundle: 10 })).toEqual([{ folder: '', pages }]);
    expect(bundlePlan([], { perBundle: 10 })).toEqual([{ folder: '', pages: [] }]);
  });

  test('more pages with no dates are runs of the bundle size, the further ones under more/N/', () => {
    const plan = bundlePlan(pages, { perBundle: 3 });
    expect(plan.map((bundle) => bundle.folder)).toEqual(['', 'more/2/', 'more/3/']);
    expect(plan.map((bundle) => bundle.pages.length)).toEqual([3, 3, 1]);
    expect(plan.flatMap((bundle) => bundle.pages)).toEqual(pages);
  });

  describe('an archive of dated articles', () => {
    const articles = ['articles/d/index.html', 'articles/a/index.html', 'articles/c/index.html', 'articles/b/index.html'];
    const dates = new Map([
      ['articles/a/index.html', '2025-03-01'],
      ['articles/b/index.html', '2025-01-01'],
      ['articles/c/index.html', '2025-01-01'],
      ['articles/d/index.html', '2025-02-01'],
      ['events/y/index.html', '2025-02-15'],
    ]);
    const archive = new Set(articles);
    const site = ['actors/x/index.html', 'events/y/index.html', ...articles].sort();

    test('one bundle lists its pages by date (then path), undated pages last', () => {
      expect(bundlePlan(site, { perBundle: 10, dates, archive })[0]!.pages).toEqual([
        'articles/b/index.html',
        'articles/c/index.html',
        'articles/d/index.html',
        'events/y/index.html',
        'articles/a/index.html',
        'actors/x/index.html',
      ]);
    });

    test('whole bundles of the oldest articles first, then the newest with the other pages, each by date', () => {
      expect(bundlePlan(site, { perBundle: 2, dates, archive }).map((bundle) => bundle.pages)).toEqual([
        ['articles/b/index.html', 'articles/c/index.html'],
        ['articles/d/index.html', 'articles/a/index.html'],
        ['events/y/index.html', 'actors/x/index.html'],
      ]);
      expect(bundlePlan(site, { perBundle: 3, dates, archive, recentPerBundle: 10 }).map((bundle) => bundle.pages)).toEqual([
        ['articles/b/index.html', 'articles/c/index.html', 'articles/d/index.html'],
        ['events/y/index.html', 'articles/a/index.html', 'actors/x/index.html'],
      ]);
    });

    test('an article added at the newest date leaves the archive bundles as they were', () => {
      const before = bundlePlan(site, { perBundle: 2, dates, archive });
      const added = 'articles/e/index.html';
      const after = bundlePlan([...site, added].sort(), {
        perBundle: 2,
        dates: new Map([...dates, [added, '2025-04-01']]),
        archive: new Set([...archive, added]),
      });
      expect(after.slice(0, 2)).toEqual(before.slice(0, 2));
      expect(after[2]!.pages).toEqual(['events/y/index.html', added]);
    });
  });

  test('a 10,000-article archive (13,300 searchable pages measured) is two bundles, the first of 8,000 articles', () => {
    const articlePages = Array.from({ length: 10_000 }, (_, index) => `articles/a${String(index).padStart(5, '0')}/index.html`);
    const dates = new Map(
      articlePages.map((page, index) => [page, `20${String(10 + Math.floor(index / 1000)).padStart(2, '0')}-01-01`]),
    );
    const otherPages = Array.from({ length: 3_300 }, (_, index) => `events/e${index}/index.html`);
    const plan = bundlePlan([...articlePages, ...otherPages], {
      perBundle: PAGES_PER_BUNDLE,
      dates,
      archive: new Set(articlePages),
    });
    expect(plan.map((bundle) => bundle.pages.length)).toEqual([8_000, 5_300]);
  });
});
