/**
 * The tense of the clause a date expression sits in, so that "talks will be held on Wednesday"
 * points after publication and "talks were held on Wednesday" before it.
 *
 * Not a parser: a few lists of markers, and the nearest marker wins. The words before the
 * expression are read first, nearest first ("Rubio, who met Lavrov on Thursday, will fly …" gives
 * "met" for Thursday); only when they hold no marker are the words after it read ("On Wednesday,
 * the two sides will meet …"). Reading stops at the end of the clause and after a dozen words, so
 * the cost per expression stays constant however long the paragraph.
 *
 * Future in the past ("was due to", "were expected to", "would") is ambiguous: the plan may have
 * been for a day that has already passed. It counts as past, which keeps the news default of
 * reading a bare day backward.
 */
import { MONTH_ABBREVIATIONS } from '../lexicon/calendar-words.ts';
import * as tenseWords from '../lexicon/tense-words.ts';
import { alternationOf, wordSets } from '../lexicon/word-list.ts';

/** Which way a clause points from publication. */
export type Tense = 'future' | 'past';

/** A clause's tense and the words that showed it. */
export interface ClauseTense {
  tense: Tense;
  /** The words that decided it, as written ("will be held", "is due to meet", "said"). */
  cue: string;
}

/** The tense around the expression at `start`–`end` of `text`, or null when no marker is near. */
export function clauseTense(text: string, start: number, end: number): ClauseTense | null {
  const before = wordsOf(text, clauseStart(text, start), start).slice(-WORDS_READ);
  for (let index = before.length - 1; index >= 0; index--) {
    const found = markerAt(text, before, index, 'before');
    if (found) return found;
  }
  const after = wordsOf(text, end, clauseEnd(text, end)).slice(0, WORDS_READ);
  for (let index = 0; index < after.length; index++) {
    const found = markerAt(text, after, index, 'after');
    if (found) return found;
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// The clause and its words.

const WORDS_READ = 12;
/** How far to look for the clause's edge; a longer clause is cut there (still a dozen words or more). */
const CLAUSE_CHARS = 200;
/** Edges besides the full stop (see endsClause): ! ? ; : brackets, and quotation marks (a quote is another clause). */
const CLAUSE_EDGE = /[!?;:“”"()]/;
/** Before a full stop, words it abbreviates: "U.S.", "Mr.", "Feb." do not end the sentence. */
const ABBREVIATION_BEFORE = new RegExp(
  `(?:^|[\\s(.])(?:[A-Z]|Mr|Mrs|Ms|Dr|St|Gen|Sen|Rep|Gov|Lt|Col|Sgt|Prof|${alternationOf(MONTH_ABBREVIATIONS)})$`,
);

interface Word {
  /** Lower case, apostrophes straightened, contractions expanded ("won’t" → "will", "they’ll" → "will"). */
  word: string;
  raw: string;
  start: number;
  end: number;
}

function clauseStart(text: string, start: number): number {
  const limit = Math.max(0, start - CLAUSE_CHARS);
  for (let index = start - 1; index >= limit; index--) if (endsClause(text, index)) return index + 1;
  return limit;
}

function clauseEnd(text: string, end: number): number {
  const limit = Math.min(text.length, end + CLAUSE_CHARS);
  for (let index = end; index < limit; index++) if (endsClause(text, index)) return index;
  return limit;
}

/** A full stop ends the clause only before a capital (or the end) and not after an abbreviation ("the U.S. on Friday"). */
function endsClause(text: string, index: number): boolean {
  const char = text[index]!;
  if (char !== '.') return CLAUSE_EDGE.test(char);
  if (!/^(?:\s+[A-Z“"‘']|\s*$)/.test(text.slice(index + 1, index + 4))) return false;
  return !ABBREVIATION_BEFORE.test(text.slice(Math.max(0, index - 5), index));
}

/** Words with their hyphens and apostrophes ("Kremlin-backed", "won’t"). */
function wordsOf(text: string, from: number, to: number): Word[] {
  const words: Word[] = [];
  for (const match of text.slice(from, to).matchAll(/[A-Za-z][A-Za-z'’-]*/g)) {
    const raw = match[0].replace(/['’]+$/, '');
    words.push({ word: normalize(raw), raw, start: from + match.index, end: from + match.index + raw.length });
  }
  return words;
}

function normalize(raw: string): string {
  const word = raw.toLowerCase().replace(/’/g, "'");
  if (word === "won't" || word.endsWith("'ll")) return 'will';
  if (word === "shan't") return 'shall';
  if (word.endsWith("'d")) return 'would';
  return word.replace(/n't$/, '').replace(/'s$/, '');
}

// ---------------------------------------------------------------------------------------------
// Markers.

const FUTURE_AUXILIARIES = new Set(['will', 'shall']);
const PRESENT_BE = new Set(['be', 'being', 'is', 'are', 'am']);
const PAST_AUXILIARIES = new Set(['was', 'were', 'had', 'did', 'been']);
const HAVE = new Set(['has', 'have']);
/** Words before a participle that make it an adjective or a passive, not a past verb: "the proposed deal", "will be held". */
const BEFORE_PARTICIPLE = new Set([...PRESENT_BE, ...PAST_AUXILIARIES, ...HAVE, ...tenseWords.WORDS_BEFORE_A_PARTICIPLE]);
/**
 * A present tense after "he"/"she"/"it" is a plan when it names a day ("when he travels to Ethiopia on
 * Sunday", "after it joins the court on April 1"). Only pronoun subjects: after a noun, "-s" is as often a
 * plural ("Kremlin talks"). The pronoun must open its clause (after one of CLAUSE_OPENERS), so "called it
 * news" is not "it news".
 */
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'it']);
/** The other markers: each list of the lexicon's tense words as a set to look words up in. */
const TENSE_WORDS = wordSets(tenseWords);

/** The marker whose main word is `words[index]`, if any; `side`: are the words before or after the expression? */
function markerAt(text: string, words: Word[], index: number, side: 'before' | 'after'): ClauseTense | null {
  const { word } = words[index]!;
  const next = words[index + 1]?.word;
  if (FUTURE_AUXILIARIES.has(word)) return future(text, words, index, index);
  if (word === 'would') return past(text, words, index, index); // future in the past
  if (word === 'due' && next === 'to') return dueTo(text, words, index);
  if (TENSE_WORDS.FUTURE_BEFORE_TO.has(word) && (next === 'to' || (word === 'set' && next === 'for'))) {
    return plannedAt(text, words, index, index + 1);
  }
  if (TENSE_WORDS.FUTURE_WORDS.has(word)) return plannedAt(text, words, index, index);
  if (side === 'before' && TENSE_WORDS.FUTURE_ADJECTIVES.has(word) && !TENSE_WORDS.NOT_FUTURE_AFTER_NEXT.has(next ?? '')) {
    return future(text, words, index, index);
  }
  const perfect = HAVE.has(word) && participleFollows(words, index); // "has met", not "has to" or "have until Friday"
  if (PAST_AUXILIARIES.has(word) || perfect || looksLikeFinitePast(words, index)) return past(text, words, index, index);
  if (isPresentAfterPronoun(words, index)) return future(text, words, index - 1, index);
  return null;
}

/** "is due to meet" is a plan; "due to the war" is a cause, so a bare "due to" needs "be" before or after it. */
function dueTo(text: string, words: Word[], index: number): ClauseTense | null {
  const left = words[index - 1]?.word ?? '';
  if (PRESENT_BE.has(left) || words[index + 2]?.word === 'be' || PAST_AUXILIARIES.has(left)) {
    return plannedAt(text, words, index, index + 1);
  }
  return null;
}

/** A plan word: future, unless a past auxiliary before it makes it a past plan ("was expected to"). */
function plannedAt(text: string, words: Word[], head: number, last: number): ClauseTense {
  const left = words[head - 1]?.word ?? '';
  if (PAST_AUXILIARIES.has(left) || left === 'would') return past(text, words, head - 1, last);
  // Show "is" in “is expected to meet”, but not twice in “is to meet”.
  const withBe = PRESENT_BE.has(left) && !PRESENT_BE.has(words[head]!.word);
  return future(text, words, withBe ? head - 1 : head, last);
}

function participleFollows(words: Word[], index: number): boolean {
  let next = words[index + 1]?.word ?? '';
  if (TENSE_WORDS.PERFECT_ADVERBS.has(next) || next.endsWith('ly')) next = words[index + 2]?.word ?? '';
  return isRegularPast(next) || TENSE_WORDS.IRREGULAR_PAST.has(next) || TENSE_WORDS.IRREGULAR_PARTICIPLES.has(next);
}

/** A verb in the past: "met", "announced", but not "the proposed deal", "will be held", "Kremlin-backed" or "United". */
function looksLikeFinitePast(words: Word[], index: number): boolean {
  const { word, raw } = words[index]!;
  if (/^[A-Z]/.test(raw) || word.includes('-')) return false;
  if (BEFORE_PARTICIPLE.has(words[index - 1]?.word ?? '')) return false;
  return TENSE_WORDS.IRREGULAR_PAST.has(word) || isRegularPast(word);
}

function isPresentAfterPronoun(words: Word[], index: number): boolean {
  const { word, raw } = words[index]!;
  if (!/^[a-z]{2,}[^s]s$/.test(raw) || TENSE_WORDS.NOT_EVENT_VERBS.has(word)) return false;
  if (!SUBJECT_PRONOUNS.has(words[index - 1]?.word ?? '')) return false;
  const opener = words[index - 2]?.word;
  return opener === undefined || TENSE_WORDS.CLAUSE_OPENERS.has(opener);
}

function isRegularPast(word: string): boolean {
  if (word.length < 5 || !word.endsWith('ed') || TENSE_WORDS.NOT_PAST_ED.has(word)) return false;
  return !word.endsWith('eed') || TENSE_WORDS.PAST_EED.has(word);
}

function future(text: string, words: Word[], first: number, last: number): ClauseTense {
  return { tense: 'future', cue: phrase(text, words, first, extendPhrase(words, last)) };
}

function past(text: string, words: Word[], first: number, last: number): ClauseTense {
  return { tense: 'past', cue: phrase(text, words, first, last) };
}

/** The cue and the verb after it, up to two more words, for the explanation: “will be held”, “is due to meet”. */
function extendPhrase(words: Word[], last: number): number {
  let end = last;
  const joins = (word: Word | undefined): boolean =>
    !!word && !TENSE_WORDS.CUE_PHRASE_STOPS.has(word.word) && !/^[A-Z]/.test(word.raw);
  while (end < last + 2 && joins(words[end + 1])) end++;
  return end;
}

const phrase = (text: string, words: Word[], first: number, last: number): string =>
  text.slice(words[first]!.start, words[last]!.end);
