/**
 * The one setting for where the site is published: `SITE=https://news.example.net/dossier/`.
 * Its origin and path give Astro's `site` and `base`; every internal link carries the path, and
 * citations, canonical links, feeds and the sitemap use the full address. Without it the site
 * has no address of its own, and nothing absolute is written (no placeholder domain).
 */

/** Where the site is published, parsed from `SITE`. */
export interface SiteAddress {
  /** The full address, ending with a slash (`https://news.example.net/dossier/`). */
  site: string;
  /** The path the site is served under, with both slashes (`/dossier/`, or `/` at the root). */
  base: string;
}

/**
 * Parses the `SITE` setting: an http(s) address, optionally with a path; the path gets a trailing
 * slash. Empty or missing means no address (null). Anything else is refused with the reason, so a
 * typo fails the build instead of publishing broken links.
 */
export function parseSiteAddress(value: string | undefined): SiteAddress | null {
  const text = value?.trim();
  if (!text) return null;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new Error(`SITE must be a full address such as https://news.example.net/dossier/, not "${text}"`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`SITE must be an http(s) address, not "${text}"`);
  if (url.search || url.hash || url.username || url.password) {
    throw new Error(`SITE is an origin and a path only (no query, fragment or credentials): "${text}"`);
  }
  const base = url.pathname.endsWith('/') ? url.pathname : `${url.pathname}/`;
  return { site: `${url.origin}${base}`, base };
}

/** The base path of a `SITE` value (`/` when it has none or is unset). */
export function basePathOf(value: string | undefined): string {
  return parseSiteAddress(value)?.base ?? '/';
}

/**
 * The full address of one of the site's paths (already under the base path), or null when the
 * site was built without an address: a guessed or placeholder domain would be a wrong address.
 */
export function absoluteUrl(path: string, site: URL | string | undefined): string | null {
  return site === undefined ? null : new URL(path, site).href;
}
