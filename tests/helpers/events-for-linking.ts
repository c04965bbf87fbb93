/**
 * Made-up events as the event linkers (src/corpus/link-quotes-to-events.ts,
 * link-statements-to-events.ts) read them, for their tests.
 */
import type { EventForLinking } from '../../src/corpus/link-quotes-to-events.ts';

/** An event with `actors`, sourced from `excerpt` of the `guardian` article, and no curated quotes. */
export function eventForLinking(slug: string, actors: string[], excerpt: string): EventForLinking {
  return { slug, actors, sources: [{ article: 'guardian', excerpt }], quotes: [] };
}
