/**
 * Sentence boundaries in a block's text, read the way a reader reads them: abbreviations and
 * initials do not end a sentence, full stops inside quotes never end the reporter's sentence.
 */
import { isInside, type Range } from './ranges.ts';
import { FINITE_SPEECH_VERB } from './speech-cues.ts';

const SPACE = /\s/u;

/** Words before a full stop that do not end a sentence ("Sen. Jeanne Shaheen"). */
const ABBREVIATIONS = new Set([
  'Mr',
  'Mrs',
  'Ms',
  'Dr',
  'Sen',
  'Rep',
  'Gov',
  'Gen',
  'Lt',
  'Col',
  'Sgt',
  'St',
  'Jr',
  'Sr',
  'Prof',
  'Rev',
  'No',
  'Mt',
  'vs',
  'Inc',
  'Corp',
  'Co',
  'Ltd',
]);

/** Whether the full stop at `index` belongs to an abbreviation ("U.S.", "Sen.", an initial). */
function isAbbreviation(text: string, index: number): boolean {
  if (!/\p{L}/u.test(text[index - 1] ?? '')) return false; // "(D-N.H.)." ends a sentence
  // The word before the full stop, found by scanning back to a space (not by splitting the text).
  let from = index;
  while (from > 0 && !SPACE.test(text[from - 1]!)) from--;
  const word = text.slice(from, index);
  return /^\p{Lu}$/u.test(word) || word.includes('.') || ABBREVIATIONS.has(word);
}

/** Sentence ends already computed, per set of quoted ranges and text: each paragraph is scanned once. */
const sentenceEndsCache = new WeakMap<readonly Range[], Map<string, number[]>>();

/**
 * Offsets where a sentence ends in a block: after ". ! ?" outside quotes when the next sentence
 * starts with a capital or a mark, and after a quote whose words end a sentence ("… war.” He").
 * Full stops inside quotes never end the reporter's sentence.
 */
export function sentenceEnds(text: string, quoted: readonly Range[]): number[] {
  const cached = sentenceEndsCache.get(quoted)?.get(text);
  if (cached) return cached;
  const startsNext = (from: number) => {
    let next = from;
    while (next < text.length && SPACE.test(text[next]!)) next++;
    return next >= text.length || /[\p{Lu}\p{N}“"‘'([]/u.test(text[next]!);
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
      .replace(/["”’']+$/u, '')
      .trimEnd();
    const endsHere = end === text.length || (SPACE.test(text[end]!) && startsNext(end) && !speakerFollows(text, end));
    if (/[.!?]$/u.test(inner) && endsHere) ends.push(end);
  }
  ends.sort((a, b) => a - b);
  const byText = sentenceEndsCache.get(quoted) ?? new Map<string, number[]>();
  byText.set(text, ends);
  sentenceEndsCache.set(quoted, byText);
  return ends;
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

/** The sentence containing the range `[start, end)`, as offsets (leading spaces skipped). */
export function sentenceAround(
  text: string,
  quoted: readonly Range[],
  start: number,
  end: number,
): { start: number; end: number } {
  const ends = sentenceEnds(text, quoted);
  let from = 0;
  for (const boundary of ends) if (boundary <= start) from = boundary;
  const to = ends.find((boundary) => boundary > end || (boundary === end && end > start)) ?? text.length;
  while (from < to && SPACE.test(text[from]!)) from++;
  return { start: from, end: Math.max(to, from) };
}
