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

/** Whether `text` holds characters of a script written without spaces. */
export function hasUnspacedScript(text: string): boolean {
  return UNSPACED.test(text);
}

/** `text` with each Han, Hiragana and Katakana character set apart by spaces; other text unchanged. */
export function spacedOutCharacters(text: string): string {
  return text
    .replace(UNSPACED_EACH, (char) => ` ${char} `)
    .replace(/ {2,}/g, ' ')
    .trim();
}
