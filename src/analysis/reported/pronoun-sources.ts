/**
 * When a pronoun source ("he said") is sure enough to name: the attribution resolves it to a
 * person, and the statement names that person only when nobody else could be meant nearby: the
 * person was named last before it in its paragraph, or spoke the quote just before it.
 */
import { partitionPoint } from '../../lib/partition-point.ts';
import type { Candidate } from '../attribution/candidates.ts';
import type { Found } from '../attribution/referents.ts';
import { type BlockContext, SUBJECT_REACH } from '../attribution/subjects.ts';
import type { AttributedQuote, BodyBlock } from '../types.ts';
import { candidatesBetween } from './unread-sources.ts';

/**
 * "Peskov spoke for an hour. Talks, he said, …": the person a pronoun was resolved to is the last
 * person named before it in its own paragraph, with no other person (named or pointed to) between.
 * Only then is a pronoun source sure enough to name.
 */
export function isNearestPerson(context: BlockContext, pronoun: Candidate, referent: Found): boolean {
  if (referent.speaker.actor === null || referent.entity !== 'person') return false;
  const from = Math.max(0, pronoun.start - SUBJECT_REACH * 2);
  const before = candidatesBetween(context, from, pronoun.start);
  const last = before.findLast((candidate) => candidate.entity === 'person' && candidate.kind !== 'pronoun');
  if (last?.kind !== 'named' || last.speaker?.actor !== referent.speaker.actor) return false;
  // A pronoun between may point elsewhere ("she told him …"): only one of the same form, or none.
  const between = before.filter((candidate) => candidate.start > last.start && candidate.kind === 'pronoun');
  return between.every((candidate) => candidate.gender === pronoun.gender && candidate.plural === pronoun.plural);
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
