/** A count for people, grouped by thousands as English prose writes it: 1252 → "1,252". */
export function formatCount(count: number): string {
  return count.toLocaleString('en-GB');
}

/** A count and its noun, singular or plural as the count wants: "1 article", "1,252 quotes". */
export function countOf(count: number, singular: string, plural = `${singular}s`): string {
  return `${formatCount(count)} ${count === 1 ? singular : plural}`;
}
