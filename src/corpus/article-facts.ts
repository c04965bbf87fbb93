import type { BodyBlock } from '../analysis/types.ts';
import { wordCount } from '../lib/text.ts';

/** Words per minute used for reading time; a common figure for news prose. */
const READING_WORDS_PER_MINUTE = 230;

/** Number of words in the body blocks, by the one definition of a word (`src/lib/text.ts`). */
export function countWords(blocks: BodyBlock[]): number {
  return blocks.reduce((sum, block) => sum + wordCount(block.text), 0);
}

/** Reading time in whole minutes, at least one. */
export function readingMinutes(wordCount: number): number {
  return Math.max(1, Math.round(wordCount / READING_WORDS_PER_MINUTE));
}

/** The outlet's headline, or else the editors' description, with nothing added. */
export function headingTitle(article: { headline: { value: string | null }; workingTitle?: string }): string {
  return article.headline.value ?? article.workingTitle ?? 'Untitled';
}

/**
 * The title for places that cannot show a badge (feeds, page titles, links in lists of quotes):
 * an editors' description says in words that the outlet's headline is unknown.
 */
export function displayTitle(article: { headline: { value: string | null }; workingTitle?: string }): string {
  const heading = headingTitle(article);
  return article.headline.value === null ? `${heading} (headline unknown)` : heading;
}
