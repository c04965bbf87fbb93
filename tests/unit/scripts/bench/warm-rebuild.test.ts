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
} from '../../../../scripts/bench/warm-rebuild.ts';
import { writeArticleRecord } from '../../../../src/load/article-records.ts';
import type { ArticleAnalysis } from '../../../../src/analysis/types.ts';

const work = mkdtempSync(path.join(tmpdir(), 'dossier-warm-bench-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

test('holds back the last article no event cites, with its raw file, and puts both back', async () => {
  const content = path.join(work, 'content');
  for (const folder of ['articles', 'raw', 'events']) mkdirSync(path.join(content, folder), { recursive: true });
  for (const slug of ['a', 'b', 'c']) {
    writeFileSync(path.join(content, 'articles', `${slug}.md`), `---\nraw: "${slug}.txt"\n---\n\nText.\n`);
    writeFileSync(path.join(content, 'raw', `${slug}.txt`), 'Text.');
  }
  writeFileSync(path.join(content, 'events', 'e.yaml'), 'sources:\n  - article: "c"\n    excerpt: "Text"\n');
  const held = (await holdBackArticle(content, path.join(work, 'held')))!;
  expect(held.slug).toBe('b');
  expect(existsSync(path.join(content, 'articles', 'b.md'))).toBe(false);
  expect(existsSync(path.join(content, 'raw', 'b.txt'))).toBe(false);
  restoreArticle(held);
  expect(existsSync(path.join(content, 'articles', 'b.md'))).toBe(true);
  expect(existsSync(path.join(content, 'raw', 'b.txt'))).toBe(true);
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
