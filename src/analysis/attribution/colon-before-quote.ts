/**
 * A quote a colon introduces, with no speech verb to read: "McConnell delivered a blunt message to Trump: “…”", "she
 * offered up this sound bite: “…”", "Jeffrey Jones: “…”". The colon hands the quote to the clause before it, whose
 * subject is the speaker; a name standing alone before the colon is the speaker itself.
 */
import type { Proposal } from './after-quote.ts';
import { resolveCandidate, type SpeakerEvent } from './referents.ts';
import { type BlockContext, candidatesIn, clauseSubject } from './subjects.ts';

/** The speaker of a quote right after a colon in its sentence, or nothing when no colon introduces it. */
export function speakerBeforeColon(
  context: BlockContext,
  sentence: { start: number },
  quoteStart: number,
  history: readonly SpeakerEvent[],
): Proposal {
  const lead = COLON_LEAD.exec(context.text.slice(sentence.start, quoteStart));
  if (!lead) return null;
  const colon = sentence.start + lead.index;
  // "Media shares blame - HuffPollster: “…”", "Jeffrey M. Jones: “…”": a name alone before the colon, after a dash or nothing.
  const last = candidatesIn(context, sentence.start, colon).at(-1);
  if (
    last &&
    last.kind === 'named' &&
    NAME_THEN_COLON.test(context.text.slice(last.end, colon)) &&
    NOTHING_OR_DASH.test(context.text.slice(sentence.start, last.titleStart ?? last.start))
  ) {
    return resolveCandidate(last, history) ?? 'abstain';
  }
  // "The crowd cheers, and then Wallnau continues: “…”": the subject of the clause the colon ends.
  const subject = clauseSubject(context, sentence.start, colon);
  return subject ? (resolveCandidate(subject, history) ?? 'abstain') : null;
}

/** A colon closing the words before the quote (brackets or dashes may not stand between). */
const COLON_LEAD = /:\s*$/u;
/** Before a name alone: nothing, or a headline and a dash. */
const NOTHING_OR_DASH = /^(?:|.*\s[-–—]\s+)$/u;
/** Between a name and its colon: nothing, or a party and state ("Sen. Ann Lee, R-Ky.:", "(D-Ohio)"). */
const NAME_THEN_COLON = /^(?:\s*\([^()]{1,20}\)|,\s*[\p{Lu}][\p{L}.-]{0,12}(?:-[\p{Lu}][\p{L}.]{0,8})?,?)?\s*$/u;
