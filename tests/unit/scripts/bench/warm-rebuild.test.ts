/**
 * The benchmark's warm rebuilds (scripts/bench/warm-rebuild.ts): which article is held back and
 * put back, which actor is edited and how, and reading the records' stamps.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, test } from 'vitest';
import {
  actorToEdit,
  editActorDescription,
  holdBackArticle,
  readRecordStamps,
  restoreArticle,
  reusedWork,
} from '../../../../scripts/bench/warm-rebuild.ts';
import { writeArticleRecord } from '../../../../src/load/article-records.ts';
import type { ArticleAnalysis } from '../../../../src/analysis/types.ts';

const work = mkdtempSync(path.join(tmpdir(), 'dossier-warm-bench-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

test('holds back the newest article no event cites, with its raw file, and puts both back', async () => {
  const content = path.join(work, 'content');
  for (const folder of ['articles', 'raw', 'events']) mkdirSync(path.join(content, folder), { recursive: true });
  const published = { a: '2025-03-01', b: '2025-02-01', c: '2025-04-01', d: '2025-01-01' };
  for (const [slug, date] of Object.entries(published)) {
    const frontmatter = `raw: "${slug}.txt"\npublished:\n  value: "${date}"\n  confidence: confirmed\n`;
    writeFileSync(path.join(content, 'articles', `${slug}.md`), `---\n${frontmatter}---\n\nText.\n`);
    writeFileSync(path.join(content, 'raw', `${slug}.txt`), 'Text.');
  }
  writeFileSync(path.join(content, 'events', 'e.yaml'), 'sources:\n  - article: "c"\n    excerpt: "Text"\n');
  const held = (await holdBackArticle(content, path.join(work, 'held')))!;
  expect(held.slug).toBe('a');
  expect(existsSync(path.join(content, 'articles', 'a.md'))).toBe(false);
  expect(existsSync(path.join(content, 'raw', 'a.txt'))).toBe(false);
  restoreArticle(held);
  expect(existsSync(path.join(content, 'articles', 'a.md'))).toBe(true);
  expect(existsSync(path.join(content, 'raw', 'a.txt'))).toBe(true);
  rmSync(path.join(content, 'articles', 'a.md'));
  // Without it, the next newest.
  const next = (await holdBackArticle(content, path.join(work, 'held')))!;
  expect(next.slug).toBe('b');
  restoreArticle(next);
});

test('the actor to edit: the most referred to while under a tenth of the records, with a file', () => {
  const actors = path.join(work, 'actors');
  mkdirSync(actors, { recursive: true });
  for (const slug of ['everywhere', 'often', 'rarely']) writeFileSync(path.join(actors, `${slug}.yaml`), `name: "${slug}"\n`);
  const stamps = Array.from({ length: 40 }, (_, index) => ({
    actors: ['everywhere', ...(index < 4 ? ['often'] : []), ...(index < 2 ? ['rarely', 'no-file'] : [])],
  }));
  expect(actorToEdit(stamps, actors)).toEqual({ slug: 'often', referencedBy: 4 });
  expect(actorToEdit([{ actors: [] }], actors)).toBeNull();
});

test('an edited description changes the file and leaves the names alone', () => {
  const actors = path.join(work, 'actors');
  writeFileSync(path.join(actors, 'x.yaml'), 'name: "X"\naliases:\n  - "Ex"\ndescription: "Someone."\n');
  editActorDescription(actors, 'x');
  expect(readFileSync(path.join(actors, 'x.yaml'), 'utf8')).toBe(
    'name: "X"\naliases:\n  - "Ex"\ndescription: "Edited by the benchmark. Someone."\n',
  );
  writeFileSync(path.join(actors, 'y.yaml'), 'name: "Y"');
  editActorDescription(actors, 'y');
  expect(readFileSync(path.join(actors, 'y.yaml'), 'utf8')).toBe('name: "Y"\ndescription: "Edited by the benchmark."\n');
});

test('record stamps: the actors each record names, from its head', () => {
  const dir = path.join(work, 'records');
  const analysis = { blocks: [], mentions: [], quotes: [], dates: [], statements: [] } as unknown as ArticleAnalysis;
  const stamp = { digest: 'd', renderInputs: 'r', actorSet: 's', actors: { 'marco-rubio': '1', russia: '2' } };
  writeArticleRecord(path.join(dir, 'one.json'), { ...stamp, html: '<p></p>', analysis, bodyRows: undefined });
  writeArticleRecord(path.join(dir, 'two.json'), { ...stamp, actors: {}, html: '<p></p>', analysis, bodyRows: undefined });
  const stamps = readRecordStamps(dir).sort((a, b) => a.file.localeCompare(b.file));
  expect(stamps.map((s) => s.actors)).toEqual([['marco-rubio', 'russia'], []]);
  expect(stamps[0]!.modifiedMs).toBeGreaterThan(0);
  expect(readRecordStamps(path.join(work, 'none'))).toEqual([]);
});

test('what a warm build copied, read from its log', () => {
  const log = [
    '  ├─ /articles/old/index.html (cached)',
    '  ├─ /articles/older/index.html (restored)',
    '  ├─ /articles/new/index.html (+12ms) ',
    '  ├─ /articles/page/2/index.html (+3ms) ',
    '  ├─ /events/e/index.html (+3ms) ',
    '  ├─ /events/f/index.html (cached)',
    '  ├─ /events/page/2/index.html (+3ms) ',
    '  ├─ /actors/a/index.html (restored)',
    'Search index: 13300 pages indexed into dist/pagefind (2 bundles, 1 unchanged since the last build and copied)',
  ].join('\n');
  expect(reusedWork(log)).toEqual({
    articlePages: { copied: 2, total: 3 },
    eventPages: { copied: 1, total: 2 },
    actorPages: { copied: 1, total: 1 },
    searchBundles: { copied: 1, total: 2 },
  });
  expect(reusedWork('')).toEqual({
    articlePages: { copied: 0, total: 0 },
    eventPages: { copied: 0, total: 0 },
    actorPages: { copied: 0, total: 0 },
    searchBundles: null,
  });
});
