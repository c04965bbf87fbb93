/**
 * What an article page declares for search about the words it quotes and reports: the speaker
 * filter (every speaker of a spoken quote or a statement), the types it holds (`quote`,
 * `statement`) and the `said` metadata naming each anchor's speaker (src/lib/said-meta.ts). A
 * quote or statement is found through its article's page, so the index holds no record per quote.
 */
import type { AttributedQuote, ReportedStatement, Speaker } from '../analysis/types.ts';
import { encodeSaidMeta, type SaidAnchor } from '../lib/said-meta.ts';
import { quoteAnchor } from '../lib/urls.ts';
import { isSpokenQuote } from '../schemas/quote.ts';

/** The search declarations of one article page. */
export interface SaidSearchData {
  /** The speakers' names, once each, in order of first appearance: the page's `speaker` filter. */
  speakers: string[];
  /** `quote` and/or `statement`, when the article has any: added to the page's `type` filter. */
  kinds: Array<'quote' | 'statement'>;
  /** The `said` metadata value (empty when the article quotes and reports no one). */
  said: string;
}

/**
 * The search declarations of an article from its analysis. `actorName` gives an actor's name by
 * slug (registered or provisional); a speaker who is no actor keeps the article's words for them.
 * Titles and scare quotes are no one's words and are left out.
 */
export function saidSearchData(
  quotes: readonly Pick<AttributedQuote, 'id' | 'kind' | 'speaker'>[],
  statements: readonly Pick<ReportedStatement, 'id' | 'speaker'>[],
  actorName: (slug: string) => string | undefined,
): SaidSearchData {
  const nameOf = (speaker: Speaker | null) =>
    speaker ? ((speaker.actor ? actorName(speaker.actor) : undefined) ?? speaker.label) : null;
  const spoken: SaidAnchor[] = quotes
    .filter((quote) => isSpokenQuote(quote.kind))
    .map((quote) => ({ id: quoteAnchor(quote.id), speaker: nameOf(quote.speaker) }));
  const reported: SaidAnchor[] = statements.map((statement) => ({ id: statement.id, speaker: nameOf(statement.speaker) }));
  const anchors = [...spoken, ...reported];
  return {
    speakers: [...new Set(anchors.flatMap((anchor) => (anchor.speaker ? [anchor.speaker] : [])))],
    kinds: [...(spoken.length > 0 ? (['quote'] as const) : []), ...(reported.length > 0 ? (['statement'] as const) : [])],
    said: encodeSaidMeta(anchors),
  };
}
