/** The search state that lives in the URL: `/search/?q=move+on&speaker=Marco+Rubio&type=quote`. */
export interface SearchState {
  query: string;
  filters: Record<string, string[]>;
}

/** Filter names the search page offers, in display order. */
export const FILTER_KEYS = ['type', 'speaker', 'outlet', 'actor'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

export function readSearchState(search: string): SearchState {
  const params = new URLSearchParams(search);
  const filters: Record<string, string[]> = {};
  for (const key of FILTER_KEYS) {
    const values = params.getAll(key).filter(Boolean);
    if (values.length > 0) filters[key] = values;
  }
  return { query: params.get('q') ?? '', filters };
}

export function writeSearchState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.query) params.set('q', state.query);
  for (const key of FILTER_KEYS) for (const value of state.filters[key] ?? []) params.append(key, value);
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** The quoted phrases in a query: `"move on" Rubio` → ["move on"]. */
export function exactPhrases(query: string): string[] {
  return [...query.matchAll(/["“”]([^"“”]+)["“”]/g)].map((match) => match[1]!.trim()).filter(Boolean);
}

/** Compares text for phrase matching: case, curly quotes and runs of spaces do not count. */
export function normalizeForPhrase(text: string): string {
  return text.toLowerCase().replace(/[’‘]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ');
}

/** True when `content` holds every exact phrase of the query. */
export function matchesPhrases(content: string, phrases: string[]): boolean {
  const haystack = normalizeForPhrase(content);
  return phrases.every((phrase) => haystack.includes(normalizeForPhrase(phrase)));
}

/**
 * A metadata value as the page wrote it: pages escape commas in `data-pagefind-meta` (a comma
 * would start another field), and Pagefind hands the backslash back ("either side\\, or both").
 */
export function unescapeMeta(value: string): string {
  return value.replace(/\\(.)/g, '$1');
}
