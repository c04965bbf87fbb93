/**
 * A quote a colon introduces, with no speech verb to read: "McConnell delivered a blunt message to Trump: “…”", "she
 * offered up this sound bite: “…”", "Jeffrey Jones: “…”". The colon hands the quote to the clause before it, whose
 * subject is the speaker; a name standing alone before the colon is the speaker itself.
 */
import type { Proposal } from './after-quote.ts';
import { resolveCandidate, type SpeakerEvent } from './referents.ts';
import { clauseSubject, speakerBeforeQuote } from './cue-speakers.ts';
import { type BlockContext, candidatesIn, firstAtOrAfter } from './subjects.ts';

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

/**
 * The speaker of a whole-sentence quote a comma introduces after a clause with no speech verb: "Grandi reacted
 * skeptically to the deal, “I am concerned about …”", "Clinton cracked, ''I'm a progressive …''". The clause's subject
 * is the speaker; nothing when a speech verb stands in the sentence before the quote (the verb's rules read it).
 */
export function speakerBeforeComma(
  context: BlockContext,
  sentence: { start: number },
  quoteStart: number,
  history: readonly SpeakerEvent[],
): Proposal {
  const lead = COMMA_LEAD.exec(context.text.slice(sentence.start, quoteStart));
  if (!lead || !CAPITAL_OPENING.test(context.text.slice(quoteStart, quoteStart + 4))) return null;
  // The first cue of the sentence, found by binary search: a paragraph of thousands of quotes stays linear.
  const firstCue = context.cues[firstAtOrAfter(context.cues, sentence.start)];
  if (firstCue && firstCue.start < quoteStart) return null;
  const comma = sentence.start + lead.index;
  const subject = clauseSubject(context, sentence.start, comma);
  // "Freddy circled it as his friends jeered, ''…''": a subordinate clause whose subject cannot be read stands between;
  // "Andrean High School fans chanted, “…”": a body's name modifying the unnamed people who spoke.
  if (!subject || (subject.kind === 'named' && subject.entity === 'organization')) return null;
  const subordinate = [...context.text.slice(subject.end, comma).matchAll(SUBORDINATOR)];
  return subordinate.length === 0 ? resolveCandidate(subject, history) : null;
}

/** Words that open a subordinate clause with a subject of its own. */
const SUBORDINATOR = /\b(?:as|when|while|because|after|before|until|since|though|although|whereas)\s/giu;

/** A comma closing the words before the quote. */
const COMMA_LEAD = /,\s*$/u;
/** A quote that opens a sentence of its own: its marks, then a capital. */
const CAPITAL_OPENING = /^["“'‘]{1,2}\[?\p{Lu}/u;

/**
 * The speaker of a quote opening its paragraph when the paragraph before ends with a colon: "Soerens argued that:",
 * "He then listed the qualities a nominee needs:", "As Breitbart News reported, …:". The colon's clause is read as for a
 * colon before a quote in its own sentence: the subject of its speech verb, or else of the clause. Nothing when the quote's
 * own sentence has a speech verb (its rules read it).
 */
export function speakerBeforeColonParagraph(
  first: BlockContext,
  contexts: readonly BlockContext[],
  sentence: { start: number; end: number },
  quoteStart: number,
  history: readonly SpeakerEvent[],
): Proposal {
  const previous = contexts[first.index - 1];
  if (!previous || previous.heading || first.text.slice(0, quoteStart).trim() !== '') return null;
  const colon = previous.text.trimEnd().length - 1;
  if (colon < 0 || previous.text[colon] !== ':') return null;
  const firstCue = first.cues[firstAtOrAfter(first.cues, sentence.start)];
  if (firstCue && firstCue.start < sentence.end) return null;
  const lead = previous.quotedText.sentenceAround(colon, colon);
  const proposal = speakerBeforeQuote(previous, lead, colon, history) ?? speakerBeforeColon(previous, lead, colon + 1, history);
  return proposal === 'abstain' ? null : proposal;
}
