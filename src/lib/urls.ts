import { basePathOf } from './site-address.ts';

/**
 * The base path the site is built for (`/dossier/` for `SITE=https://news.example.net/dossier/`,
 * else `/`). Under Node (the build, the config's Markdown plugins, the tools) it is read from the
 * `SITE` setting itself, since modules the config loads get no Astro `import.meta.env`; in the
 * browser `process` does not exist and Vite's `BASE_URL` carries the same value.
 */
export function basePath(): string {
  const site = globalThis.process?.env?.SITE;
  if (site !== undefined) return basePathOf(site);
  return import.meta.env?.BASE_URL ?? '/';
}

/** A root-relative path (`/articles/`) under the base path (`/dossier/articles/`). */
export function withBase(path: string, base: string = basePath()): string {
  if (!path.startsWith('/')) throw new Error(`withBase takes a root-relative path, not "${path}"`);
  return base === '/' ? path : `${base.replace(/\/$/, '')}${path}`;
}

/** A root-relative path with the base path taken off (`/dossier/articles/` → `/articles/`); other paths unchanged. */
export function withoutBase(path: string, base: string = basePath()): string {
  if (base === '/' || !path.startsWith(base)) return path;
  return path.slice(base.length - 1);
}

/**
 * The file under `pagefind/` listing the further search bundles of a large archive (written by
 * scripts/lib/search-index.ts, read by the search page), a JSON list of folders under `pagefind/`.
 */
export const SEARCH_BUNDLE_LIST_FILE = 'dossier-bundles.json';

/** The id of a quote's element in its article's text (`q-…`, as a statement's is `s-…`): the quote's permalink anchor. */
export const quoteAnchor = (quoteId: string) => `q-${quoteId}`;

/**
 * Every path the site links to, in one place, so pages, plugins and exports agree and a URL
 * scheme change is one edit. Paths end with a slash, as the built pages do. They are written
 * from the site's root; `urls` below puts each under the base path.
 */
const sitePaths = {
  home: () => '/',
  articles: () => '/articles/',
  article: (slug: string) => `/articles/${slug}/`,
  paragraph: (articleSlug: string, blockId: string) => `/articles/${articleSlug}/#${blockId}`,
  actors: () => '/actors/',
  actor: (slug: string) => `/actors/${slug}/`,
  events: () => '/events/',
  event: (slug: string) => `/events/${slug}/`,
  quotes: () => '/quotes/',
  /** A quote in its sentence: its anchor in its article (quotes have no page of their own). */
  quote: (articleSlug: string, quoteId: string) => `/articles/${articleSlug}/#${quoteAnchor(quoteId)}`,
  timeline: () => '/timeline/',
  /** Page `number` of the timeline (the first is /timeline/ itself). */
  timelinePage: (number: number) => (number <= 1 ? '/timeline/' : `/timeline/page/${number}/`),
  search: () => '/search/',
  /** Every quote by a speaker: a search filtered by the speaker's name. */
  quotesBy: (speakerName: string) => `/search/?speaker=${encodeURIComponent(speakerName)}&type=quote`,
  /** The timeline showing one actor's events. */
  timelineOf: (actorSlug: string) => `/timeline/?actor=${encodeURIComponent(actorSlug)}`,
  about: () => '/about/',
  /** A data download (`quotes.csv`). */
  download: (file: string) => `/data/${file}`,
  /** The articles' RSS feed (built only when the site has an address: RSS needs absolute links). */
  feed: () => '/rss.xml',
  /** A file from public/ (`favicon.svg`). */
  asset: (file: string) => `/${file}`,
} as const;

/** Each of `sitePaths`, returning its path under the base path. */
type UnderBase<T> = { [K in keyof T]: T[K] extends (...args: infer A) => string ? (...args: A) => string : never };

/** Every path the site links to, under the base path the site is built for. */
export const urls = Object.fromEntries(
  Object.entries(sitePaths).map(([name, path]) => [
    name,
    (...args: never[]) => withBase((path as (...a: never[]) => string)(...args)),
  ]),
) as UnderBase<typeof sitePaths>;
