/**
 * What every reading of a content clause shares (`content-clause.ts`, `words-before-attribution.ts`,
 * `participle-clause.ts`, `noun-clause.ts`): the clause's record and pattern, where a clause's
 * words end (before a sentence's closing punctuation, at an object's comma, before a coordinated
 * report) and the shapes that tell a clause from an object after a verb.
 */
import { partitionPoint } from '../../lib/partition-point.ts';
import { STATEMENT_PARTICIPLE_PHRASES, STATEMENT_VERBS } from '../lexicon/statement-words.ts';
import { SPEECH_PARTICIPLES } from '../lexicon/speech-words.ts';
import type { QuotedText } from '../text/quoted-text.ts';
import type { SpeechCue } from '../text/speech-cues.ts';
import { NOUN_PHRASE_PAST_CLAUSE } from './clause-shapes.ts';

/** The order a statement is written in, recorded as the statement's `speakerRule`. */
export type StatementPattern =
  | 'speaker-then-verb'
  | 'verb-after-content'
  | 'according-to-before'
  | 'according-to-after'
  | 'passive-that'
  | 'participle-after-clause'
  | 'parenthetical'
  | 'verb-object'
  | 'noun-that'
  | 'as-clause';
/** Where a statement found without a cue reading lies in its block: its words and its cue, as offsets. */
export interface CueClause {
  start: number;
  end: number;
  cueStart: number;
  cueEnd: number;
}

/** A `CueClause` whose source is written in the text too. */
export interface SourcedCueClause extends CueClause {
  sourceStart: number;
  sourceEnd: number;
}

/** A content clause found for one cue: its offsets in the block and the pattern that found it. */
export interface ContentClause {
  start: number;
  end: number;
  pattern: StatementPattern;
  /** The cue's extent, widened to a phrase ("told reporters", "said in a statement"). */
  cueEnd: number;
}
/** "that", after an aside in commas or dashes if one stands before it ("suggesting, perhaps hopefully, that", "indicated — and … — that"). */
export const THAT = /^(?:\s*,\s*(?:\p{Ll}+\s+){0,2}\p{Ll}+ly\s*,|\s+[—–]\s[^—–;“”"]{1,80}\s[—–])?\s*,?\s*that\b/u;
/**
 * A prepositional phrase of time, place or occasion after the verb, then "that" opening the words,
 * not a relative clause ("said in an interview that was aired …").
 */
export const ADJUNCT_THEN_THAT =
  /^\s+(?:on|in|at|during|after|before|following|from|with|over|through|earlier|later|last|this)\s[^,;:“”"—–]{1,70}?\s+that\s+(?!(?:was|were|is|are|has|had|have|would|will|could|should|may|might|aired|ran|appeared)\b)/u;
/** "accused Russia of", "warned Kyiv that": the person addressed before the words. */
export const ACCUSED_OBJECT = /^\s+(?:[\p{L}’'.-]+\s+){1,8}?(?=of\s)/u;
/** The object of "told" before the reported words ("told reporters", "told the BBC", "told Russian state TV", "told Harbour Radio"). */
export const TOLD_OBJECT =
  /^\s+(?:(?:the|a|an)\s+)?(?:(?!that\s)[\p{L}’'.-]+\s+){0,3}?(?:reporters|journalists|lawmakers|him|her|them|us|me|\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*)*|(?:his|her|their|its)\s+\p{Ll}+)\b/u;
/**
 * What after a verb is not its reported words: punctuation, a prepositional phrase, an infinitive of intent, or a
 * conjunction (the verb closes a clause of its own: "the official he questioned and then finally released").
 */
export const NOT_WORDS_AFTER_VERB =
  /^(?:[,;:.—–-]|(?:at|in|on|during|by|of|from|after|before|with|to|for|about(?!\s+(?:half|a\s+(?:third|quarter|dozen)|\d))|against|upon|via|as|onstage|aboard|while|when|without|through|over|matter-of-factly|and|or|but|nor)\b)/u;
/** A clause with a pronoun subject, which no object could be ("announced it was laying off …", "confirmed he would run"). */
export const PRONOUN_CLAUSE =
  /^\s+(?:it|he|she|they|we|there|this|these|those)\s+(?:was|were|is|are|had|has|have|would|will|could|should|might|may|did|does|\p{Ll}+ed)\b/u;
/** A clause with a short noun phrase subject and its auxiliary ("announced the leaders of Russia and Ukraine had agreed …"). */
export const NOUN_PHRASE_CLAUSE =
  /^\s+(?:the|a|an|his|her|its|their)\s+(?:(?!that\b|which\b|who\b)[\p{L}’'.-]+\s+){1,6}?(?:had|has|have|was|were|is|are|would|will|could|should|might|must|can|may)\s+\p{Ll}/u;
/** What a sentence's last characters are, to leave its closing punctuation out of the content. */
const SENTENCE_CLOSE = /[\s.!?;:,—–-]+$/u;
/** "and", "but", "while" and up to eight words of a new subject right before another cue: "…, and Democrats accused", "…, while most of his aides said". */
const NEXT_REPORT_LEAD = /,?\s+(?:and|but|while|whereas)\s+(?:[\p{L}’'.-]+\s+){0,8}$/u;
/** "with" and a share of a group right before another cue: "… as liberals, with about three in 10 saying they …". */
const SHARE_REPORT_LEAD =
  /,?\s+with\s+(?:(?:about|nearly|almost|just|only|roughly|more\s+than|at\s+least|a\s+staggering)\s+)?(?:\d[\d.,]*\s*(?:%|percent|per\s+cent)|(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:in|out\s+of)\s+(?:\d+|ten))(?:\s+of(?:\s+[\p{L}’'-]+){1,4})?\s+$/iu;
/**
 * A comma or semicolon and up to five words of a new subject right before another report verb: "…; 29 percent said",
 * "…, 27 percent of those who named a candidate said", "…, said one candidate". Not a relative or subordinate clause
 * ("the bill, which Democrats say is flawed, would …"), which stays inside the words.
 */
const NEXT_REPORT_AFTER_STOP =
  /[;,]\s+(?!(?:which|who|whom|whose|that|as|when|where|while|because|if|although|though|since|what)\b)(?:[\p{L}\p{N}%’'.-]+\s+){0,5}$/u;
/** An abbreviation of initials ending a sentence ("the U.S.", "Washington, D.C."): its period is also the full stop. */
const INITIALS_BEFORE_STOP = /(?<![\p{L}.])(?:\p{Lu}\.){2,}$/u;

/**
 * The sentence's end without its closing punctuation (a closing quote mark stays). An abbreviation
 * keeps its period ("… from Europe and the U.S."): cut there, its name would be split in two.
 */
export function trimmedEnd(text: string, start: number, end: number): number {
  const close = SENTENCE_CLOSE.exec(text.slice(Math.max(start, end - 8), end));
  if (!close) return end;
  const trimmed = end - close[0].length;
  return close[0].startsWith('.') && INITIALS_BEFORE_STOP.test(text.slice(Math.max(start, trimmed - 12), trimmed + 1))
    ? trimmed + 1
    : trimmed;
}
export function skipSpaces(text: string, at: number, end: number): number {
  let from = at;
  while (from < end && /\s/u.test(text[from]!)) from++;
  return from;
}
/** The last comma outside quotes between `from` and `to` (scanning back), or -1. */
export function lastCommaBefore(quotedText: QuotedText, from: number, to: number): number {
  for (let at = to - 1; at >= from; at--) {
    if (quotedText.text[at] === ',' && !quotedText.isQuoted(at)) return at;
  }
  return -1;
}
/** The first comma outside quotes between `from` and `to`, or -1. */
export function firstCommaAfter(quotedText: QuotedText, from: number, to: number): number {
  for (let at = from; at < to; at++) {
    if (quotedText.text[at] === ',' && !quotedText.isQuoted(at)) return at;
  }
  return -1;
}
/** The longest words a statement may hold, in characters: a sentence longer than this (a paragraph with no full stop) is no one statement. */
const LONGEST_STATEMENT = 1500;
/**
 * The words of an attribution written inside its sentence: from the sentence's start to its end, over the
 * attribution; or, in a run-on longer than a statement could be, the side after it (from `goesOnAt`).
 */
export function aroundAttribution(start: number, goesOnAt: number, end: number, cue: SpeechCue): ContentClause {
  return { start: end - start > LONGEST_STATEMENT ? goesOnAt : start, end, pattern: 'parenthetical', cueEnd: cue.end };
}
/** Where a noun-phrase object ends: at the first comma (not one inside a number: "255,000"), semicolon or dash outside quotes, or the sentence's end. */
export function objectEnd(quotedText: QuotedText, start: number, end: number): number {
  const { text } = quotedText;
  for (let at = start; at < end; at++) {
    if (text[at] === ',' && /\d/u.test(text[at - 1] ?? '') && /\d/u.test(text[at + 1] ?? '')) continue;
    if (!/[,;—–]/u.test(text[at]!) || quotedText.isQuoted(at)) continue;
    // "all candidates to lay out specifics — including the cost — before …", "the minimum wage, now $7.25 an hour, to be
    // raised": an aside the object goes on after.
    const aside = ASIDE_IN_OBJECT.exec(text.slice(at, Math.min(end, at + 90))) ?? LIST_IN_OBJECT.exec(text.slice(at, end));
    if (aside) {
      at += aside[0].length - 1;
      continue;
    }
    return trimmedEnd(text, start, at);
  }
  return end;
}
/** An aside inside an object: between two dashes, or between two commas when an infinitive follows the second. */
const ASIDE_IN_OBJECT = /^(?:\s?[—–]\s?[^—–,;:“”"]{1,80}\s?[—–]\s|,\s[^,;:—–“”"]{1,60},\s(?=to\s))/u;
/**
 * A list the object goes on with: "several factors, including …", "criticism from Giles, Millis and Harold Doley",
 * "his tactics, his qualifications, his judgment and his temperament" (items closed by "and"/"or", no new clause).
 */
const LIST_IN_OBJECT =
  /^,\s(?:including\s|(?:[^,;:—–“”".]{1,40},\s)*(?!(?:and|or|but|while|which|who|where|when|he|she|it|they|we|I)\b)[^,;:—–“”".]{1,40}?\s(?:and|or)\s(?!(?:he|she|it|they|we|I|then)\b))/u;
/**
 * Where the words reported from `start` end: at the sentence's end, or before a coordinated clause
 * that brings a report of its own ("… mishandled the investigation and Democrats accused the GOP
 * of …", "… but she denied that …"). Each report keeps its own words, so neither takes the other's.
 */
export function endBeforeNextReport(quotedText: QuotedText, start: number, end: number): number {
  const { text } = quotedText;
  const cues = quotedText.speechCues();
  end = endBeforeContrast(quotedText, start, end);
  // Cues are in text order: the first after `start` is found by binary search, so a paragraph of many cues stays linear.
  for (let index = partitionPoint(cues.length, (at) => cues[at]!.start > start); index < cues.length; index++) {
    const cue = cues[index]!;
    if (!opensReport(cue)) continue;
    if (cue.start >= end) break;
    const before = text.slice(start, cue.start);
    const coordinated =
      NEXT_REPORT_LEAD.exec(before) ??
      SHARE_REPORT_LEAD.exec(before) ??
      (cue.form === 'according' ? null : NEXT_REPORT_AFTER_STOP.exec(before));
    // "said both he and Rubio promised …": "both … and" joins one subject, not two clauses.
    const joined = /^\s+and\s/u.test(coordinated?.[0] ?? '') && BOTH_BEFORE.test(text.slice(start, start + coordinated!.index));
    if (coordinated && !joined) return trimmedEnd(text, start, start + coordinated.index);
  }
  return end;
}
/** "both" and a word or two right before "and": the first half of a joined subject ("both he", "both the senator"). */
const BOTH_BEFORE = /\bboth\s+[\p{L}’'.-]+(?:\s+[\p{L}’'.-]+)?$/iu;
/**
 * "… would pay for themselves even as the budget office estimated that …", "… 40 bodies had been recovered, although
 * other media later quoted …": the reporter sets another account against the words. "even as" opens the reporter's
 * clause when a subject and a verb with "that" follow ("even as a candidate" and "even as he defended X" may still be
 * the speaker's); "although" and "whereas" after a comma do when a speech cue follows in the sentence.
 */
const CONTRAST = /(?:,\s*|\s+)(?:(even\s+as(?=\s+(?:[\p{L}’'.-]+\s+){1,6}\p{Ll}+(?:ed|s)\s+that\s))|although|whereas)\s/gu;

/**
 * Where the words reported from `start` end before a contrast of the reporter's (`CONTRAST`), or `end`.
 * The search reads at most `LONGEST_STATEMENT` characters: searching the whole text from each statement
 * made a run-on paragraph of many reports quadratic (4,000 "the voters say …, " took seconds).
 */
function endBeforeContrast(quotedText: QuotedText, start: number, end: number): number {
  const { text } = quotedText;
  const window = text.slice(start, Math.min(end, start + LONGEST_STATEMENT));
  CONTRAST.lastIndex = 0;
  for (let match = CONTRAST.exec(window); match; match = CONTRAST.exec(window)) {
    const at = start + match.index;
    if (quotedText.isQuoted(at + match[0].length - 2) || at <= start) continue;
    const comma = match[0].startsWith(',');
    if (!match[1] && !(comma && quotedText.speechCues().some((cue) => cue.start > at && cue.start < end))) continue;
    return trimmedEnd(text, start, at);
  }
  return end;
}
const REPORT_VERBS = new Set(STATEMENT_VERBS);
const REPORT_PARTICIPLES = new Set([...SPEECH_PARTICIPLES, ...STATEMENT_PARTICIPLE_PHRASES]);
/** Whether a cue can bring a report of its own: "and Democrats accused …", not "and Ukraine had agreed to meet". */
function opensReport(cue: SpeechCue): boolean {
  const word = cue.word.toLowerCase();
  return cue.form === 'according' || REPORT_VERBS.has(word) || REPORT_PARTICIPLES.has(word);
}
/** Whether `after` (the words after a verb) opens a clause: a pronoun's or a noun phrase's, with its verb. */
export function opensClause(after: string): boolean {
  return PRONOUN_CLAUSE.test(after) || NOUN_PHRASE_CLAUSE.test(after) || NOUN_PHRASE_PAST_CLAUSE.test(after);
}

/**
 * A sentence's subject with a relative clause opening before the speaker: "The 24 hours that …", "A deal which …";
 * a noun phrase of four words at most, so that "A new poll released Friday found that" (a verb's "that") is not one.
 */
const SUBJECT_OPENS_RELATIVE =
  /^\s*(?:(?:And|But|Yet|So),?\s+)?(?:The|A|An|This|That|These|Those|Each|Every)\s+(?:[^\s,;:“”"—–]+\s+){1,4}(?:that|which)\s+$/u;
/**
 * The sentence's own verb coming back after the reported words: an auxiliary after three words or more of
 * them, not one that goes with a modal, "to", a pronoun or a conjunction before it ("would have", "or were leaning").
 */
const MAIN_VERB_RESUMES =
  /(?<=(?:\S+\s+){3,}\S*[\p{L}\d])(?<!\b(?:would|could|should|will|might|must|may|can|to|not|n[’']t|he|she|it|they|we|I|you|and|or|but))\s+(?:have|has|had|is|are|was|were)\s/u;

/**
 * A statement reported inside a relative clause on the sentence's subject ("The 24 hours that Donald
 * Trump promised he would need to halt the fighting in Ukraine have long since passed") ends where the
 * sentence's own verb comes back ("have long since passed"): those words are the reporter's.
 */
export function endBeforeMainVerb(
  text: string,
  clause: ContentClause,
  sentenceStart: number,
  subjectStart: number,
): ContentClause {
  if (!SUBJECT_OPENS_RELATIVE.test(text.slice(sentenceStart, subjectStart))) return clause;
  const resumes = MAIN_VERB_RESUMES.exec(text.slice(clause.start, clause.end));
  return resumes ? { ...clause, end: clause.start + resumes.index } : clause;
}
