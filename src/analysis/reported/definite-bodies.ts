/**
 * "The department said …", "…, according to the medic and healer council": a definite description
 * of one body points back to a body the reader has met. It is the body whose name, nearest before it
 * (a few paragraphs back at most), ends on the description's noun and holds its other words ("the
 * Labor Department", "the Standing Rock Medic & Healer Council"). With no such name the reader cannot
 * tell which body it is ("the airline" for a carrier never called an airline by name), and the
 * statement has no speaker: the description alone would be scored, and read, as a different speaker.
 */
import type { BlockContext } from '../attribution/subjects.ts';
import type { Candidate } from '../attribution/candidates.ts';
import type { Found } from '../attribution/referents.ts';
import type { BodyBlock, Speaker } from '../types.ts';

/** How many paragraphs before its own a description's body may have been named. */
export const BLOCKS_BACK = 4;
/** Words in a description that say which one, not what kind: they need not be in the name. */
export const NOT_NAMING: ReadonlySet<string> = new Set([
  'the',
  'this',
  'that',
  'same',
  'local',
  'new',
  'former',
  'state',
  'federal',
]);
/** A determiner opening a run of capitalised words, which is no part of the name. */
const OPENING_DETERMINER = /^(?:The|A|An|This|That|Its|Their|His|Her)\s+/u;

/** The words of a name or description, lower-cased, "&" read as "and", a possessive dropped. */
function wordsOf(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/&/gu, ' and ')
    .replace(/[’']s\b/gu, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '');
}

/** The speakers of the bodies the attribution read as names, by their words: a name found in the text takes its actor. */
export function namedBodies(contexts: Iterable<BlockContext>): ReadonlyMap<string, Speaker> {
  const bodies = new Map<string, Speaker>();
  for (const context of contexts) {
    for (const candidate of context.candidates) {
      if (candidate.kind !== 'named' || candidate.entity !== 'organization' || !candidate.speaker) continue;
      bodies.set(wordsOf(context.text.slice(candidate.start, candidate.end)).join(' '), candidate.speaker);
      bodies.set(wordsOf(candidate.speaker.label).join(' '), candidate.speaker);
    }
  }
  return bodies;
}

/** An article's paragraphs as blocks and its body names, made once per article (keyed by its contexts). */
const articles = new WeakMap<readonly BlockContext[], ArticleBodyNames>();

/** What `nearestBodyNamed` reads of an article: its paragraphs' words as blocks, and the bodies named in it. */
export interface ArticleBodyNames {
  blocks: BodyBlock[];
  bodies: ReadonlyMap<string, Speaker>;
}

/** The paragraphs and body names of the article whose contexts are `contexts`, made on first use and shared by its quotes. */
export function articleBodyNames(contexts: readonly BlockContext[]): ArticleBodyNames {
  let article = articles.get(contexts);
  if (article === undefined) {
    // Only the paragraphs' words are read (`nearestBodyNamed` looks at nothing else of a block).
    article = { blocks: contexts.map((c) => ({ id: '', kind: 'paragraph', text: c.text })), bodies: namedBodies(contexts) };
    articles.set(contexts, article);
  }
  return article;
}

/** Names ending on a capitalised noun ("Labor Department", "Medic & Healer Council") or opening on it ("Department of Labor"). */
function namesWithNoun(noun: string): RegExp {
  const head = `${noun[0]!.toUpperCase()}${noun.slice(1)}`;
  const word = String.raw`\p{Lu}[\p{L}’'.-]*`;
  return new RegExp(
    String.raw`(?<![\p{L}’'-])(?:(?:${word}|&|and|of)\s+){0,5}${head}(?:\s+of\s+(?:the\s+)?${word}(?:\s+${word}){0,3})?(?![\p{L}’'-])`,
    'gu',
  );
}

/** The body a name in the text is: its speaker from the attribution's reading, or the name as written. */
export function speakerOfName(name: string, bodies: ReadonlyMap<string, Speaker>): Speaker {
  return bodies.get(wordsOf(name).join(' ')) ?? { actor: null, label: name };
}

/**
 * The speaker of a statement whose source is a definite description of one body ("the department"), read as its own
 * words or as pointing back to an earlier unnamed source (`found`): the body named nearest before it whose name ends on
 * the description's noun and holds its other words, or null (no speaker; for a description pointing back, undefined).
 * Undefined when the source is no such description: the speaker found stands.
 */
export function bodyOfDescription(
  source: Candidate,
  found: Found,
  blocks: readonly BodyBlock[],
  at: { block: number; bodies: ReadonlyMap<string, Speaker> },
): Found | null | undefined {
  if (source.kind !== 'description' || !source.definite || source.plural || source.entity !== 'organization') return undefined;
  if (found.speaker.actor !== null) return undefined;
  // "the budget office" read as pointing back to "the nonpartisan Congressional Budget Office", a name the name reader
  // left in the article's words: the body named is looked for the same way, and without one the reading stands.
  const pointsBack = found.speaker.label !== source.label;
  if (pointsBack && found.method !== 'pronoun') return undefined;
  // "the Federal Aviation Administration": a name, not a description.
  if (/\s\p{Lu}/u.test(source.label)) return undefined;
  const words = wordsOf(source.label).filter((word) => !NOT_NAMING.has(word));
  const speaker = words.length > 0 ? nearestBodyNamed(words, blocks, { ...at, offset: source.start }) : null;
  // Past the paragraphs looked through, the name may stand in the words pointed back to ("a State Department spokesman").
  const named = speaker ?? (pointsBack && words.length > 0 ? bodyNamedIn(found.speaker.label, words, at.bodies) : null);
  if (named) return { speaker: named, method: 'pronoun', plural: false, entity: 'organization' };
  return pointsBack ? undefined : null;
}

/** The last body name in `text` that ends on the last of `words` and holds the others, as a speaker; null when none. */
function bodyNamedIn(text: string, words: readonly string[], bodies: ReadonlyMap<string, Speaker>): Speaker | null {
  const name = [...text.matchAll(namesWithNoun(words.at(-1)!))]
    .map((match) => match[0].replace(OPENING_DETERMINER, ''))
    .filter((found) => /\s/u.test(found) && words.every((word) => wordsOf(found).includes(word)))
    .at(-1);
  return name ? speakerOfName(name, bodies) : null;
}

/**
 * The body named nearest before `offset` of block `block` (`blocksBack` paragraphs back at most) whose name ends on the last
 * of `words` and holds the others ("court" → "the Foreign Intelligence Surveillance Court"), or null.
 */
export function nearestBodyNamed(
  words: readonly string[],
  blocks: readonly BodyBlock[],
  at: { block: number; offset: number; bodies: ReadonlyMap<string, Speaker>; blocksBack?: number },
): Speaker | null {
  const noun = words.at(-1)!;
  for (let index = at.block; index >= Math.max(0, at.block - (at.blocksBack ?? BLOCKS_BACK)); index--) {
    const text = index === at.block ? blocks[index]!.text.slice(0, at.offset) : blocks[index]!.text;
    const names = [...text.matchAll(namesWithNoun(noun))]
      .map((match) => match[0].replace(OPENING_DETERMINER, ''))
      .filter((name) => /\s/u.test(name) && words.every((word) => wordsOf(name).includes(word)));
    const name = names.at(-1);
    if (name) return speakerOfName(name, at.bodies);
  }
  return null;
}
