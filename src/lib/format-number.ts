/** A count for people, grouped by thousands as English prose writes it: 1252 → "1,252". */
export function formatCount(count: number): string {
  return count.toLocaleString('en-GB');
}
