/**
 * Text normalisation for comparing a gold quote's first words with a system quote: gold files are
 * typed by hand, so curly and straight marks, apostrophes and runs of whitespace must not decide a
 * match.
 */

const DOUBLE_MARKS = /[“”„‟«»″〝〞＂]/g;
const SINGLE_MARKS = /[‘’‚‛′ʼ`´]/g;
const LEADING_MARKS = /^["']+/;

/** NFC, every quotation mark and apostrophe straight, whitespace collapsed, no leading mark. */
export function normaliseQuoteText(text: string): string {
  return text
    .normalize('NFC')
    .replace(DOUBLE_MARKS, '"')
    .replace(SINGLE_MARKS, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .replace(LEADING_MARKS, '');
}

/** Whether a quote's text starts with the gold's first words, after normalising both. */
export function quoteStartsWith(text: string, startsWith: string): boolean {
  const prefix = normaliseQuoteText(startsWith);
  return prefix !== '' && normaliseQuoteText(text).startsWith(prefix);
}

/** At most `length` characters of a text on one line, with an ellipsis when cut. */
export function excerpt(text: string, length = 60): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > length ? `${line.slice(0, length - 1)}…` : line;
}
