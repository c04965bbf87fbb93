/**
 * The subject of a finite cue that the quote attribution's candidates did not read (`find-statements.ts` tries the
 * candidates first): the readers of unread sources, in the order they are trusted.
 */
import type { Candidate } from '../attribution/candidates.ts';
import type { BlockContext } from '../attribution/subjects.ts';
import type { SpeechCue } from '../text/speech-cues.ts';
import { coordinatedSubject } from './coordinated-subject.ts';
import { describedSubject } from './described-subjects.ts';
import { groupSource } from './group-sources.ts';
import { nameBeforeNegatedVerb, postmodifiedSubject, shareSubject, subjectBeforeRelative } from './noun-phrase-subjects.ts';
import { relativeClauseSubject, relativeDescriptionSubject } from './relative-subjects.ts';
import { bareSource, capitalisedSource, describedAfterComma, firstPersonSubject, interruptedSubject } from './unread-sources.ts';

/**
 * The subject of a finite cue that the candidates did not read: a name kept apart from its verb, a bare or capitalised
 * source, a group, a description, a relative clause's antecedent, "I" or "we" (`bare` and `group` when already read).
 */
export function finiteSubject(
  context: BlockContext,
  sentenceStart: number,
  finite: SpeechCue,
  read: { bare?: Candidate | null; group?: Candidate | null } = {},
): Candidate | null {
  const { text } = context;
  return (
    interruptedSubject(context, sentenceStart, finite) ??
    (read.bare === undefined ? bareSource(text, sentenceStart, finite) : read.bare) ??
    (read.group === undefined ? groupSource(text, sentenceStart, finite) : read.group) ??
    capitalisedSource(text, sentenceStart, finite) ??
    describedAfterComma(text, sentenceStart, finite) ??
    coordinatedSubject(context, sentenceStart, finite) ??
    relativeClauseSubject(context, sentenceStart, finite) ??
    relativeDescriptionSubject(context, sentenceStart, finite) ??
    describedSubject(text, sentenceStart, finite) ??
    shareSubject(text, sentenceStart, finite) ??
    postmodifiedSubject(context, sentenceStart, finite) ??
    nameBeforeNegatedVerb(context, sentenceStart, finite) ??
    subjectBeforeRelative(text, sentenceStart, finite) ??
    firstPersonSubject(text, sentenceStart, finite)
  );
}
