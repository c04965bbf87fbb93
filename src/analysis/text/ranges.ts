/**
 * Half-open ranges of offsets in a block's text, for asking whether a word is inside a quote.
 */
import type { TextSpan } from '../types.ts';

/** A half-open range of offsets in one block's text. */
export type Range = readonly [start: number, end: number];

/** The ranges covered by quotes (marks included) in each block, keyed by block id. */
export function quotedRangesByBlock(quotes: Array<{ parts: TextSpan[] }>): Map<string, Range[]> {
  const byBlock = new Map<string, Range[]>();
  for (const quote of quotes) {
    for (const part of quote.parts) {
      const ranges = byBlock.get(part.block) ?? [];
      ranges.push([part.start, part.end]);
      byBlock.set(part.block, ranges);
    }
  }
  for (const ranges of byBlock.values()) ranges.sort((a, b) => a[0] - b[0]);
  return byBlock;
}

/** Ranges sorted by start, kept per array so that a paragraph's ranges are sorted once. */
const sortedRanges = new WeakMap<readonly Range[], readonly Range[]>();

/**
 * Whether an offset falls inside any of the ranges (quote spans, which do not overlap). A binary
 * search keeps long paragraphs with hundreds of quotes linear-ish rather than quadratic.
 */
export function isInside(ranges: readonly Range[], offset: number): boolean {
  if (ranges.length < 8) return ranges.some(([start, end]) => offset >= start && offset < end);
  let sorted = sortedRanges.get(ranges);
  if (!sorted) {
    sorted = [...ranges].sort((a, b) => a[0] - b[0]);
    sortedRanges.set(ranges, sorted);
  }
  let low = 0;
  let high = sorted.length - 1;
  let candidate = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (sorted[middle]![0] <= offset) {
      candidate = middle;
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  return candidate >= 0 && offset < sorted[candidate]![1];
}
