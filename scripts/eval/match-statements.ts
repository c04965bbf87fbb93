/**
 * When a system statement is a gold one: their content spans share at least half of the gold
 * content's words. Words are runs of letters and digits (an apostrophe inside kept), so
 * punctuation and quotation marks at the edges of a clause do not decide a match.
 */
import type { BodyBlock, TextSpan } from '../../src/analysis/types.ts';
import { type CandidatePair, claimPairs } from './claim-pairs.ts';

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;

/** Every word of a text as its [start, end) offsets. */
export function wordRanges(text: string): Array<[number, number]> {
  return [...text.matchAll(WORD)].map((match) => [match.index, match.index + match[0].length]);
}

/** The words of `blocks` that overlap the spans, one span per word, in the spans' order. */
export function wordsInSpans(spans: TextSpan[], blocks: BodyBlock[]): TextSpan[] {
  const words: TextSpan[] = [];
  for (const span of spans) {
    const block = blocks.find((candidate) => candidate.id === span.block);
    if (!block) continue;
    for (const [start, end] of wordRanges(block.text)) {
      if (start < span.end && end > span.start) words.push({ block: span.block, start, end });
    }
  }
  return words;
}

/** How many of the words lie (wholly or partly) inside the span. */
export function sharedWords(words: TextSpan[], span: TextSpan): number {
  return words.filter((word) => word.block === span.block && word.start < span.end && word.end > span.start).length;
}

/** Whether the span holds at least half of the words (none: never). */
export function holdsHalf(words: TextSpan[], span: TextSpan): boolean {
  return words.length > 0 && sharedWords(words, span) * 2 >= words.length;
}

/**
 * One-to-one matching of gold statements (their words) with system content spans: every pair
 * where the span holds half the gold words, the pairs sharing most words first, and of those the
 * shortest span (`CandidatePair.spare`). For each gold
 * statement, the index of its system statement, or null.
 */
export function matchStatements(gold: TextSpan[][], system: TextSpan[]): Array<number | null> {
  const pairs: CandidatePair[] = [];
  gold.forEach((words, goldIndex) => {
    system.forEach((span, systemIndex) => {
      if (holdsHalf(words, span))
        pairs.push({ gold: goldIndex, system: systemIndex, shared: sharedWords(words, span), spare: span.end - span.start });
    });
  });
  return claimPairs(gold.length, pairs);
}

/**
 * Where a content clause typed by hand lies in the blocks: the first run of block words equal to
 * its words (case, quotation marks and apostrophes aside), looked for in `block` first, then in
 * every block; null when it is nowhere.
 */
export function locateContent(content: string, blocks: BodyBlock[], block: string | null): TextSpan[] | null {
  const normalise = (word: string) => word.toLowerCase().replace(/’/g, "'");
  const wanted = wordRanges(content).map(([start, end]) => normalise(content.slice(start, end)));
  if (wanted.length === 0) return null;
  const ordered = [
    ...blocks.filter((candidate) => candidate.id === block),
    ...blocks.filter((candidate) => candidate.id !== block),
  ];
  for (const candidate of ordered) {
    const ranges = wordRanges(candidate.text);
    const words = ranges.map(([start, end]) => normalise(candidate.text.slice(start, end)));
    for (let first = 0; first + wanted.length <= words.length; first++) {
      if (wanted.every((word, index) => words[first + index] === word)) {
        return ranges.slice(first, first + wanted.length).map(([start, end]) => ({ block: candidate.id, start, end }));
      }
    }
  }
  return null;
}
