/**
 * The first sentence of an article's body, for the articles list when the outlet gave no
 * standfirst (dek). It is the outlet's own words, shown as an excerpt and labelled as the opening,
 * never as a standfirst. Sentences are cut by the analysis's one splitter (`sentenceEnds`), so
 * "U.S." and "Mr." do not end a sentence and full stops inside quotes never do.
 */
import { quotedRangesByBlock, type Range } from './ranges.ts';
import { sentenceAround } from './sentences.ts';
import type { BodyBlock, TextSpan } from '../types.ts';

/** An opening longer than this many words is cut at a word and ends with an ellipsis. */
export const OPENING_MAX_WORDS = 35;

/** An excerpt of the body: the words, and whether they were cut short (they end with "…"). */
export interface Opening {
  text: string;
  /** True when the sentence ran past `OPENING_MAX_WORDS` and was cut. */
  shortened: boolean;
}

/**
 * The first sentence of `text`, leading space skipped; `quoted` are the quotes' ranges in the text,
 * sorted by start. A text with no sentence end is one sentence.
 */
export function firstSentence(text: string, quoted: readonly Range[] = []): string {
  const { start, end } = sentenceAround(text, quoted, 0, 0);
  return text.slice(start, end).trim();
}

/** At most `maxWords` words of a sentence, cut at a word with an ellipsis when longer. */
export function shortenToWords(sentence: string, maxWords: number): Opening {
  const words = sentence.split(/\s+/u).filter(Boolean);
  if (words.length <= maxWords) return { text: sentence, shortened: false };
  // Punctuation left hanging before the cut ("war," → "war…") reads badly.
  return {
    text: `${words
      .slice(0, maxWords)
      .join(' ')
      .replace(/[\s,;:–—-]+$/u, '')}…`,
    shortened: true,
  };
}

/**
 * The article's opening: the first sentence of its first paragraph (headings, block quotes and
 * list items are skipped), at most `maxWords` words; null for a body without a paragraph.
 * `quotes` are the article's quotes, so that a quote's full stop does not end the sentence.
 */
export function articleOpening(
  blocks: readonly BodyBlock[],
  quotes: ReadonlyArray<{ parts: TextSpan[] }>,
  maxWords = OPENING_MAX_WORDS,
): Opening | null {
  const first = blocks.find((block) => block.kind === 'paragraph' && block.text.trim() !== '');
  if (!first) return null;
  const sentence = firstSentence(first.text, quotedRangesByBlock([...quotes]).get(first.id) ?? []);
  return sentence === '' ? null : shortenToWords(sentence, maxWords);
}
