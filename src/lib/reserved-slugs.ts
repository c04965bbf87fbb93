/**
 * Slugs a content file may not take, because the site already uses the address for a route: a
 * file with one would build (Astro only warns) and every link to it would land on the route's page
 * instead. Per collection, with the route each one belongs to, for the message.
 */
export const RESERVED_SLUGS = {
  /** `/articles/page/2/`: the article list's later pages. */
  articles: { page: '/articles/page/N/ (the article list’s later pages)' },
  /** `/events/page/2/`: the events list's later pages. */
  events: { page: '/events/page/N/ (the events list’s later pages)' },
  actors: {
    /** `/actors/unnamed-sources/`: the unnamed sources' quotes, by article. */
    'unnamed-sources': '/actors/unnamed-sources/ (the unnamed sources’ list)',
    /** Kept free, so the actor list can be paginated like the others. */
    page: '/actors/page/N/ (kept for the actor list’s later pages)',
  },
} as const satisfies Record<string, Record<string, string>>;

/** The route a slug would collide with in a collection, or null when the slug is free. */
export function reservedRoute(collection: keyof typeof RESERVED_SLUGS, slug: string): string | null {
  const reserved: Record<string, string> = RESERVED_SLUGS[collection];
  return Object.hasOwn(reserved, slug) ? reserved[slug]! : null;
}
