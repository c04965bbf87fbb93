/** The id of a quote's element in its article's text (`q-…`, as a statement's is `s-…`): the quote's permalink anchor. */
export const quoteAnchor = (quoteId: string) => `q-${quoteId}`;

/**
 * Every path the site links to, in one place, so pages, plugins and exports agree and a URL
 * scheme change is one edit. Paths end with a slash, as the built pages do.
 */
export const urls = {
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
  search: () => '/search/',
  /** Every quote by a speaker: a search filtered by the speaker's name. */
  quotesBy: (speakerName: string) => `/search/?speaker=${encodeURIComponent(speakerName)}&type=quote`,
  /** The timeline showing one actor's events. */
  timelineOf: (actorSlug: string) => `/timeline/?actor=${encodeURIComponent(actorSlug)}`,
  about: () => '/about/',
} as const;
