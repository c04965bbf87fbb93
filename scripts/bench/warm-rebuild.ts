/**
 * The benchmark's warm rebuilds: what an editor's next build costs on a large archive.
 *
 * - **One added article.** The newest article of the generated corpus that no event cites is held
 *   back from the cold build, then put back, and the site is built again with the cold build's
 *   cache. What the build copied instead of making again is counted from its log (`reusedWork`).
 * - **One edited actor.** Then an actor's description is changed and the site built again; the
 *   article records rewritten (src/load/article-records.ts) are counted against the articles
 *   whose records refer to that actor before the edit: only those should be rendered again.
 */
import { existsSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';

/** An article taken out of a corpus folder, to be put back. */
export interface HeldArticle {
  slug: string;
  /** Each file moved: where it belongs, where it waits. */
  moves: Array<{ from: string; to: string }>;
}

/** Slugs of the articles the corpus' events cite (`article: "slug"` in an event file). */
function citedArticles(contentDir: string): Set<string> {
  const cited = new Set<string>();
  const events = path.join(contentDir, 'events');
  if (!existsSync(events)) return cited;
  for (const name of readdirSync(events)) {
    const text = readFileSync(path.join(events, name), 'utf8');
    for (const match of text.matchAll(/^\s*-?\s*article:\s*"?([^"\n]+)"?\s*$/gm)) cited.add(match[1]!.trim());
  }
  return cited;
}

/** An article file's publication date (`published: value:`), '' when it has none. */
function publishedOf(file: string): string {
  return /^published:\s*\n\s+value:\s*"?(\d{4}-\d{2}-\d{2})/m.exec(readFileSync(file, 'utf8').slice(0, 4096))?.[1] ?? '';
}

/**
 * Moves the newest article (by publication date, then file name) that no event cites, with its
 * raw file, from `contentDir` to `holdDir`, as a newly published article would be missing from
 * the archive; null when every article is cited.
 */
export async function holdBackArticle(contentDir: string, holdDir: string): Promise<HeldArticle | null> {
  const cited = citedArticles(contentDir);
  const dir = path.join(contentDir, 'articles');
  const articles = readdirSync(dir)
    .filter((name) => name.endsWith('.md') && !cited.has(name.slice(0, -3)))
    .map((name) => ({ name, published: publishedOf(path.join(dir, name)) }))
    .sort((a, b) => a.published.localeCompare(b.published) || a.name.localeCompare(b.name));
  const name = articles.at(-1)?.name;
  if (!name) return null;
  const articleFile = path.join(contentDir, 'articles', name);
  const raw = /^raw:\s*"?([^"\n]+)"?\s*$/m.exec(readFileSync(articleFile, 'utf8'))?.[1];
  await mkdir(holdDir, { recursive: true });
  const moves = [{ from: articleFile, to: path.join(holdDir, name) }];
  if (raw) moves.push({ from: path.join(contentDir, 'raw', raw), to: path.join(holdDir, raw) });
  for (const move of moves) renameSync(move.from, move.to);
  return { slug: name.slice(0, -3), moves };
}

/** Puts a held-back article's files back where they were. */
export function restoreArticle(held: HeldArticle): void {
  for (const move of held.moves) renameSync(move.to, move.from);
}

/** Each record file of `recordDir` with its modification time and the actors its stamp lists. */
export function readRecordStamps(recordDir: string): Array<{ file: string; modifiedMs: number; actors: string[] }> {
  if (!existsSync(recordDir)) return [];
  return readdirSync(recordDir)
    .filter((name) => name.endsWith('.json'))
    .map((name) => {
      const file = path.join(recordDir, name);
      // The stamp's `actors` comes first in the record (before the HTML and analysis): read the head only.
      const head = readFileSync(file, 'utf8').slice(0, 4096);
      const actors = /"actors":\{([^}]*)\}/.exec(head)?.[1] ?? '';
      return { file, modifiedMs: statSync(file).mtimeMs, actors: [...actors.matchAll(/"([^"]+)":/g)].map((m) => m[1]!) };
    });
}

/**
 * The actor to edit: the one that the most records refer to while staying under a tenth of
 * them (an actor in every article would say nothing about selectivity); null when none qualifies.
 */
export function actorToEdit(
  stamps: ReadonlyArray<{ actors: string[] }>,
  actorsDir: string,
): { slug: string; referencedBy: number } | null {
  const counts = new Map<string, number>();
  for (const stamp of stamps) for (const slug of stamp.actors) counts.set(slug, (counts.get(slug) ?? 0) + 1);
  const limit = Math.max(1, Math.floor(stamps.length / 10));
  const candidates = [...counts]
    .filter(([slug, count]) => count <= limit && existsSync(path.join(actorsDir, `${slug}.yaml`)))
    .sort(([a, x], [b, y]) => y - x || a.localeCompare(b));
  const [slug, referencedBy] = candidates[0] ?? [];
  return slug ? { slug, referencedBy: referencedBy! } : null;
}

/** Edits an actor file the way an editor fixing its description would (its names stay as they are). */
export function editActorDescription(actorsDir: string, slug: string): void {
  const file = path.join(actorsDir, `${slug}.yaml`);
  const text = readFileSync(file, 'utf8');
  const edited = /^description: "/m.test(text)
    ? text.replace(/^description: "/m, 'description: "Edited by the benchmark. ')
    : `${text.replace(/\n*$/, '\n')}description: "Edited by the benchmark."\n`;
  writeFileSync(file, edited);
}

/** What a warm build copied from the last one: article, event and actor pages (Astro's incremental build) and search bundles. */
export interface ReusedWork {
  /** Article pages copied, of all article pages. */
  articlePages: { copied: number; total: number };
  /** Event pages copied, of all event pages. */
  eventPages: { copied: number; total: number };
  /** Actor pages (alias addresses included) copied, of all actor pages. */
  actorPages: { copied: number; total: number };
  /** Search bundles copied, of all bundles; null when the log does not say. */
  searchBundles: { copied: number; total: number } | null;
}

/** What the build whose log is `log` copied (Astro logs a copied page "(cached)" or "(restored)"). */
export function reusedWork(log: string): ReusedWork {
  const pagesOf = (kind: string) => {
    const pages = [...log.matchAll(new RegExp(`/${kind}/(?!page/)[^/\\s]+/index\\.html(?: \\((cached|restored)\\))?`, 'g'))];
    return { copied: pages.filter((match) => match[1]).length, total: pages.length };
  };
  const bundles = /\((\d+) bundles?, (\d+) unchanged since the last build and copied\)/.exec(log);
  return {
    articlePages: pagesOf('articles'),
    eventPages: pagesOf('events'),
    actorPages: pagesOf('actors'),
    searchBundles: bundles ? { copied: Number(bundles[2]), total: Number(bundles[1]) } : null,
  };
}
