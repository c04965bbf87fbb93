/**
 * Who said each quote and reported statement of an article, as one search-metadata value of its
 * page. Quotes and statements have no search records of their own: the search finds the words in
 * their article's page and reads, from this value, which anchors (`q-…`, `s-…`) are someone's
 * words and whose. The value travels in the page's Pagefind metadata, downloaded only with a result.
 */

/** One quote or statement of a page: its anchor id and its speaker's name (null when not determined). */
export interface SaidAnchor {
  id: string;
  speaker: string | null;
}

const ENTRY_SEPARATOR = '|';
const NAME_SEPARATOR = '=';

/** A name with the separators of the encoding (and Pagefind's escape character) turned into spaces. */
const cleanName = (name: string) =>
  name
    .replace(/[|=\\]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/** The metadata value for `anchors`: `q-1a=Marco Rubio|s-2b=|…` (an empty name: speaker not determined). */
export function encodeSaidMeta(anchors: readonly SaidAnchor[]): string {
  return anchors.map(({ id, speaker }) => `${id}${NAME_SEPARATOR}${speaker ? cleanName(speaker) : ''}`).join(ENTRY_SEPARATOR);
}

/** The anchors of a metadata value written by `encodeSaidMeta`, by id; entries not of that shape are skipped. */
export function decodeSaidMeta(value: string | undefined): Map<string, SaidAnchor> {
  const anchors = new Map<string, SaidAnchor>();
  for (const entry of (value ?? '').split(ENTRY_SEPARATOR)) {
    const at = entry.indexOf(NAME_SEPARATOR);
    if (at <= 0) continue;
    const id = entry.slice(0, at).trim();
    const speaker = entry.slice(at + 1).trim();
    anchors.set(id, { id, speaker: speaker || null });
  }
  return anchors;
}

/** What an anchor holds: a quote (`q-…`) or a reported statement (`s-…`). */
export function saidKind(id: string): 'quote' | 'statement' {
  return id.startsWith('s-') ? 'statement' : 'quote';
}
