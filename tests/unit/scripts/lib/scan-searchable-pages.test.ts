/**
 * What the search indexer reads of a built site before it plans its bundles
 * (`scanSearchablePages`, scripts/lib/search-index.ts): the pages that opt in to search, their
 * dates, the article pages, a digest of each page's bytes, and the article pages written in
 * Chinese or Japanese, read several at a time but reported in a stable order.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { scanSearchablePages } from '../../../../scripts/lib/search-index.ts';
import { temporaryFolders } from '../../../helpers/temp-dir.ts';

const temporaryFolder = temporaryFolders('scan-searchable-pages-');

function page(body: string, { searchable = true, date = null as string | null } = {}): string {
  const sort = date ? `<span data-pagefind-sort="date:${date}"></span>` : '';
  const open = searchable ? '<main data-pagefind-body>' : '<main>';
  return `<!doctype html><html lang="en"><head><title>t</title></head><body>${open}<h1>${body}</h1><p>${body} went on.</p>${sort}</main></body></html>`;
}

function writeSite(dir: string, pages: Record<string, string>): void {
  for (const [file, html] of Object.entries(pages)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), html);
  }
}

const sha256 = (text: string) => createHash('sha256').update(Buffer.from(text, 'utf8')).digest('hex');

test('the searchable pages, their dates, the article pages, the digests of their bytes and the unspaced articles', async () => {
  const dir = temporaryFolder();
  const site: Record<string, string> = {
    'articles/geneva-round/index.html': page('Geneva “round” — Zelenskyy’s envoy 🕊', { date: '2025-04-18' }),
    'articles/tokyo-talks/index.html': page('東京で和平協議が再開された', { date: '2025-05-02' }),
    'articles/page/2/index.html': page('Articles, page 2'),
    'events/summit/index.html': page('Summit', { date: '2025-06-01' }),
    'actors/jane-roe/index.html': page('Jane Roe'),
    'index.html': page('Home', { searchable: false }),
    '404.html': page('Not found', { searchable: false }),
  };
  // Enough further articles that the pages are read in several concurrent runs.
  for (let index = 0; index < 40; index += 1)
    site[`articles/a${String(index).padStart(2, '0')}/index.html`] = page(`Article ${index}`, {
      date: `2024-01-${String((index % 28) + 1).padStart(2, '0')}`,
    });
  writeSite(dir, site);

  const scanned = await scanSearchablePages(dir);
  const searchable = Object.keys(site).filter((file) => site[file]!.includes('data-pagefind-body'));
  expect(scanned.pages).toEqual([...searchable].sort());
  expect(scanned.dates.get('articles/geneva-round/index.html')).toBe('2025-04-18');
  expect(scanned.dates.get('events/summit/index.html')).toBe('2025-06-01');
  expect(scanned.dates.get('articles/a03/index.html')).toBe('2024-01-04');
  expect(scanned.dates.has('actors/jane-roe/index.html')).toBe(false);
  expect([...scanned.articles].sort()).toEqual(
    searchable.filter((file) => /^articles\/[^/]+\/index\.html$/.test(file) && !file.startsWith('articles/page/')).sort(),
  );
  // Every page has a digest, unmarked ones too: the digest of its bytes, curly quotes and emoji included.
  expect(new Map([...scanned.digests].sort())).toEqual(
    new Map(
      Object.entries(site)
        .map(([file, html]) => [file, sha256(html)] as const)
        .sort(),
    ),
  );
  expect(scanned.unspaced).toEqual([{ slug: 'tokyo-talks', html: site['articles/tokyo-talks/index.html'] }]);
});

test('with no page marked searchable, every page is indexed whole', async () => {
  const dir = temporaryFolder();
  writeSite(dir, { 'b/index.html': page('B', { searchable: false }), 'a/index.html': page('A', { searchable: false }) });
  const scanned = await scanSearchablePages(dir);
  expect(scanned.pages).toEqual(['a/index.html', 'b/index.html']);
  expect(scanned.articles.size).toBe(0);
});
