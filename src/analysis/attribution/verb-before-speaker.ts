/**
 * A speech verb that opens its clause, its subject after it, then the quote: "Said Comey, “…”", "But, said Solovey,
 * “…”", "In other words, explained CBS moderator Nancy Cordes: “…”". Nothing stands before the verb but an opener or an
 * introductory phrase, so the name after it is its subject, not its object ("He told Smith, “…”" is not this shape).
 */
import { partitionPoint } from '../../lib/partition-point.ts';
import type { SpeechCue } from '../text/speech-cues.ts';
import type { Proposal } from './after-quote.ts';
import { resolveCandidate, type SpeakerEvent } from './referents.ts';
import { type BlockContext, candidatesIn, INTRODUCTION, OPENERS } from './subjects.ts';

/** The speaker named right after a clause-opening speech verb before the quote, or nothing when the quote has no such verb. */
export function speakerAfterOpeningVerb(
  context: BlockContext,
  sentence: { start: number },
  quoteStart: number,
  history: readonly SpeakerEvent[],
): Proposal {
  const { text } = context;
  const cue = lastFiniteCue(context, sentence.start, quoteStart);
  if (!cue || !opensClause(text.slice(sentence.start, cue.start))) return null;
  const [head, next] = candidatesIn(context, cue.end, quoteStart);
  if (!head || head.kind === 'pronoun' || !VERB_THEN_NAME.test(text.slice(cue.end, head.titleStart ?? head.start))) return null;
  // "explained CBS moderator Nancy Cordes": a body before a job title and a person says where the person works.
  const subject =
    head.kind === 'named' &&
    head.entity !== 'person' &&
    next?.kind === 'named' &&
    next.entity === 'person' &&
    BODY_THEN_TITLE.test(text.slice(head.end, next.titleStart ?? next.start))
      ? next
      : head;
  if (!NAME_THEN_QUOTE.test(text.slice(subject.end, quoteStart))) return null;
  return resolveCandidate(subject, history);
}

/** The last finite speech verb between `from` and `to`, found by binary search: a paragraph of many quotes stays linear. */
function lastFiniteCue(context: BlockContext, from: number, to: number): SpeechCue | undefined {
  const { cues } = context;
  for (let index = partitionPoint(cues.length, (i) => cues[i]!.start >= to) - 1; index >= 0; index--) {
    const cue = cues[index]!;
    if (cue.start < from) return undefined;
    if (cue.form === 'finite' && cue.end <= to) return cue;
  }
  return undefined;
}

/** Whether only an opener ("But,") or an introductory phrase ("Because of the schedule,") stands before the verb. */
function opensClause(before: string): boolean {
  const lead = before.replace(/^["“”'‘’\s]+/u, '');
  if (OPENERS.test(lead)) return true;
  const introduction = INTRODUCTION.exec(lead);
  return introduction !== null && OPENERS.test(lead.slice(introduction[0].length));
}

/** Between a body and the person it employs: a lowercase job title ("CBS moderator"). */
const BODY_THEN_TITLE = /^\s+(?:\p{Ll}+\s+){0,3}$/u;
/** Between the verb and its subject: nothing, or a lowercase job title the name finder did not take ("explained moderator"). */
const VERB_THEN_NAME = /^\s+(?:\p{Ll}+\s+){0,3}$/u;
/** Between the subject and the quote: an appositive or a relative clause in commas, then a comma or a colon. */
const NAME_THEN_QUOTE = /^(?:\s*\([^()]{1,40}\))?(?:\s*,[^,;:“”"]{1,160}(?=,))?\s*[,:]\s*$/u;
