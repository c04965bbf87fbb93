/**
 * "Palatino called the police presence “overkill”", "Trump called him a liar", "she called the
 * ruling unlawful": what someone called something is reported, its object and complement. "called"
 * also names ("a group called Our Future"), phones ("called the police") and idles ("called it a
 * day"): only an object and a complement that can be nothing else open a statement here. Each
 * reading is an anchored expression over a bounded window, so a paragraph is read in linear time.
 */
import type { QuotedText } from '../text/quoted-text.ts';
import type { SpeechCue } from '../text/speech-cues.ts';
import { type ContentClause, objectEnd, skipSpaces, trimmedEnd } from './clause-bounds.ts';

/** The finite forms of "call" that may call something something. */
const CALLED = /^(?:called|calls|call)$/iu;
/** An object pronoun ("him", "themselves", "it"). */
const PRONOUN_OBJECT = String.raw`(?:him|her|it|them|himself|herself|itself|themselves|me|us|you|this|that)`;
/**
 * A noun-phrase object: a determiner or owner and up to five words, or a name of up to four capitalised words
 * (titles with full stops kept: "Mr. Yanukovych"). No comma, quote mark or dash inside.
 */
const NOUN_OBJECT = String.raw`(?:(?:the|this|that|these|those|his|her|its|their|our|last\s+year[’']s|\p{Lu}[\p{L}.-]*[’']s)\s+(?:[\p{L}\d’'-]+\s+){0,4}?[\p{L}\d’'-]+|(?:\p{Lu}[\p{L}.’'-]*\s+){0,3}\p{Lu}[\p{L}’'-]*)`;
/** After a pronoun: words that are no complement (a time, a place, a particle: "called him on Monday", "called her back"). */
const NOT_COMPLEMENT =
  /^(?:on|in|at|to|from|for|with|about|after|before|during|and|or|but|back|up|off|out|again|later|earlier|today|yesterday|tonight|last|this|next|every|once|twice|quits|so|because|when|while|as|if|that|who|which|what|how|whatever|\p{Ll}+ly\b(?!\s+\p{Ll})|a\s+day|a\s+night|a\s+(?:few|couple|number|lot|second|third|week|month|year|time)\b|the\s+(?:next|other|same|following|day|night|week|police|cops)\b)\b/iu;
/** After a pronoun: a complement of up to eight words up to a comma, a stop or the clause's end: "a liar", "very conservative". */
const PRONOUN_THEN_COMPLEMENT = new RegExp(String.raw`^\s+${PRONOUN_OBJECT}\s+(?=[“"‘]|[\p{L}\d])`, 'u');
/** After a noun-phrase object: a quoted complement ("“overkill”"), maybe after an article ("a “very modest adjustment”"). */
const NOUN_THEN_QUOTED = new RegExp(String.raw`^\s+${NOUN_OBJECT}\s+(?:(?:a|an|the)\s+)?(?=[“"])`, 'u');
/** After a name: an indefinite complement ("Mr. Yanukovych an outstanding leader"), which a name alone cannot be. */
const NAME_THEN_INDEFINITE = /^\s+(?:\p{Lu}[\p{L}.’'-]*\s+){0,3}\p{Lu}[\p{L}’'-]*\s+(?=an?\s+\p{Ll})/u;
/** A form of "be" (an adverb between at most) or "so-", "what", "which" right before: a passive or a relative, not who called. */
const NOT_ACTIVE_BEFORE = /(?:\b(?:is|are|was|were|be|been|being|what|which|whom)\s+(?:\p{Ll}+ly\s+)?|[-‐])$/u;

/** Whether a cue is a form of "call" with nothing after it ("called for" and "called on" are phrases of their own). */
export function isCalledCue(cue: SpeechCue): boolean {
  return cue.form === 'finite' && CALLED.test(cue.word);
}

/**
 * The object and complement of "called" in its sentence ("him a liar", "the police presence “overkill”"),
 * or null when "called" calls nothing here.
 */
export function calledClause(
  quotedText: QuotedText,
  cue: SpeechCue,
  sentence: { start: number; end: number },
): ContentClause | null {
  const { text } = quotedText;
  if (NOT_ACTIVE_BEFORE.test(text.slice(Math.max(sentence.start, cue.start - 24), cue.start))) return null;
  const after = text.slice(cue.end, Math.min(sentence.end, cue.end + 160));
  const pronoun = PRONOUN_THEN_COMPLEMENT.exec(after);
  const complementAt = pronoun ? cue.end + pronoun[0].length : -1;
  if (pronoun && NOT_COMPLEMENT.test(text.slice(complementAt, complementAt + 20))) return null;
  if (!pronoun && !NOUN_THEN_QUOTED.test(after) && !NAME_THEN_INDEFINITE.test(after)) return null;
  const last = trimmedEnd(text, sentence.start, sentence.end);
  const start = skipSpaces(text, cue.end, last);
  const end = objectEnd(quotedText, start, last);
  // "called him." has no complement; "called it quits" is stopped above.
  if (pronoun && end <= complementAt) return null;
  return start < end ? { start, end, pattern: 'verb-object', cueEnd: cue.end } : null;
}
