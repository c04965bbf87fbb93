/** What the corpus generator is asked for, and the defaults that scale with it. */

/** What to generate. Only `articles` is required; the rest scale with it. */
export interface CorpusOptions {
  /** Number of articles. */
  articles: number;
  /** Seed of every random choice; the same seed gives the same corpus. Default `dossier`. */
  seed?: string;
  /** Number of actors (people, organizations, countries, media). Default: 300 from 1,000 articles on. */
  actors?: number;
  /** Number of events. Default: 0.3 per article (3,000 for 10,000 articles). */
  events?: number;
  /** First possible publication date. Default 2024-01-01. */
  startDate?: string;
  /** Publication dates fall in `startDate` plus this many days. Default 730. */
  days?: number;
}

/** Defaults that scale with the corpus; see `CorpusOptions`. */
export function resolveOptions(options: CorpusOptions): Required<CorpusOptions> {
  const articles = Math.max(1, Math.floor(options.articles));
  return {
    articles,
    seed: options.seed ?? 'dossier',
    actors: options.actors ?? Math.min(300, 60 + Math.round(articles * 0.24)),
    events: options.events ?? Math.max(3, Math.round(articles * 0.3)),
    startDate: options.startDate ?? '2024-01-01',
    days: options.days ?? 730,
  };
}
