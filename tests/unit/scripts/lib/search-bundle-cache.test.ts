/**
 * Pagefind bundles kept between builds (scripts/lib/search-bundle-cache.ts): a bundle whose pages
 * did not change is copied, not indexed again, and the copy is the bundle indexing would write.
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { indexSite } from '../../../../scripts/lib/search-index.ts';
import { temporaryFolders } from '../../../helpers/temp-dir.ts';

const temporaryFolder = temporaryFolders('search-bundle-cache-');

function page(title: string, date: string | null): string {
  const sort = date ? `<span data-pagefind-sort="date:${date}"></span>` : '';
  return `<!doctype html><html lang="en"><head><title>${title}</title></head><body><main data-pagefind-body>${sort}<h1>${title}</h1><p>Talks about ${title} went on.</p></main></body></html>`;
}

function writeSite(dir: string, pages: Record<string, string>): void {
  for (const [url, html] of Object.entries(pages)) {
    mkdirSync(path.join(dir, url), { recursive: true });
    writeFileSync(path.join(dir, url, 'index.html'), html);
  }
}

/** Every file of the site's index, with its bytes. */
function indexFiles(dir: string): Map<string, string> {
  const root = path.join(dir, 'pagefind');
  return new Map(
    readdirSync(root, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => {
        const file = path.join(entry.parentPath, entry.name);
        return [path.relative(root, file), readFileSync(file).toString('base64')] as const;
      }),
  );
}

const ARCHIVE = {
  'articles/riyadh': page('Riyadh', '2025-01-01'),
  'articles/geneva': page('Geneva', '2025-02-01'),
  'articles/miami': page('Miami', '2025-03-01'),
  'articles/moscow': page('Moscow', '2025-04-01'),
  'events/summit': page('Summit', null),
};
const OPTIONS = { perBundle: 2 };

test('a warm index copies the unchanged bundles and indexes the rest; copies equal what indexing writes', async () => {
  const cacheDir = path.join(temporaryFolder(), 'cache');
  const first = temporaryFolder();
  writeSite(first, ARCHIVE);
  expect(await indexSite(first, '/', { ...OPTIONS, cacheDir })).toEqual({ pages: 5, bundles: 3, reusedBundles: 0 });

  // The same site again: every bundle copied, the index the same file for file.
  const again = temporaryFolder();
  writeSite(again, ARCHIVE);
  expect(await indexSite(again, '/', { ...OPTIONS, cacheDir })).toEqual({ pages: 5, bundles: 3, reusedBundles: 3 });
  expect(indexFiles(again)).toEqual(indexFiles(first));

  // A newer article, and the event page it changes: the archive's two bundles are copied, the newest indexed.
  const added = temporaryFolder();
  writeSite(added, { ...ARCHIVE, 'articles/kyiv': page('Kyiv', '2025-05-01'), 'events/summit': page('Summit again', null) });
  expect(await indexSite(added, '/', { ...OPTIONS, cacheDir })).toEqual({ pages: 6, bundles: 3, reusedBundles: 2 });
  const cold = temporaryFolder();
  cpSync(added, cold, { recursive: true, filter: (source) => !source.includes(`${path.sep}pagefind`) });
  await indexSite(cold, '/', OPTIONS);
  expect(indexFiles(added)).toEqual(indexFiles(cold));

  // An edit to an old article: its bundle is indexed again.
  const edited = temporaryFolder();
  writeSite(edited, { ...ARCHIVE, 'articles/riyadh': page('Riyadh, corrected', '2025-01-01') });
  expect((await indexSite(edited, '/', { ...OPTIONS, cacheDir })).reusedBundles).toBe(1);
  rmSync(cacheDir, { recursive: true, force: true });
}, 60_000);

test('a site that marks no page searchable is indexed whole, page by page, as Pagefind itself would', async () => {
  const dir = temporaryFolder();
  writeSite(dir, {
    'articles/riyadh':
      '<!doctype html><html lang="en"><head><title>Riyadh</title></head><body><p>Talks in Riyadh.</p></body></html>',
    about: '<!doctype html><html lang="en"><head><title>About</title></head><body><p>About.</p></body></html>',
  });
  expect(await indexSite(dir, '/', OPTIONS)).toEqual({ pages: 2, bundles: 1, reusedBundles: 0 });
});
