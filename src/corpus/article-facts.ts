import type { BodyBlock } from '../analysis/types.ts';

/** Words per minute used for reading time; a common figure for news prose. */
const READING_WORDS_PER_MINUTE = 230;

/** Number of words in the body blocks (whitespace-separated tokens). */
export function countWords(blocks: BodyBlock[]): number {
  return blocks.reduce((sum, block) => sum + (block.text.match(/\S+/g)?.length ?? 0), 0);
}

/** Reading time in whole minutes, at least one. */
export function readingMinutes(wordCount: number): number {
  return Math.max(1, Math.round(wordCount / READING_WORDS_PER_MINUTE));
}

/** The title shown for an article: its headline, or the editors' description when that is unknown. */
export function displayTitle(article: { headline: { value: string | null }; workingTitle?: string }): string {
  return article.headline.value ?? article.workingTitle ?? 'Untitled';
}
