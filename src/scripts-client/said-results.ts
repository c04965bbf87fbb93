/**
 * A page result of the search, turned into the results a reader expects: each quote and reported
 * statement of an article that the query matched (or that the filters ask for) as a result of its
 * own, opening at its anchor, then the article itself. The index has no record per quote
 * (src/outputs/said-search-data.ts): Pagefind returns the article page with the word positions it
 * matched and every anchor of the page with its position, and the page's `said` metadata says which
 * anchors are someone's words and whose. Pure functions, tested without a browser.
 */
import { decodeSaidMeta, saidKind } from '../lib/said-meta.ts';
import { matchesPhrases, unescapeMeta } from './search-query.ts';

/** An anchor of a page as Pagefind returns it: an element with an id, its text and its first word's position. */
export interface PageAnchor {
  element: string;
  id: string;
  text: string;
  location: number;
}

/** The parts of a Pagefind result's data this page uses (a page's, or one made here for a quote). */
export interface SearchResultData {
  url: string;
  excerpt: string;
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  /** Positions (in words of `content`) of the words the query matched; none for a search by filters alone. */
  locations?: number[];
  anchors?: PageAnchor[];
}

/** What the search asked for, as far as the expansion needs it. */
export interface SaidQuery {
  /** True when the query has words (false for a search by filters alone, which lists every quote). */
  hasTerms: boolean;
  /** Exact phrases the quote's words must hold. */
  phrases: string[];
  filters: Record<string, string[]>;
}

/** Pagefind's word separator: its positions count words split this way. */
const WORD_SEPARATORS = /[^\S\uFEFF]+/;
const OUTER_QUOTATION_MARKS = /^[\s"“”„«»‘’‚‹›']+|[\s"“”„«»‘’‚‹›']+$/g;
const UNKNOWN_OUTLET = 'Unknown outlet';

/** The words of a quote anchor without the outlet's quotation marks around them. */
export function quoteWords(text: string): string {
  return text.replace(OUTER_QUOTATION_MARKS, '');
}

/** The kind a page result shows: `article` for an article page (whatever else its type filter lists), else its type. */
export function pageKind(result: Pick<SearchResultData, 'filters'>): string {
  const types = result.filters.type ?? [];
  return types.includes('article') ? 'article' : (types[0] ?? 'page');
}

/**
 * The results one page result stands for, in reading order: its matching quotes and statements,
 * then the page itself unless the filters leave it out (a speaker filter, or a type filter without
 * the page's kind).
 */
export function expandSaid(page: SearchResultData, query: SaidQuery): SearchResultData[] {
  const typeFilter = query.filters.type;
  const speakerFilter = query.filters.speaker;
  const keepPage = !speakerFilter && (!typeFilter || typeFilter.includes(pageKind(page)));
  const said = decodeSaidMeta(page.meta.said === undefined ? undefined : unescapeMeta(page.meta.said));
  if (said.size === 0) return keepPage ? [page] : [];
  const outlet = page.meta.outlet ? unescapeMeta(page.meta.outlet) : UNKNOWN_OUTLET;
  const date = page.meta.date ? unescapeMeta(page.meta.date) : '';
  const pageUrl = page.url.replace(/#.*$/, '');
  const hits = page.locations ?? [];
  const anchors = [...(page.anchors ?? [])].sort((a, b) => a.location - b.location);
  const results: SearchResultData[] = [];
  for (const anchor of anchors) {
    const entry = said.get(anchor.id);
    if (!entry) continue;
    const kind = saidKind(anchor.id);
    if (typeFilter && !typeFilter.includes(kind)) continue;
    if (speakerFilter && !(entry.speaker && speakerFilter.includes(entry.speaker))) continue;
    const length = anchor.text.split(WORD_SEPARATORS).filter(Boolean).length;
    if (query.hasTerms && !hits.some((at) => at >= anchor.location && at < anchor.location + length)) continue;
    if (query.phrases.length > 0 && !matchesPhrases(anchor.text, query.phrases)) continue;
    const words = kind === 'quote' ? quoteWords(anchor.text) : anchor.text.trim();
    const title =
      kind === 'quote'
        ? `${entry.speaker ?? 'Speaker not determined'}, in ${outlet}${date ? `, ${date}` : ''}`
        : `${entry.speaker ?? 'Source not determined'}, reported in ${outlet}${date ? `, ${date}` : ''}`;
    results.push({
      url: `${pageUrl}#${anchor.id}`,
      excerpt: '',
      content: words,
      meta: { title, words, outlet, date, ...(entry.speaker ? { speaker: entry.speaker } : {}) },
      filters: { type: [kind], outlet: [outlet], ...(entry.speaker ? { speaker: [entry.speaker] } : {}) },
    });
  }
  return keepPage ? [...results, page] : results;
}
