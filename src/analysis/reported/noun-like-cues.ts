/**
 * Finite speech cues that are no verbs where they stand (`find-statements.ts`): after a determiner the
 * word is an adjective ("the alleged terrorist", "his claimed victory"); a verb in -s after a
 * preposition is a plural noun ("responded to reports that …", "amid claims that …"), and so is
 * "talks about" after anything but a name, a pronoun or an adverb ("the peace talks about Ukraine").
 */
import type { SpeechCue } from '../text/speech-cues.ts';

/** A determiner right before a word: "the", "an", "his", "their" … */
const DETERMINER_BEFORE = /\b(?:the|an?|his|her|its|their|our)\s+$/iu;
/** A preposition right before a verb that is also a plural noun: "responded to reports that …", "amid claims that …". */
const PREPOSITION_BEFORE = /\b(?:to|of|about|amid|despite|on|following|after|before|by|with|from|over|against)\s+$/iu;
/** Who or what talks, right before "talks about": a name, a pronoun, a relative or an adverb ("Sanders often talks about"). */
const TALKER_BEFORE = /(?:\p{Lu}[\p{L}’'.-]*|\b(?:he|she|it|who|that|which|also|often|still|\p{Ll}+ly))\s+$/u;

/**
 * Whether a finite cue in -s is a plural noun: after a preposition ("responded to reports that …"), or "talks
 * about" after anything but a name, a pronoun or an adverb ("the peace talks about Ukraine stalled").
 */
function isPluralNoun(text: string, cue: SpeechCue): boolean {
  if (!/s$/u.test(cue.word) && !/^talks\s/u.test(cue.word)) return false;
  const before = text.slice(Math.max(0, cue.start - 30), cue.start);
  return PREPOSITION_BEFORE.test(before) || (/^talks\s/iu.test(cue.word) && !TALKER_BEFORE.test(before));
}

/** Whether a finite cue is an adjective after a determiner or a plural noun, not a verb. */
export function isNounOrAdjective(text: string, cue: SpeechCue): boolean {
  return DETERMINER_BEFORE.test(text.slice(Math.max(0, cue.start - 8), cue.start)) || isPluralNoun(text, cue);
}
