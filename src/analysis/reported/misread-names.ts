/**
 * Names the name reader took for a new person (a provisional person, who would get a page of their
 * own) where the text says otherwise:
 * - "Homeopaths say …" opens a sentence with a plural the article writes in lower case elsewhere
 *   ("homeopaths"): a common noun, so an unnamed source in the article's words;
 * - "the World Travel and Tourism Council": the name ran on past "and" to a body's noun, so the
 *   speaker is that body, by its whole name.
 */
import type { Candidate } from '../attribution/candidates.ts';
import type { Found } from '../attribution/referents.ts';
import { BODY_SOURCE_NOUNS, PERSON_SOURCE_NOUNS } from '../lexicon/role-nouns.ts';
import type { BodyBlock } from '../types.ts';

/** Nouns that end a body's name ("… and Tourism Council", "… & Healer Council"). */
const BODY_NOUNS =
  'Council|Committee|Commission|Association|Organization|Organisation|Agency|Institute|Society|Foundation|Union|Board|Bureau|Center|Centre|Office|Department|Fund|Alliance|Federation|Authority|Coalition|Service|Trust|Network|Forum|Party|Administration';
/** After a name: "and" or "&", capitalised words, and a body's noun. */
const NAME_GOES_ON_TO_BODY = new RegExp(String.raw`^\s+(?:and|&)\s+(?:\p{Lu}[\p{L}’'-]*\s+){0,3}(?:${BODY_NOUNS})\b`, 'u');

/** A verb in the plural right after a subject (an adverb between at most): "say", "argue", "have said". */
const PLURAL_VERB_AFTER =
  /^\s+(?:\p{Ll}+ly\s+)?(?:say|argue|claim|insist|contend|warn|predict|admit|complain|concede|note|suggest|allege|assert|acknowledge|maintain|explain|deny|point\s+out|have\s+(?:long\s+)?(?:said|argued|claimed|warned))\b/u;

/** The article's words written in lower case somewhere, for telling common nouns from names. */
export function lowerCaseWords(blocks: readonly BodyBlock[]): ReadonlySet<string> {
  const words = new Set<string>();
  for (const block of blocks) for (const [word] of block.text.matchAll(/(?<![\p{L}’'-])\p{Ll}[\p{L}’'-]*/gu)) words.add(word);
  return words;
}

/**
 * The speaker of a named source the name reader made a provisional person of, read again from the text around it:
 * an unnamed source, or a body by its whole name; `found` as it was otherwise.
 */
export function rereadName(found: Found | null, source: Candidate, text: string, lowerCase: ReadonlySet<string>): Found | null {
  if (!found?.speaker.provisional || source.kind !== 'named') return found;
  const label = found.speaker.label;
  const body = NAME_GOES_ON_TO_BODY.exec(text.slice(source.end, source.end + 80));
  if (body) {
    const name = text.slice(source.start, source.end + body[0].length).replace(/\s+/gu, ' ');
    return { ...found, speaker: { actor: null, label: name }, entity: 'organization', plural: false };
  }
  if (/\s/u.test(label)) return found;
  // Plurals only: a surname may also be a common word ("Rice", "Young"); "Homeopaths" may not.
  // "Homeopaths say …": a one-word name in -s before a verb in the plural is a common noun, whatever the rest of the article.
  if (
    /\p{Ll}s$/u.test(label) &&
    (lowerCase.has(label.toLowerCase()) || PLURAL_VERB_AFTER.test(text.slice(source.end, source.end + 40)))
  ) {
    return { ...found, speaker: { actor: null, label: label.toLowerCase() }, plural: true };
  }
  return found;
}

/** Source nouns ("officials", "diplomats"), lower case: capitalised at a sentence's start they are still no name. */
const SOURCE_NOUN_SET = new Set([...PERSON_SOURCE_NOUNS, ...BODY_SOURCE_NOUNS].map((noun) => noun.toLowerCase()));

/**
 * "Officials say that …" opens a sentence with a capital: the name reader takes "Officials" for a
 * person found in the text. A speaker whose whole name is a source noun is an unnamed source, in
 * the article's words, and never a provisional person (who would get a page of their own).
 */
export function unnamedIfSourceNoun(found: Found | null): Found | null {
  if (!found?.speaker.provisional || !SOURCE_NOUN_SET.has(found.speaker.label.toLowerCase())) return found;
  return { ...found, speaker: { actor: null, label: found.speaker.label } };
}
