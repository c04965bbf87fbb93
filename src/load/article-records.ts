/**
 * Each article's render, kept beside Astro's content store instead of in it.
 *
 * Astro bundles its whole content store into the build as one string, so every byte stored per
 * article is held many times over while the site builds: at 10,000 articles the store was 400 MB
 * and the build peaked over 7 GB. The rendered HTML and the analysis (40 of an entry's 41 KB) go
 * to one record file per article instead (`<cache>/dossier-articles/<id>.json`), and the store
 * keeps the validated frontmatter and the record's address. The corpus index reads the analysis
 * of each article from its record, an article page its HTML.
 *
 * A record also says what its analysis depended on beyond its own file: the analysis code (the
 * render-inputs digest) and each actor file it refers to. When an actor file changes, only the
 * articles that refer to that actor, or whose text holds one of its names, are rendered again;
 * the others keep their record (`recordIsCurrent`).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { ArticleAnalysis } from '../analysis/types.ts';
import type { ActorFile } from './load-actors.ts';

/** What the store keeps of a render: the address of the article's record and its stamp. */
export interface RecordPointer extends RecordStamp {
  /** Absolute path of the record file. */
  recordFile: string;
}

/** What a render depended on beyond nothing: kept in the record and, to check it cheaply, in the store. */
export interface RecordStamp {
  /** Astro's digest of the article file the render is of. */
  digest: string;
  /** The render-inputs digest (analysis and plugin code, not-people list) it was made with. */
  renderInputs: string;
  /** Digest of the whole actor set it was made with (`actorSetOf`). */
  actorSet: string;
  /** Each actor the analysis refers to, with the digest of its file at the time. */
  actors: Record<string, string>;
}

/** One article's render and what it depended on. */
export interface ArticleRecord extends RecordStamp {
  /** The article's HTML, as the Markdown plugins left it. */
  html: string;
  /** The analysis the plugins computed (mentions, quotes, statements, dates, blocks). */
  analysis: ArticleAnalysis;
  /** Which body blocks each top-level element holds (rehype-block-ids), for the margin notes. */
  bodyRows: string[][] | undefined;
}

/** One actor file as the records see it: its digest, and the words its names are made of. */
export interface ActorFingerprint {
  slug: string;
  /** Digest of the file's bytes. */
  digest: string;
  /** Every name and alias of the actor (the words an article would use for it). */
  names: string[];
  /** The titles of its roles ("foreign minister"): a role phrase may stand for the actor. */
  roleTitles: string[];
}

/** Digest of what the matcher reads of an actor (names, aliases, role titles): an edit elsewhere in the file cannot change a mention. */
export function matchDigest(actor: Pick<ActorFingerprint, 'names' | 'roleTitles'>): string {
  return fileDigest(JSON.stringify([actor.names, actor.roleTitles]));
}

/** The current actor files, indexed for the checks. */
export interface ActorSet {
  /** Digest of every actor's slug and file digest: equal sets of files give equal digests. */
  digest: string;
  bySlug: Map<string, ActorFingerprint>;
}

/** Digest of a file's bytes, short hex. */
export function fileDigest(bytes: Buffer | string): string {
  return createHash('sha256').update(bytes).digest('hex').slice(0, 16);
}

/** The actor set of `actors`: its digest, and each actor by slug. */
export function actorSetOf(actors: readonly ActorFingerprint[]): ActorSet {
  const sorted = [...actors].sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
  const hash = createHash('sha256');
  for (const actor of sorted) hash.update(actor.slug).update('\0').update(actor.digest).update('\0');
  return { digest: hash.digest('hex').slice(0, 16), bySlug: new Map(sorted.map((actor) => [actor.slug, actor])) };
}

/** The record file of article `id` in the record folder `dir`. */
export function recordFileOf(dir: string, id: string): string {
  // Ids are slugs (src/lib/slugs.ts), safe as file names; the hash keeps two ids that differ
  // only in case apart on a case-insensitive disk.
  return path.join(dir, `${id}.${fileDigest(id).slice(0, 8)}.json`);
}

/** Writes a record atomically (a reader never sees half a file). */
export function writeArticleRecord(file: string, record: ArticleRecord): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, JSON.stringify(record));
  renameSync(temporary, file);
}

/** Reads a record; null when the file is missing or is not one. */
export function readArticleRecord(file: string): ArticleRecord | null {
  if (!existsSync(file)) return null;
  try {
    const record = JSON.parse(readFileSync(file, 'utf8')) as ArticleRecord;
    return typeof record.html === 'string' && typeof record.analysis === 'object' && record.analysis !== null ? record : null;
  } catch {
    return null;
  }
}

/** Every actor slug an analysis refers to: mentioned, speaking (quoted or reported) or resolved. */
export function actorsReferenced(analysis: ArticleAnalysis): string[] {
  const slugs = new Set<string>();
  for (const mention of analysis.mentions) slugs.add(mention.actor);
  for (const quote of analysis.quotes) if (quote.speaker?.actor) slugs.add(quote.speaker.actor);
  for (const statement of analysis.statements ?? []) if (statement.speaker?.actor) slugs.add(statement.speaker.actor);
  return [...slugs].sort();
}

/** Lower case, without accents: how names are compared with an article's text (generously). */
export function foldForNames(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}

/**
 * What an article would hold if it named an actor, folded: each name, alias and role title whole,
 * the last word of each name (a surname alone: "Rubio said") and of each title (a role phrase:
 * "the minister said"). A text holding none of them cannot mention the actor.
 */
export function nameWords(actor: Pick<ActorFingerprint, 'names' | 'roleTitles'>): string[] {
  const fold = (name: string) => foldForNames(name).replace(/\s+/g, ' ').trim();
  const phrases = [...actor.names, ...actor.roleTitles].map(fold).filter((phrase) => phrase.length >= 2);
  const lastWords = phrases.flatMap((phrase) => phrase.match(/[\p{L}\p{N}]{3,}$/u) ?? []);
  return [...new Set([...phrases, ...lastWords])];
}

/** What `recordIsCurrent` compares a record with. */
export interface CurrentInputs {
  /** Astro's digest of the article file now. */
  digest: string;
  renderInputs: string;
  actors: ActorSet;
  /**
   * The actor set a record was made with, by its digest: each actor's file digest and match
   * digest (null when no longer known: render again).
   */
  previousActors: (digest: string) => Map<string, { digest: string; match: string }> | null;
  /** The article file's text, read only when the actors changed since the record. */
  articleText: () => string;
}

/**
 * Whether a record still holds what a render of the article would give now: same file, same
 * code, and no actor change that could touch it. An actor change touches an article when the
 * actor is one it refers to (edited or removed), or when an actor whose names or roles changed
 * (or a new one) has a name, alias, role title, surname or title's last word anywhere in its text. Generous on purpose: a needless render costs
 * time, a missed one would leave a stale speaker on the page.
 */
export function recordIsCurrent(record: RecordStamp, now: CurrentInputs): boolean {
  if (record.digest !== now.digest || record.renderInputs !== now.renderInputs) return false;
  if (record.actorSet === now.actors.digest) return true;
  for (const [slug, digest] of Object.entries(record.actors)) if (now.actors.bySlug.get(slug)?.digest !== digest) return false;
  const before = now.previousActors(record.actorSet);
  if (!before) return false;
  // Actors whose names or roles changed, or that are new: an article holding one of their names may mention them now.
  const renamed = [...now.actors.bySlug.values()].filter((actor) => before.get(actor.slug)?.match !== matchDigest(actor));
  if (renamed.length === 0) return true;
  const text = foldForNames(now.articleText());
  // Anywhere in the text, even inside a longer word: generous, as the matcher may be.
  return !renamed.some((actor) => nameWords(actor).some((word) => text.includes(word)));
}

/** The fingerprint of each actor file as read (`loadActorFiles`): its bytes' digest and its names. */
export function actorFingerprints(files: readonly ActorFile[]): ActorFingerprint[] {
  return files.map(({ file, slug, data }) => {
    const record = (data ?? {}) as { name?: unknown; aliases?: unknown; roles?: unknown };
    const strings = (value: unknown) => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);
    const titles = Array.isArray(record.roles)
      ? record.roles.flatMap((role: { title?: unknown }) => (typeof role?.title === 'string' ? [role.title] : []))
      : [];
    const names = [
      slug.replace(/-/g, ' '),
      ...(typeof record.name === 'string' ? [record.name] : []),
      ...strings(record.aliases),
    ];
    return { slug, digest: fileDigest(readFileSync(file)), names, roleTitles: titles };
  });
}
