/**
 * Statements whose source the reader could not read, kept with no speaker when the sentence still
 * shows them to be reports. Most such words are held back (`find-statements.ts`: a third are no
 * speech at all on PolNeAR train), but two shapes report words whoever the source is:
 * - a sentence that opens with its subject, a short noun phrase with no verb, right before a finite
 *   speech verb ("Staff for the panel said the …", "Six newspapers, including the Press, said he …");
 * - a speech participle followed by "that" ("…, while acknowledging that this will be tough",
 *   "Now, after arguing that the results …"), not after "by".
 */
import type { SpeechCue } from '../text/speech-cues.ts';

/** A word that makes the words before the verb a clause rather than a subject: an auxiliary, a negation, -ed or -ing. */
const VERB_LIKE =
  /^(?:is|are|was|were|be|been|being|am|has|have|had|will|would|can|could|should|may|might|must|do|does|did|\p{L}+n[’']t|\p{L}+ed|\p{L}+ing)$/iu;
/** A subject's words at most: a longer run is a clause or a list, whose verb the reader missed. */
const SUBJECT_WORDS = 16;
/**
 * A last word before the verb that is no subject's head: a determiner ("These calls for …": "calls" is a noun), an
 * adverb of sequence ("So says a voice …": the subject follows), or a pronoun the reader would have read.
 */
const NOT_A_HEAD =
  /^(?:the|a|an|this|that|these|those|so|then|also|just|only|even|now|still|first|and|but|or|me|him|her|them|us)$/iu;
/**
 * Asides in the subject come in pairs ("Six newspapers, including the Press, said", "Democrats — and some Republicans —
 * say"); an odd comma or dash before the verb makes it the attribution of words before it ("…, said six million people").
 */
function asidesPaired(words: string): boolean {
  return (words.match(/[,—–]/gu)?.length ?? 0) % 2 === 0;
}
/** "which", a speech verb or a contracted verb: the words before the verb hold a clause ("which denied", "he said,", "we’ve asked"; a "who" clause only says who the subject is). */
const RELATIVE_OR_CONTRACTION = /^(?:which|said|says|say|told|wrote|\p{L}+[’'](?:ve|re|ll|d|m))$/iu;
/** A negated subject says nobody spoke: "Although no group claimed responsibility, …". */
const NEGATION = /^(?:no|nobody|none|neither|nor|never|not)$/iu;
/** Words that open a clause of their own: the verb is a participle modifying the subject ("the refugees admitted are …"). */
const AUXILIARY_OPENS = /^(?:is|are|was|were|has|have|had)\b/iu;
/** A sentence's first words as a subject: a capital first, and no comma or dash that would set off a clause or an aside. */
const SUBJECT_OPENING = /^\s*\p{Lu}[^;:“”"()]*$/u;

/**
 * Whether the words between a sentence's start and its finite speech verb are a noun phrase
 * opening it (capitalised, asides in pairs, at most sixteen words, none like a verb, a relative or a negation, ending on a
 * noun's place), and the words
 * after the verb do not open on an auxiliary.
 */
export function opensWithSubject(text: string, sentenceStart: number, cue: SpeechCue, contentStart: number): boolean {
  // The words must follow the verb: before it, the sentence is the words, not their subject.
  if (cue.form !== 'finite' || contentStart < cue.end) return false;
  const before = text.slice(sentenceStart, cue.start);
  if (!SUBJECT_OPENING.test(before) || !asidesPaired(before)) return false;
  const words = before.match(/[\p{L}\p{N}’'.-]+/gu) ?? [];
  const last = words.at(-1);
  return (
    last !== undefined &&
    !NOT_A_HEAD.test(last) &&
    words.length <= SUBJECT_WORDS &&
    !words.some((word) => VERB_LIKE.test(word) || NEGATION.test(word) || RELATIVE_OR_CONTRACTION.test(word)) &&
    !AUXILIARY_OPENS.test(text.slice(contentStart, contentStart + 6))
  );
}

/**
 * Whether a speech participle's words open with "that" ("arguing that …"). Not after "by": "should respond by
 * suggesting that …", "to persuade them by arguing that …" name a way to act, often one not taken, not words said.
 */
export function participleThenThat(text: string, cue: SpeechCue, contentStart: number): boolean {
  return (
    cue.form === 'participle' &&
    /^\s*,?\s*that\s*$/u.test(text.slice(cue.end, contentStart)) &&
    !/\bby\s+$/iu.test(text.slice(Math.max(0, cue.start - 4), cue.start))
  );
}

/** Whether words whose source was not read are still a report (see the module comment). */
export function isUnsourcedReport(text: string, sentenceStart: number, cue: SpeechCue, contentStart: number): boolean {
  return opensWithSubject(text, sentenceStart, cue, contentStart) || participleThenThat(text, cue, contentStart);
}
