/**
 * The articles' content store, slimmed: Astro's glob loader renders each article as usual, and
 * this wrapper around the store it writes to moves the render (HTML, analysis) into the article's
 * record file (src/load/article-records.ts), storing only the record's address and stamp. It also
 * tells the loader an entry is missing when its record is gone or stale, or when it has none (its
 * render failed), so the loader renders that article again, and only that one.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { DataStore } from 'astro/loaders';
import type { ArticleAnalysis } from '../analysis/types.ts';
import {
  actorsReferenced,
  matchDigest,
  recordFileOf,
  recordIsCurrent,
  writeArticleRecord,
  type ActorSet,
  type RecordPointer,
  type RecordStamp,
} from './article-records.ts';

/** What the wrapper needs to know about this build. */
export interface SlimStoreOptions {
  /** The folder of the record files (under Astro's cache folder). */
  recordDir: string;
  /** The render-inputs digest of this build (src/plugins/render-inputs-digest.ts). */
  renderInputs: string;
  /** The actor files of this build. */
  actors: ActorSet;
  /** The project root, which the store's file paths are relative to. */
  root: string;
}

/** An entry as the store holds it (the part this wrapper reads and writes). */
type StoreEntry = NonNullable<ReturnType<DataStore['get']>>;

/** The record pointer a slim entry holds, or null for an entry stored some other way. */
export function recordPointerOf(entry: { rendered?: { metadata?: object } } | undefined): RecordPointer | null {
  const pointer = (entry?.rendered?.metadata as { frontmatter?: Partial<RecordPointer> } | undefined)?.frontmatter;
  return typeof pointer?.recordFile === 'string' && typeof pointer.digest === 'string' ? (pointer as RecordPointer) : null;
}

/**
 * `store`, with `get` and `set` changed for the articles' loader (everything else passes
 * through): `set` writes a rendered article's record and stores the slim entry; `get` hides an
 * entry whose record is missing or stale, so the loader renders the article again.
 */
export function slimArticleStore(store: DataStore, options: SlimStoreOptions): DataStore {
  const { recordDir, renderInputs, actors, root } = options;
  writeActorSet(recordDir, actors);
  const previousSets = new Map<string, Map<string, { digest: string; match: string }> | null>();
  const previousActors = (digest: string) => {
    if (!previousSets.has(digest)) previousSets.set(digest, readActorSet(recordDir, digest));
    return previousSets.get(digest)!;
  };

  const get = (id: string) => {
    const entry = store.get(id);
    const pointer = recordPointerOf(entry);
    if (!entry) return entry;
    // An article stored without a record failed to render: try again, whatever else changed since.
    if (!pointer) return undefined;
    const current =
      existsSync(pointer.recordFile) &&
      recordIsCurrent(pointer, {
        digest: String(entry.digest ?? ''),
        renderInputs,
        actors,
        previousActors,
        articleText: () => (entry.filePath ? readFileSync(path.resolve(root, entry.filePath), 'utf8') : ''),
      });
    if (!current) return undefined;
    if (pointer.actorSet !== actors.digest) {
      // Still current under the new actor set: say so in the entry, so the next build need not check again.
      const refreshed: RecordPointer = { ...pointer, actorSet: actors.digest };
      store.delete(id);
      store.set({ ...entry, rendered: { html: '', metadata: { frontmatter: refreshed } } });
      return store.get(id);
    }
    return entry;
  };

  const set = (entry: StoreEntry) => {
    const frontmatter = entry.rendered?.metadata?.frontmatter as
      | { analysis?: ArticleAnalysis; bodyRows?: string[][] }
      | undefined;
    const analysis = frontmatter?.analysis;
    if (!entry.rendered || !analysis) return store.set({ ...entry, body: undefined });
    const stamp: RecordStamp = {
      digest: String(entry.digest ?? ''),
      renderInputs,
      actorSet: actors.digest,
      actors: Object.fromEntries(
        actorsReferenced(analysis).flatMap((slug) => {
          const actor = actors.bySlug.get(slug);
          return actor ? [[slug, actor.digest]] : [];
        }),
      ),
    };
    const recordFile = recordFileOf(recordDir, entry.id);
    writeArticleRecord(recordFile, { ...stamp, html: entry.rendered.html, analysis, bodyRows: frontmatter.bodyRows });
    const pointer: RecordPointer = { ...stamp, recordFile };
    // The store ignores an entry whose digest it already has: a render for a stale record replaces it.
    if (store.get(entry.id)?.digest === entry.digest) store.delete(entry.id);
    return store.set({ ...entry, body: undefined, rendered: { html: '', metadata: { frontmatter: pointer } } });
  };

  return new Proxy(store, {
    get(target, property, receiver) {
      if (property === 'get') return get;
      if (property === 'set') return set;
      const value = Reflect.get(target, property, receiver);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

/** Keeps this build's actor set (slug → file digest) so a later build can tell what changed. */
function writeActorSet(recordDir: string, actors: ActorSet): void {
  const file = path.join(recordDir, 'actor-sets', `${actors.digest}.json`);
  mkdirSync(path.dirname(file), { recursive: true });
  const entries = [...actors.bySlug].map(([slug, actor]) => [slug, { digest: actor.digest, match: matchDigest(actor) }]);
  writeFileSync(file, JSON.stringify(Object.fromEntries(entries)));
}

/** An earlier build's actor set, or null when it was not kept. */
function readActorSet(recordDir: string, digest: string): Map<string, { digest: string; match: string }> | null {
  try {
    const file = path.join(recordDir, 'actor-sets', `${digest}.json`);
    const entries = Object.entries(
      JSON.parse(readFileSync(file, 'utf8')) as Record<string, { digest?: unknown; match?: unknown }>,
    );
    // A set kept in another shape (an older build) is as good as unknown: its articles render again.
    if (!entries.every(([, actor]) => typeof actor?.digest === 'string' && typeof actor.match === 'string')) return null;
    return new Map(entries as Array<[string, { digest: string; match: string }]>);
  } catch {
    return null;
  }
}
