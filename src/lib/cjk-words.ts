/**
 * Search in Chinese and Japanese text. The search index reads words between spaces (Pagefind, set
 * to English for the site), and these scripts write no spaces: a run of Chinese is one long word,
 * so "日内瓦" (Geneva) inside "会谈周二在日内瓦恢复" is never found. Writing each Han, Hiragana or
 * Katakana character as a word of its own, in the index's copy of the text and in the query alike,
 * finds every page holding the query's characters. The published page is not changed: the index
 * gets this copy as a record of its own (scripts/lib/search-index.ts).
 */

/** Characters of scripts written without spaces between words (Korean Hangul is written with spaces). */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
const UNSPACED_EACH = new RegExp(UNSPACED.source, 'gu');

/**
 * Every Han, Hiragana and Katakana character is at U+2E80 or above (astral ones as surrogates,
 * which are above it too): a plain range that V8 scans about ten times faster than the script
 * classes, so that most pages are cleared without them (the search index asks this of every
 * article page: 10,000 pages took 5 s).
 */
const AT_OR_ABOVE_CJK_RADICALS = /[\u2E80-\uFFFF]/;

/** Whether `text` holds characters of a script written without spaces. */
export function hasUnspacedScript(text: string): boolean {
  return AT_OR_ABOVE_CJK_RADICALS.test(text) && UNSPACED.test(text);
}

/** `text` with each Han, Hiragana and Katakana character set apart by spaces; other text unchanged. */
export function spacedOutCharacters(text: string): string {
  return text
    .replace(UNSPACED_EACH, (char) => ` ${char} `)
    .replace(/ {2,}/g, ' ')
    .trim();
}
