/**
 * The binary search every sorted lookup uses (line starts, quote ranges, candidates, cues, dates):
 * the first index in `[0, length)` at which `isPast(index)` is true, or `length` when it never is.
 * `isPast` must be false for a prefix of the indices and true for the rest, as `start >= offset`
 * is over items sorted by start. O(log length) calls of `isPast`.
 */
export function partitionPoint(length: number, isPast: (index: number) => boolean): number {
  let low = 0;
  let high = length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (isPast(middle)) high = middle;
    else low = middle + 1;
  }
  return low;
}
