/**
 * Half-open ranges of offsets in a block's text, for asking whether a word is inside a quote.
 */
import { partitionPoint } from '../../lib/partition-point.ts';
import type { TextSpan } from '../types.ts';

/** A half-open range of offsets in one block's text. */
export type Range = readonly [start: number, end: number];

/** The ranges covered by quotes (marks included) in each block, keyed by block id, each block's sorted by start. */
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

/** Below this many ranges a scan is as quick as a binary search. */
const SCAN_LIMIT = 8;

/**
 * Whether an offset falls inside any of the ranges (quote spans, which do not overlap), sorted by
 * start as `quotedRangesByBlock` gives them. A binary search keeps long paragraphs with hundreds
 * of quotes linear-ish rather than quadratic.
 */
export function isInside(ranges: readonly Range[], offset: number): boolean {
  if (ranges.length < SCAN_LIMIT) return ranges.some(([start, end]) => offset >= start && offset < end);
  // The last range starting at or before the offset is the only one that can hold it.
  const after = partitionPoint(ranges.length, (index) => ranges[index]![0] > offset);
  return after > 0 && offset < ranges[after - 1]![1];
}
