/**
 * Measures of short texts shared by the analysis and the editor's tools: how many words a text
 * has, and whether it is written in title case.
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
