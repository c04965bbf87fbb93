/**
 * Sentence boundaries in a block's text, read the way a reader reads them: abbreviations and
 * initials do not end a sentence, full stops inside quotes never end the reporter's sentence.
 */
import { partitionPoint } from '../../lib/partition-point.ts';
import { SENTENCE_ABBREVIATIONS } from '../lexicon/abbreviations.ts';
import { isInside, type Range } from './ranges.ts';
import { FINITE_SPEECH_VERB } from './speech-cues.ts';

const SPACE = /\s/u;

/** Words before a full stop that do not end a sentence ("Sen. Jeanne Shaheen"). */
const ABBREVIATIONS = new Set(SENTENCE_ABBREVIATIONS);

/**
 * Military titles that end a sentence only rarely: before a capitalised word they are read as the
 * title of the name that follows ("said Army Capt. Christian Pardo").
 */
const TITLES_BEFORE_NAME = new Set(['Adm', 'Brig', 'Capt', 'Cpl', 'Maj', 'Pvt', 'Gens', 'Sens', 'Reps']);
/** A month's abbreviation, a sentence's end unless a day follows ("on Dec. 28", but "until Dec. The"). */
const MONTH_ABBREVIATION = /^(?:Jan|Feb|Mar|Apr|Aug|Sep|Sept|Oct|Nov|Dec)$/u;

/** Whether the full stop at `index` belongs to an abbreviation ("U.S.", "Sen.", an initial). */
function isAbbreviation(text: string, index: number): boolean {
  if (!/\p{L}/u.test(text[index - 1] ?? '')) return false; // "(D-N.H.)." ends a sentence
  // The word before the full stop, found by scanning back to a space (not by splitting the text).
  let from = index;
  while (from > 0 && !SPACE.test(text[from - 1]!)) from--;
  const word = text.slice(from, index);
  if (TITLES_BEFORE_NAME.has(word) && /^\s+\p{Lu}\p{Ll}/u.test(text.slice(index + 1, index + 4))) return true;
  // "Dec. 28", "Sept. 11": a month's abbreviation before a day.
  if (MONTH_ABBREVIATION.test(word) && /^\s\d/u.test(text.slice(index + 1, index + 3))) return true;
  return /^\p{Lu}$/u.test(word) || word.includes('.') || ABBREVIATIONS.has(word);
}

/**
 * Offsets where a sentence ends in a block: after ". ! ?" outside quotes when the next sentence
 * starts with a capital or a mark, and after a quote whose words end a sentence ("… war.” He").
 * Full stops inside quotes never end the reporter's sentence. `quoted`: the quotes' ranges,
 * sorted by start (`quotedRangesByBlock`). Each call scans the text: `QuotedText` keeps the ends
 * of a block that is asked more than once.
 */
export function sentenceEnds(text: string, quoted: readonly Range[]): number[] {
  const startsNext = (from: number) => {
    let next = from;
    while (next < text.length && SPACE.test(text[next]!)) next++;
    return next >= text.length || /[\p{Lu}\p{N}“"‘'„‚«»([]/u.test(text[next]!);
  };
  const ends: number[] = [];
  for (let index = 0; index < text.length; index++) {
    if (!'.!?'.includes(text[index]!) || isInside(quoted, index)) continue;
    const after = index + 1;
    if (after < text.length && !SPACE.test(text[after]!)) continue;
    if (text[index] === '.' && isAbbreviation(text, index)) continue;
    if (startsNext(after)) ends.push(after);
  }
  for (const [start, end] of quoted) {
    const inner = text
      .slice(start, end)
      .replace(/["”’'“‘«»]+$/u, '')
      .trimEnd();
    const endsHere = end === text.length || (SPACE.test(text[end]!) && startsNext(end) && !speakerFollows(text, end));
    if (/[.!?]$/u.test(inner) && endsHere) ends.push(end);
  }
  return ends.sort((a, b) => a - b);
}

/**
 * “Would U.S. forces defend the island?” Pelley asked. — a capitalised name and a speech verb
 * after a quote finish the quote's sentence rather than start a new one.
 */
function speakerFollows(text: string, end: number): boolean {
  // Only an attribution that ends there ("Pelley asked." / "Trump said on Friday,"); "Petrova
  // added that …" starts a sentence of its own.
  const after = /^\s+(?:\p{Lu}[\p{L}.’'-]*\s+){1,4}(\p{Ll}+)(?:\s+(?:on|in|at|to)\s+\p{Lu}\p{Ll}+|\s+\p{Ll}+ly)?\s*[.,;!?]/u.exec(
    text.slice(end, end + 100),
  );
  return after !== null && FINITE_SPEECH_VERB.test(after[1]!);
}

/**
 * The sentence containing the range `[start, end)`, as offsets (leading spaces skipped). Finds the
 * sentence ends first: to ask about many ranges of one block, use `QuotedText`.
 */
export function sentenceAround(
  text: string,
  quoted: readonly Range[],
  start: number,
  end: number,
): { start: number; end: number } {
  return sentenceBetweenEnds(text, sentenceEnds(text, quoted), start, end);
}

/**
 * The sentence containing the range `[start, end)` given the block's sentence ends
 * (`sentenceEnds`): from the last end at or before `start` to the first end after `end` (or at
 * `end`, for a range that is not empty), leading spaces skipped.
 */
export function sentenceBetweenEnds(
  text: string,
  ends: readonly number[],
  start: number,
  end: number,
): { start: number; end: number } {
  const firstAfterStart = partitionPoint(ends.length, (index) => ends[index]! > start);
  let from = firstAfterStart > 0 ? ends[firstAfterStart - 1]! : 0;
  const closing = partitionPoint(ends.length, (index) => ends[index]! > end || (ends[index] === end && end > start));
  const to = ends[closing] ?? text.length;
  while (from < to && SPACE.test(text[from]!)) from++;
  return { start: from, end: Math.max(to, from) };
}
