/**
 * Astro's incremental build copies a page from the last build while its cache key and code are
 * unchanged (src/corpus/page-cache-keys.ts). A key that misses something the page shows would
 * publish a stale page, so the warm build an editor runs after adding an article and undoing an
 * actor edit must equal a cold build of the same content, byte for byte, file for file, and still
 * have copied the pages nothing touched.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dump, load } from 'js-yaml';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { buildFixture, removeFixtureBuilds } from '../helpers/fixture-build.ts';

const projectContent = path.join(import.meta.dirname, '../../content');
const work = mkdtempSync(path.join(tmpdir(), 'dossier-incremental-'));
afterAll(() => {
  removeFixtureBuilds();
  rmSync(work, { recursive: true, force: true });
});

/** The newest article, added between the builds. */
const ADDED = 'why-us-russia-ukraine-talks-failed';
/** An actor that three of the five articles name, renamed before the first build and restored after. */
const EDITED_ACTOR = 'sergey-lavrov';

/**
 * Removes `slug`'s article from the content folder, as if it had not been added yet: its file, and
 * its sources in the event files (an event left with none goes too).
 */
function withoutArticle(content: string, slug: string): void {
  rmSync(path.join(content, 'articles', `${slug}.md`));
  const eventsDir = path.join(content, 'events');
  for (const name of readdirSync(eventsDir)) {
    const file = path.join(eventsDir, name);
    const event = load(readFileSync(file, 'utf8')) as { sources: Array<{ article: string }> };
    const sources = event.sources.filter((source) => source.article !== slug);
    if (sources.length === event.sources.length) continue;
    if (sources.length === 0) rmSync(file);
    else writeFileSync(file, dump({ ...event, sources }));
  }
}

/** Every file under `dir`, as sorted relative paths. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
    .sort();
}

/** The pages of `kind` (articles, events, actors) a build copied from the last one instead of rendering (Astro logs them so). */
function copiedPages(output: string, kind: 'articles' | 'events' | 'actors'): string[] {
  const copied = new RegExp(`/${kind}/([^/\\s]+)/index\\.html \\((?:cached|restored)\\)`, 'g');
  return [...output.matchAll(copied)].map((match) => match[1]!);
}

test('a warm build after an added article and an actor edit equals a cold build, and copies untouched pages', async () => {
  const content = path.join(work, 'content');
  cpSync(projectContent, content, { recursive: true });
  const actorFile = path.join(content, 'actors', `${EDITED_ACTOR}.yaml`);
  const actor = readFileSync(actorFile, 'utf8');
  // Another display name (the old one an alias, so the same words still name him).
  const edited = actor
    .replace(/^name: Sergey Lavrov$/m, 'name: Sergey Viktorovich Lavrov')
    .replace(/^aliases:\n/m, (line) => `${line}  - Sergey Lavrov\n`);
  expect(edited).not.toBe(actor);

  // The archive before: one article fewer, and the actor file as an editor had it.
  withoutArticle(content, ADDED);
  writeFileSync(actorFile, edited);
  const cache = path.join(work, 'cache');
  const first = await buildFixture('incremental-first', { contentDir: content, cacheDir: cache });
  expect(first.ok, first.output.slice(-2000)).toBe(true);

  // The archive now: the article added, the actor edit undone; built warm, then cold.
  rmSync(content, { recursive: true });
  cpSync(projectContent, content, { recursive: true });
  const warm = await buildFixture('incremental-warm', { contentDir: content, cacheDir: cache });
  const cold = await buildFixture('incremental-cold', { contentDir: content });
  expect(warm.ok, warm.output.slice(-2000)).toBe(true);
  expect(cold.ok, cold.output.slice(-2000)).toBe(true);

  const files = filesUnder(cold.distDir);
  expect(filesUnder(warm.distDir)).toEqual(files);
  const differing = files.filter(
    (file) => !readFileSync(path.join(warm.distDir, file)).equals(readFileSync(path.join(cold.distDir, file))),
  );
  expect(differing).toEqual([]);

  // Copied: the pages of articles that name neither the added article's events nor the actor.
  const copied = copiedPages(warm.output, 'articles');
  expect(copied.length).toBeGreaterThan(0);
  expect(copied).not.toContain(ADDED);
  for (const slug of copied) {
    expect(readFileSync(path.join(cold.distDir, 'articles', slug, 'index.html'), 'utf8')).not.toContain(
      `href="/actors/${EDITED_ACTOR}/"`,
    );
  }
  // Copied: the event pages the added article does not cite and the actor does not take part in.
  const copiedEvents = copiedPages(warm.output, 'events');
  expect(copiedEvents.length).toBeGreaterThan(0);
  for (const slug of copiedEvents) {
    const page = readFileSync(path.join(cold.distDir, 'events', slug, 'index.html'), 'utf8');
    expect(page).not.toContain(`href="/actors/${EDITED_ACTOR}/"`);
    expect(page).not.toContain(`/articles/${ADDED}/`);
  }
  // Copied: the pages of actors the added article does not name, the edited actor's not among them.
  const copiedActors = copiedPages(warm.output, 'actors');
  expect(copiedActors.length).toBeGreaterThan(0);
  expect(copiedActors).not.toContain(EDITED_ACTOR);
  for (const slug of copiedActors) {
    expect(readFileSync(path.join(cold.distDir, 'actors', slug, 'index.html'), 'utf8')).not.toContain(`/articles/${ADDED}/`);
  }
  const coldCopies = (['articles', 'events', 'actors'] as const).flatMap((kind) => copiedPages(cold.output, kind));
  expect(coldCopies).toEqual([]);
}, 240_000);
