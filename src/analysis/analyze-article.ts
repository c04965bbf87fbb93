import { createHash } from 'node:crypto';
import { applyCuratedAttributions, attributeQuotes, type CuratedAttribution } from './attribution.ts';
import { resolveDates } from './dates.ts';
import type { AliasMatcher } from './mentions.ts';
import { extractQuotes } from './quotes.ts';
import type { ArticleAnalysis, AttributedQuote, BodyBlock } from './types.ts';

export type { CuratedAttribution };

/** What `analyzeArticle` needs to know about one article. */
export interface ArticleInput {
  /** The article's slug; part of every quote id. */
  slug: string;
  /** Path of the source file, named in error messages. */
  file: string;
  /** Body blocks (see `bodyBlocksFromTree`). */
  blocks: BodyBlock[];
  /** Publication date, `YYYY-MM-DD`; relative dates are resolved against it. */
  published: string;
  /** Curated attributions that override the automatic pass. */
  curations: CuratedAttribution[];
}

/**
 * Runs every analysis over one article: actor mentions, quotes with their speakers, and resolved
 * dates. Pure and deterministic, so the Markdown plugins, the editor CLI and the tests agree.
 */
export function analyzeArticle(input: ArticleInput, matcher: AliasMatcher): ArticleAnalysis {
  const { blocks } = input;
  const extracted = extractQuotes(blocks);
  const speakers = attributeQuotes(blocks, extracted, (words) => matcher.resolveActor(words));
  const seen = new Map<string, number>();
  const automatic: AttributedQuote[] = extracted.map((quote, index) => {
    const { speaker, attribution } = speakers[index] ?? { speaker: null, attribution: null };
    const occurrence = (seen.get(quote.text) ?? 0) + 1;
    seen.set(quote.text, occurrence);
    return {
      ...quote,
      id: quoteId(input.slug, quote.text, occurrence),
      speaker,
      attribution,
      automatic: { speaker, kind: quote.kind },
    };
  });
  return {
    blocks,
    mentions: matcher.findMentions(blocks),
    quotes: applyCuratedAttributions(automatic, input.curations, input.file),
    dates: resolveDates(blocks, input.published),
    people: [],
  };
}

/**
 * A quote's permanent id, from its article and its words (and which repetition of those words
 * it is), so it survives edits elsewhere in the article and rebuilds.
 */
export function quoteId(articleSlug: string, text: string, occurrence: number): string {
  const digest = createHash('sha256').update(`${articleSlug}\n${text}\n${occurrence}`).digest('hex');
  return digest.slice(0, 10);
}
