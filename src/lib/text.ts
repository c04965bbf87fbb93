/**
 * Measures of texts shared by the analysis and the editor's tools: how many words a text has,
 * whether it is written in title case, whether a stretch of it is blank, and a window of it
 * around a place, so that reading near a word costs the same in a paragraph of any length.
 */

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * The words of a text: what stands between spaces, ellipses and dashes, when it holds a letter or
 * a digit. "—" and "…" separate words but are not words; "U.S." and "9/11" are one word each.
 */
export function wordCount(text: string): number {
  return text.split(/[\s…\u2014\u2013]+|\.\.\./u).filter((token) => LETTER_OR_DIGIT.test(token)).length;
}

/**
 * Whether a short text is written in title case, as the name of a programme or a document is
 * ("Meet the Press", "60 Minutes"): two words or more, the first and at least one other
 * capitalised (or a number), every other one in `smallWords` ("the", "of"), and no punctuation
 * inside. A comma or full stop at the end is allowed: American style puts the sentence's own one
 * inside quotation marks (“60 Minutes,”).
 */
export function isTitleCase(text: string, smallWords: ReadonlySet<string>): boolean {
  const trimmed = text.trim().replace(/[.,]$/u, '');
  if (/[.,;:!?…"“”]/u.test(trimmed)) return false;
  const tokens = trimmed.split(/\s+/u);
  if (tokens.length < 2 || !/^[\p{Lu}\p{N}]/u.test(tokens[0]!)) return false;
  const capitalised = tokens.filter((token) => /^[\p{Lu}\p{N}]/u.test(token));
  return capitalised.length >= 2 && tokens.every((token) => smallWords.has(token) || /^[\p{Lu}\p{N}]/u.test(token));
}

/**
 * Whether only white space stands between `from` and `to` in `text`. Read back from `to`, so it
 * stops at the first word: asking it of a megabyte-long paragraph costs no more than of a short one.
 */
export function isBlankBetween(text: string, from: number, to: number): boolean {
  for (let at = to - 1; at >= from; at--) if (!/\s/u.test(text[at]!)) return false;
  return true;
}

/** A stretch of a text kept around a place, and whether it was cut short on either side. */
export interface TextWindow {
  start: number;
  end: number;
  cutBefore: boolean;
  cutAfter: boolean;
}

/**
 * The part of `span` within `before` characters before `from` and `after` characters after `to`,
 * cut at spaces: all of `span` when it is that short. For reading a sentence that may run on for a
 * whole paragraph (a text with no full stop) only as far as the reading can matter.
 */
export function windowAround(
  text: string,
  span: { start: number; end: number },
  from: number,
  to: number,
  before: number,
  after: number,
): TextWindow {
  let { start, end } = span;
  let cutBefore = false;
  let cutAfter = false;
  if (from - start > before) {
    const space = text.indexOf(' ', from - before);
    start = space < 0 || space >= from ? from : space + 1;
    cutBefore = true;
  }
  if (end - to > after) {
    const space = text.lastIndexOf(' ', to + after);
    end = space <= to ? to + after : space;
    cutAfter = true;
  }
  return { start, end, cutBefore, cutAfter };
}

/**
 * The same characters in a string of their own. V8 keeps a cut (`slice`, `trim`) pointing into
 * the string it was cut from, which then stays in memory as long as the cut does: a sentence kept
 * for every mention would keep every paragraph of the archive. A JSON round trip always makes a
 * new flat string, and keeps lone surrogates.
 */
export function detachedCopy(text: string): string {
  return JSON.parse(JSON.stringify(text)) as string;
}
