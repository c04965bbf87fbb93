/**
 * Whitespace collapsed and trimmed: how the ingest steps compare a line with a metadata value,
 * and how they read text out of a page's markup.
 */
export function normalise(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
