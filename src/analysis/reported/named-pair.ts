/**
 * "Jeb Bush and Chris Christie say …", "On Sunday, Mr. Rubio and Senator Ted Cruz urged …": two
 * people who speak together. The reader takes the second name, beside the verb, and the statement
 * would withhold it as the tail of a list. As the quote attribution does (`firstOfPair`), the first
 * named stands for both: the one a reader looks for first, and the one PolNeAR's annotators name.
 */
import type { Candidate } from '../attribution/candidates.ts';
import { type BlockContext, firstAtOrAfter, firstCandidate, firstOfPair } from '../attribution/subjects.ts';
import type { SpeechCue } from '../text/speech-cues.ts';

/** Between the two of a pair: a bare "and", after a party tag maybe ("Martin O’Malley (D) and Mike Huckabee (R)"). */
const PAIRED = /^(?:\s+\((?:[DRI]|[DRI]-[A-Z][\p{L}.]{1,6})\))?\s+and\s+$/u;

/**
 * What may open a sentence before a pair, as a subject's part: "Both", or a plural description of what they are
 * ("Republican presidential hopefuls Jeb Bush and Chris Christie say", "Both Cruz and Fiorina criticized").
 */
const LEAD_OF_PAIR =
  /^\s*(?:(?:But|And|Now|Meanwhile)\s+)?(?:Both|(?:\p{Lu}[\p{L}-]*\s+)?(?:\p{Ll}[\p{L}-]*\s+){0,2}\p{Ll}[\p{L}-]*s)\s+$/u;

/**
 * The first of two people joined by a bare "and" before the cue, when the pair opens the clause
 * (the sentence's first subject, after "Both" or a plural description maybe, or right after a comma: "The Democratic
 * candidates, Hillary Clinton and Senator Bernie Sanders, have promised"); else the subject as read. "…, and" is left
 * alone: it joins clauses as often as names.
 */
export function firstOfNamedPair(context: BlockContext, sentenceStart: number, subject: Candidate, cue: SpeechCue): Candidate {
  if (subject.start > cue.start) return subject;
  const first =
    firstOfPair(context, subject) === subject ? (namedBeforeAnd(context, subject) ?? subject) : firstOfPair(context, subject);
  if (first === subject || !PAIRED.test(context.text.slice(first.end, subject.titleStart ?? subject.start))) return subject;
  const opensClause =
    firstCandidate(context, sentenceStart, cue.start) === first ||
    LEAD_OF_PAIR.test(context.text.slice(sentenceStart, first.titleStart ?? first.start)) ||
    /,\s*$/u.test(
      context.text.slice(Math.max(sentenceStart, (first.titleStart ?? first.start) - 4), first.titleStart ?? first.start),
    );
  // "Ivan Sidorov, Anna Petrova and Oleg Bondar": a list of three or more is no pair.
  const before = context.candidates[firstAtOrAfter(context.candidates, first.start) - 1];
  const listed = before?.kind === 'named' && /^\s*,\s*$/u.test(context.text.slice(before.end, first.titleStart ?? first.start));
  return opensClause && !listed ? first : subject;
}

/**
 * "Trump and his attorneys have said", "Edwards and others said", "Clinton and the State Department
 * have said", "Both Cruz and Fiorina criticized": a person named first, then anyone after "and". The
 * person speaks for the pair, as two named people do (`firstOfPair` takes only two people).
 */
function namedBeforeAnd(context: BlockContext, subject: Candidate): Candidate | null {
  const previous = context.candidates[firstAtOrAfter(context.candidates, subject.titleStart ?? subject.start) - 1];
  if (previous?.kind !== 'named' || previous.entity !== 'person') return null;
  return PAIRED.test(context.text.slice(previous.end, subject.titleStart ?? subject.start)) ? previous : null;
}
