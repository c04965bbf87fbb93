/**
 * The slim article store (src/load/slim-article-store.ts) over a store that behaves as Astro's
 * does (an entry whose digest it already has is ignored): renders go to record files, the store
 * keeps pointers, and a stale record makes the loader render its article again.
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { DataStore } from 'astro/loaders';
import { afterAll, beforeEach, describe, expect, test } from 'vitest';
import { actorSetOf, readArticleRecord, type ActorFingerprint } from '../../../src/load/article-records.ts';
import { recordPointerOf, slimArticleStore } from '../../../src/load/slim-article-store.ts';

const root = mkdtempSync(path.join(tmpdir(), 'dossier-slim-store-'));
const recordDir = path.join(root, 'cache', 'dossier-articles');
afterAll(() => rmSync(root, { recursive: true, force: true }));

type Entry = NonNullable<ReturnType<DataStore['get']>>;

/** A map with Astro's rule: setting an entry with the digest already stored changes nothing. */
function astroLikeStore(): DataStore {
  const entries = new Map<string, Entry>();
  return {
    get: (id: string) => entries.get(id),
    set: (entry: Entry) => {
      if (entry.digest && entries.get(entry.id)?.digest === entry.digest) return false;
      entries.set(entry.id, entry);
      return true;
    },
    delete: (id: string) => void entries.delete(id),
    has: (id: string) => entries.has(id),
    keys: () => [...entries.keys()],
    values: () => [...entries.values()],
    entries: () => [...entries.entries()],
  } as unknown as DataStore;
}

const rubio: ActorFingerprint = { slug: 'marco-rubio', digest: 'r1', names: ['Marco Rubio', 'Rubio'], roleTitles: [] };
const lavrov: ActorFingerprint = { slug: 'sergey-lavrov', digest: 'l1', names: ['Sergey Lavrov', 'Lavrov'], roleTitles: [] };

/** A rendered entry as the glob loader hands it to the store. */
function rendered(id: string, digest: string, actor: string): Entry {
  const analysis = { blocks: [], mentions: [{ actor }], quotes: [], dates: [], people: [], statements: [] };
  return {
    id,
    digest,
    data: { title: id },
    body: 'the Markdown body',
    filePath: `content/articles/${id}.md`,
    rendered: { html: `<p>${id}</p>`, metadata: { frontmatter: { analysis, bodyRows: [['p1']], headline: 'x' } } },
  } as unknown as Entry;
}

let inner: DataStore;
beforeEach(() => {
  inner = astroLikeStore();
  writeFileSync(path.join(root, 'a.md'), 'Rubio said so.');
});
const slim = (actors: ActorFingerprint[]) =>
  slimArticleStore(inner, { recordDir, renderInputs: 'code1', actors: actorSetOf(actors), root });

describe('slimArticleStore', () => {
  test('a render goes to its record; the store keeps only the pointer, no body and no HTML', () => {
    const store = slim([rubio, lavrov]);
    store.set(rendered('a', 'd1', 'marco-rubio'));
    const entry = inner.get('a')!;
    expect(entry.body).toBeUndefined();
    expect(entry.rendered?.html).toBe('');
    const pointer = recordPointerOf(entry)!;
    expect(pointer).toMatchObject({ digest: 'd1', renderInputs: 'code1', actors: { 'marco-rubio': 'r1' } });
    expect(readArticleRecord(pointer.recordFile)).toMatchObject({ html: '<p>a</p>', bodyRows: [['p1']] });
    expect(store.get('a')).toBe(entry);
  });

  test('an entry whose record file is gone reads as missing, and its new render replaces it', () => {
    const store = slim([rubio, lavrov]);
    store.set(rendered('a', 'd1', 'marco-rubio'));
    rmSync(recordPointerOf(inner.get('a'))!.recordFile);
    expect(store.get('a')).toBeUndefined();
    store.set(rendered('a', 'd1', 'marco-rubio'));
    expect(existsSync(recordPointerOf(inner.get('a'))!.recordFile)).toBe(true);
  });

  test('an actor edit hides only the entries that refer to the actor or name it', () => {
    const first = slim([rubio, lavrov]);
    first.set({ ...rendered('a', 'd1', 'marco-rubio'), filePath: 'a.md' } as Entry);
    writeFileSync(path.join(root, 'b.md'), 'The ministers met.');
    first.set({ ...rendered('b', 'd2', 'russia'), filePath: 'b.md' } as Entry);

    const rubioEdited = slim([{ ...rubio, digest: 'r2' }, lavrov]);
    expect(rubioEdited.get('a')).toBeUndefined();
    expect(rubioEdited.get('b')).toBeDefined();

    // Lavrov edited: neither refers to him nor names him; the entries say so for the next build.
    const lavrovEdited = slim([rubio, { ...lavrov, digest: 'l2' }]);
    expect(lavrovEdited.get('b')).toBeDefined();
    expect(recordPointerOf(inner.get('b'))!.actorSet).toBe(actorSetOf([rubio, { ...lavrov, digest: 'l2' }]).digest);
  });

  test('a render without an analysis (not an article, or a failed one) is stored as given, without its body', () => {
    const store = slim([rubio]);
    store.set({ id: 'x', digest: 'd9', data: {}, body: 'text' } as unknown as Entry);
    expect(inner.get('x')).toMatchObject({ id: 'x', digest: 'd9' });
    expect(inner.get('x')!.body).toBeUndefined();
    expect(recordPointerOf(inner.get('x'))).toBeNull();
    // A failed render is tried again at the next build, even with nothing changed.
    expect(store.get('x')).toBeUndefined();
  });
});
