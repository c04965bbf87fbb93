import { absoluteUrl } from '../lib/site-address.ts';

/** What a citation of a quote names. */
export interface CitedQuote {
  /** The speaker's display name, or null when no speaker was determined. */
  speakerName: string | null;
  /** The outlet the quote was published in. */
  outlet: string;
  /** The article's date, as shown to readers. */
  date: string;
  /** The quoted words. */
  text: string;
}

/** A quote's citation, and where it points. */
export interface Citation {
  /** The citation text, ending with the page's full address when the site has one. */
  text: string;
  /**
   * False when the site was built without an address (no `SITE`): the text then ends with the
   * page's path, and the reader is told to use the address the page is open at.
   */
  hasAddress: boolean;
}

/**
 * The citation of a quote whose page is at `path` (under the base path). With no site address
 * the path stands in, never an invented domain; pages ship no JavaScript to fill in the browser's
 * address, so the page says in words to use it.
 */
export function quoteCitation(quote: CitedQuote, path: string, site: URL | string | undefined): Citation {
  const address = absoluteUrl(path, site);
  const text = `${quote.speakerName ?? 'Unattributed'}, quoted in ${quote.outlet}, ${quote.date}: “${quote.text.replace(/\s+/g, ' ')}” ${address ?? path}`;
  return { text, hasAddress: address !== null };
}

/** What a page says under a citation that has only a path. */
export const CITATION_WITHOUT_ADDRESS =
  'This copy of the site was built without its web address: cite the page at the address your browser shows.';
