/**
 * When a pronoun source ("he said") is sure enough to name: the attribution resolves it to a
 * person, and the statement names that person only when nobody else could be meant nearby: the
 * person was named last before it in its paragraph, or spoke the quote just before it.
 */
import { partitionPoint } from '../../lib/partition-point.ts';
import type { Candidate } from '../attribution/candidates.ts';
import { genderOfActorName } from '../attribution/given-names.ts';
import type { Found } from '../attribution/referents.ts';
import { type BlockContext, firstCandidate, SUBJECT_REACH } from '../attribution/subjects.ts';
import type { AttributedQuote, BodyBlock, ReportedStatement } from '../types.ts';
import { candidatesBetween } from './unread-sources.ts';

/**
 * "Peskov spoke for an hour. Talks, he said, …": the person a pronoun was resolved to is the last
 * person named before it in its own paragraph, with no other person (named or pointed to) between.
 * A pronoun near the start of a paragraph that names nobody before it looks back into the paragraph
 * before (`previous`): "Groberg served in Kunar. [¶] He also says …". Only then is a pronoun source
 * sure enough to name.
 */
export function isNearestPerson(context: BlockContext, pronoun: Candidate, referent: Found, previous?: BlockContext): boolean {
  if (referent.speaker.actor === null || referent.entity !== 'person') return false;
  const before = candidatesBefore(context, pronoun, previous);
  const lastIndex = before.findLastIndex(isPerson);
  const last = before[lastIndex];
  if (last?.kind !== 'named' || last.speaker?.actor !== referent.speaker.actor) return false;
  // A pronoun between may point elsewhere ("she told him …"): only one of the same form, or none.
  const between = before.slice(lastIndex + 1).filter((candidate) => candidate.kind === 'pronoun');
  return between.every((candidate) => candidate.gender === pronoun.gender && candidate.plural === pronoun.plural);
}

const isPerson = (candidate: Candidate) => candidate.entity === 'person' && candidate.kind !== 'pronoun';

/** The candidates before a pronoun in its paragraph, and near a paragraph's start those at the end of the one before. */
function candidatesBefore(context: BlockContext, pronoun: Candidate, previous?: BlockContext): Candidate[] {
  const from = Math.max(0, pronoun.start - SUBJECT_REACH * 2);
  const before = candidatesBetween(context, from, pronoun.start);
  if (from > 0 || !previous || before.some(isPerson)) return before;
  const tail = candidatesBetween(previous, Math.max(0, previous.text.length - SUBJECT_REACH * 2), previous.text.length);
  return [...tail, ...before];
}

/**
 * "…, said a source close to the probe. [¶] He cautioned that …": the last person before a singular pronoun is an
 * unnamed one ("a source", "an official"), so the pronoun most likely points to that source, not to a person named
 * further back, whatever the speaker model makes of it.
 */
export function followsUnnamedSource(context: BlockContext, pronoun: Candidate, previous?: BlockContext): boolean {
  if (pronoun.plural) return false;
  const last = candidatesBefore(context, pronoun, previous).findLast(isPerson);
  return last?.kind === 'description' && !last.definite && !last.plural;
}

/**
 * "“We will stay,” Peskov said. [¶] The talks, he said, …": the person a pronoun was resolved to
 * spoke the last quote before it, in its paragraph or the one before, and no one else is named
 * between that quote and the pronoun.
 */
export function isLastQuoteSpeaker(
  context: BlockContext,
  pronoun: Candidate,
  referent: Found,
  blocks: readonly BodyBlock[],
  quotesOf: ReadonlyMap<string, readonly AttributedQuote[]>,
): boolean {
  if (referent.speaker.actor === null || referent.entity !== 'person') return false;
  const here = quotesOf.get(blocks[context.index]!.id) ?? [];
  const inBlock = partitionPoint(here.length, (index) => here[index]!.parts[0]!.start >= pronoun.start);
  const previous = context.index > 0 ? (quotesOf.get(blocks[context.index - 1]!.id) ?? []) : [];
  const quote = inBlock > 0 ? here[inBlock - 1] : previous.at(-1);
  if (!quote || quote.speaker?.actor !== referent.speaker.actor) return false;
  const from = inBlock > 0 ? quote.parts.at(-1)!.end : 0;
  // Only a short way back: in a paragraph-long run the quote is too far to be sure (and reading that far would not be linear).
  if (pronoun.start - from > SUBJECT_REACH) return false;
  return candidatesBetween(context, from, pronoun.start).every(
    (candidate) =>
      candidate.entity !== 'person' || candidate.kind === 'pronoun' || candidate.speaker?.actor === referent.speaker.actor,
  );
}

/**
 * "Ed Brookover spoke to reporters on Thursday. He says the meeting …": a pronoun that opens its
 * sentence stands for the person who opened the sentence before (in its paragraph, or the last of
 * the paragraph before, `previous`), when that is the person it was resolved to. Objects named in
 * between ("… for Ginsburg to criticize Trump. He said") do not compete with a subject carried on.
 */
export function continuesPreviousSubject(
  context: BlockContext,
  pronoun: Candidate,
  referent: Found,
  previous?: BlockContext,
): boolean {
  if (referent.speaker.actor === null || referent.entity !== 'person') return false;
  const { quotedText } = context;
  const sentence = quotedText.sentenceAround(pronoun.start, pronoun.end);
  const opening = firstCandidate(context, sentence.start, pronoun.end);
  // "Carter said the approach remained …, but he also warned …": a clause joined to one its referent opened.
  if (opening !== pronoun) return isCoordinatedWith(context, pronoun, opening, referent);
  // The last character of the sentence before: in this block, past the spaces between sentences, or the paragraph before's.
  let at = sentence.start - 1;
  while (at >= 0 && /\s/u.test(context.text[at]!)) at--;
  const before = at >= 0 ? { context, at } : previous ? { context: previous, at: previous.text.trimEnd().length - 1 } : null;
  if (!before || before.at < 0) return false;
  const earlier = before.context.quotedText.sentenceAround(before.at, before.at + 1);
  // Only as far into a long sentence as a subject stands (a paragraph-long run has no "sentence before" to speak of).
  const subject = firstCandidate(before.context, earlier.start, Math.min(earlier.end, earlier.start + SUBJECT_REACH));
  return subject?.kind === 'named' && subject.entity === 'person' && subject.speaker?.actor === referent.speaker.actor;
}

/** A pronoun that opens a clause joined by "and"/"but" to the one before it: "…, and she accused". */
const JOINED_CLAUSE = /(?:[,;]\s*(?:(?:and|but|yet|so)\s+)?|\s(?:and|but)\s+)$/u;

/** "Clinton said … and she accused …": the pronoun opens a clause joined to a sentence its referent opened. */
function isCoordinatedWith(context: BlockContext, pronoun: Candidate, opening: Candidate | null, referent: Found): boolean {
  if (opening?.kind !== 'named' || opening.entity !== 'person' || opening.speaker?.actor !== referent.speaker.actor) return false;
  if (!JOINED_CLAUSE.test(context.text.slice(Math.max(opening.end, pronoun.start - 8), pronoun.start))) return false;
  // Only a subject's reach apart: in a paragraph-long run the clause is too far to be sure (and reading that far would not be linear).
  if (pronoun.start - opening.end > SUBJECT_REACH) return false;
  // Nobody else named, nor pointed to, between the referent and the pronoun.
  return candidatesBetween(context, opening.end, pronoun.start).every(
    (candidate) => candidate.entity !== 'person' || candidate.speaker?.actor === referent.speaker.actor,
  );
}

/**
 * "Netanyahu’s tough stance on … and his vow on Monday that …": the owner "his" or "her" of a speech noun stands for the
 * last person named before it (in its paragraph, or near its start at the end of the one before), when that person is
 * named, not known to be of the other sex, and no one else is named or pointed to between. The resolver reads no
 * possessive, so this is the only referent such a source gets.
 */
export function nearestOwnerReferent(context: BlockContext, owner: Candidate, previous?: BlockContext): Found | null {
  if (owner.kind !== 'pronoun' || owner.plural || !owner.gender) return null;
  const before = candidatesBefore(context, owner, previous);
  const lastIndex = before.findLastIndex(isPerson);
  const last = before[lastIndex];
  if (last?.kind !== 'named' || !last.speaker?.actor) return null;
  const sex = last.gender ?? genderOfActorName(last.speaker.actor);
  if (sex && sex !== owner.gender) return null;
  const between = before.slice(lastIndex + 1).filter((candidate) => candidate.kind === 'pronoun');
  if (!between.every((candidate) => candidate.gender === owner.gender && !candidate.plural)) return null;
  return { speaker: last.speaker, method: 'pronoun', plural: false, entity: 'person', gender: owner.gender };
}

/**
 * "Outside experts … / Unless countries act, the experts say, …", "The officials said" after "former officials": a
 * definite plural description the attribution reads as pointing back to an unnamed group (`found`, which the quote
 * attribution's resolver matched by head noun and every modifier) is that group, in the article's words: as sure as a
 * pronoun whose referent is the nearest person. Nobody is named for it, so it cannot put words in a named mouth.
 */
export function repeatsUnnamedGroup(source: Candidate, found: Found): boolean {
  return source.kind === 'description' && source.plural === true && found.method === 'pronoun' && found.speaker.actor === null;
}

/**
 * "Peskov said the Kremlin was ready. … He added that …": the person a pronoun was resolved to is the named speaker of
 * the statement before it in its paragraph (`last`), and no one else is named or pointed to between that statement's
 * source and the pronoun (its words included: a person named in them could be meant).
 */
export function isLastStatementSpeaker(
  context: BlockContext,
  pronoun: Candidate,
  referent: Found,
  last: Pick<ReportedStatement, 'source' | 'cue' | 'speaker'> | undefined,
): boolean {
  if (!last?.speaker?.actor || referent.speaker.actor !== last.speaker.actor || referent.entity !== 'person') return false;
  const from = last.source && last.source.end < last.cue.end ? last.source.end : last.cue.end;
  // Only a short way back, as for a quote's speaker.
  if (from >= pronoun.start || pronoun.start - from > SUBJECT_REACH * 2) return false;
  return candidatesBetween(context, from, pronoun.start).every(
    (candidate) =>
      candidate.entity !== 'person' ||
      (candidate.kind === 'pronoun' && candidate.gender === pronoun.gender && !candidate.plural) ||
      candidate.speaker?.actor === referent.speaker.actor,
  );
}
