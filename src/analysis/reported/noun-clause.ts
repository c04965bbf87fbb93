/**
 * The words a speech noun reports through its "that" (`find-statements.ts`): "Trump’s claim that
 * Moscow is open …", "issued a threat that the US could …". An anchored expression over a bounded
 * window, so a paragraph is read in linear time.
 */
import type { QuotedText } from '../text/quoted-text.ts';
import type { SpeechCue } from '../text/speech-cues.ts';
import { type ContentClause, endBeforeNextReport, objectEnd, skipSpaces, trimmedEnd } from './clause-bounds.ts';

/**
 * Nouns of speech whose "that" opens the words reported ("Trump’s claim that …", "a threat that …",
 * "Trump’s statement that …": its cue holds its owner, so no note shows a bare “statement”).
 */
const NOUNS_WITH_THAT = /^(?:assertion|claim|pledge|promise|statement|threat|vow|warning|suggestion)$/iu;
/**
 * "that" right after the noun, or after a time ("his vow on Monday that …", "its warning last week that …"),
 * and not a relative pronoun with its verb next ("the statement that was issued").
 */
const NOUN_THAT =
  /^\s*,?\s*(?:(?:on\s+\p{Lu}\p{Ll}+day|last\s+(?:week|month|year|\p{Lu}\p{Ll}+day)|earlier\s+(?:this|that)\s+(?:week|month|year)|in\s+(?:January|February|March|April|May|June|July|August|September|October|November|December))\s+)?that\s+(?!(?:was|were|is|are|has|had|have|would|will|could|should|may|might|came|followed|left|went|made|got|took|gave)\b|\p{Ll}+(?:es|ed)\s|\p{Ll}+s\s+(?:the|an?|all|his|her|its|their|from|to|in|on|as|with|by|into|for)\b)/u;
/** Nouns of speech whose infinitive is the words reported, with their owner: "his promise to build a wall", "Rubio's claim to be …". */
const NOUNS_WITH_TO = /^(?:claim|pledge|promise|vow)$/iu;
/** An owner right before the noun, a modifier or two between: "Trump's ", "his ", "Mr. Obama's original ". */
const OWNER_BEFORE = /(?:\b(?:[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)|\p{L}[’']s?)\s+(?:[\p{Ll}-]+\s+){0,2}$/u;
/** After the noun: maybe a time, then "to" and a verb (no determiner: "a promise to the voters" names who was promised). */
const NOUN_TO =
  /^\s*(?:(?:on\s+\p{Lu}\p{Ll}+day|last\s+(?:week|month|year|\p{Lu}\p{Ll}+day)|in\s+\d{4})\s+)?to\s+(?!(?:the|an?|his|her|its|their|this|that|these|those|my|our|your|all|any|some|each|every|no|voters|supporters|arms|action|him|them|me|us)\b)\p{Ll}/u;

/**
 * "Trump’s claim that Moscow is open …", "issued a threat that the US could …": the words after a speech noun's "that";
 * "his promise to build a wall": a promise's infinitive, when its owner is written.
 */
export function nounClause(
  quotedText: QuotedText,
  cue: SpeechCue,
  sentence: { start: number; end: number },
): ContentClause | null {
  const { text } = quotedText;
  const end = trimmedEnd(text, sentence.start, sentence.end);
  const infinitive = NOUNS_WITH_TO.test(cue.word) && OWNER_BEFORE.test(text.slice(Math.max(0, cue.start - 40), cue.start));
  const to = infinitive ? NOUN_TO.exec(text.slice(cue.end, Math.min(end, cue.end + 60))) : null;
  if (to) {
    const start = cue.end + to[0].length - 4;
    const last = endBeforeNextReport(quotedText, start, objectEnd(quotedText, start, end));
    return start < last ? { start, end: last, pattern: 'noun-that', cueEnd: cue.end } : null;
  }
  if (!NOUNS_WITH_THAT.test(cue.word)) return null;
  const that = NOUN_THAT.exec(text.slice(cue.end, Math.min(end, cue.end + 60)));
  if (!that) return null;
  const start = skipSpaces(text, cue.end + that[0].length, end);
  // The noun sits inside a clause of its own ("thrown cold water on Trump’s claim that …, while …"): its words end at a comma.
  const last = endBeforeNextReport(quotedText, start, objectEnd(quotedText, start, end));
  return start < last ? { start, end: last, pattern: 'noun-that', cueEnd: cue.end } : null;
}
