/**
 * "…, said Obama, who has often complained about not getting enough credit": the subject of a verb
 * in a relative clause is the name the clause hangs on, right before ", who". Only that shape: with
 * anything between ("the wife of Ali Khan, who said") the clause may hang on either.
 */
import type { Candidate } from '../attribution/candidates.ts';
import type { BlockContext } from '../attribution/subjects.ts';
import type { SpeechCue } from '../text/speech-cues.ts';
import { candidatesBetween, MANNER_ADVERB } from './unread-sources.ts';

/** How far before its verb the name of a relative clause may stand, in characters. */
const RELATIVE_REACH = 120;
/** Between the name and the verb: ", who" and auxiliaries or adverbs ("has often", "later"). */
const WHO_THEN_VERB = new RegExp(
  String.raw`^,\s+who\s+(?:(?:also|has|had|have|is|was|often|later|then|once|first|previously|recently|repeatedly|${MANNER_ADVERB})\s+)*$`,
  'u',
);

/** The name a relative clause's "who" stands for, when the cue is that clause's verb; else null. */
export function relativeClauseSubject(context: BlockContext, sentenceStart: number, cue: SpeechCue): Candidate | null {
  const before = candidatesBetween(context, Math.max(sentenceStart, cue.start - RELATIVE_REACH), cue.start);
  const name = before.at(-1);
  if (name?.kind !== 'named') return null;
  return WHO_THEN_VERB.test(context.text.slice(name.end, cue.start)) ? name : null;
}
