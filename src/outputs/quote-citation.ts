/**
 * The citation of a quote a reader copies from its note ("Cite"): who said it, where and when it
 * was printed, the words, and the quote's full address (its anchor in its article).
 */
import { urls } from '../lib/urls.ts';

/** What a citation needs. */
export interface QuoteCitationInput {
  /** The speaker's full name, the article's words for an unnamed one, or null when none is known. */
  speakerName: string | null;
  outlet: string;
  /** The article's date as readers see it ("18 April 2025"). */
  date: string;
  /** The quoted words, without the outer quotation marks. */
  text: string;
  articleSlug: string;
  quoteId: string;
  /** The site's address (`Astro.site`); the citation's link is absolute under it. */
  site: URL;
}

/** The quote's full address: the site's address, then its anchor in its article. */
export function quoteAddress(site: URL, articleSlug: string, quoteId: string): string {
  // Relative to the site's base path, so a site published under /dossier/ keeps it.
  return new URL(urls.quote(articleSlug, quoteId).replace(/^\//, ''), site.href.endsWith('/') ? site : `${site.href}/`).href;
}

/** `Marco Rubio, quoted in ABC News, 18 April 2025: “…” https://…/articles/…/#q-…` */
export function quoteCitation(input: QuoteCitationInput): string {
  const words = input.text.replace(/\s+/g, ' ').trim();
  const address = quoteAddress(input.site, input.articleSlug, input.quoteId);
  return `${input.speakerName ?? 'Unattributed'}, quoted in ${input.outlet}, ${input.date}: “${words}” ${address}`;
}
