/**
 * Training examples for the speaker model from PolNeAR's resolved gold: each scored gold quote
 * (status `name` or `anon`) with the candidates the rules propose for the system quote that
 * overlaps it most, each candidate labelled right or wrong by the resolved gold's scoring
 * (`speakerMatchesResolved`). A gold quote the system did not find, or found without candidates,
 * is an example with no candidates: it counts as abstained at every threshold.
 */
import { articleInput, attributionOptionsOf } from '../../src/analysis/analyze-article.ts';
import { attributeArticle } from '../../src/analysis/attribution/attribute-quotes.ts';
import type { ScoredCandidate } from '../../src/analysis/attribution/speaker-ranker.ts';
import type { AliasMatcher } from '../../src/analysis/mentions/find-mentions.ts';
import { extractQuotes } from '../../src/analysis/quotes/find-quotes.ts';
import { isSpokenQuote } from '../../src/schemas/quote.ts';
import { polnearBlocks } from '../eval/polnear.ts';
import { type ResolvedArticle, type ResolvedQuote, speakerMatchesResolved } from '../eval/resolved-speakers.ts';
import { type ActorDirectory, actorLookup, describeSpeaker } from '../eval/system-quotes.ts';

/** One candidate of a gold quote, labelled. */
export interface LabelledCandidate {
  features: number[];
  right: boolean;
  /** The rule that proposed it first. */
  rule: string;
  /** A named speaker (an actor) found by a speech verb next to the quote: what a certain rule may take as sure. */
  namedExplicit: boolean;
  /** A named speaker (an actor), however found; false for an unnamed source. */
  named: boolean;
  /** How the rule found it (`explicit`, `pronoun`, `context`). */
  method: string;
}

/** One scored gold quote with the candidates the rules proposed for it. */
export interface QuoteExample {
  /** Index of the article in the split (articles in name order): cross-validation folds by article. */
  article: number;
  candidates: LabelledCandidate[];
}

/** What the examples need of the actors: the matcher for the analysis, the directory for display names. */
export interface ExampleRegistry extends ActorDirectory {
  matcher: AliasMatcher;
}

/** The examples of every article of a split, in article order. */
export function attributionExamples(articles: readonly ResolvedArticle[], registry: ExampleRegistry): QuoteExample[] {
  const actors = actorLookup(registry);
  return articles.flatMap((article, index) => articleExamples(article, index, registry, actors));
}

function articleExamples(
  article: ResolvedArticle,
  index: number,
  registry: ExampleRegistry,
  actors: ReturnType<typeof actorLookup>,
): QuoteExample[] {
  const layout = polnearBlocks(article.text);
  const input = articleInput({
    file: article.name,
    blocks: layout.blocks,
    slug: article.name,
    frontmatter: { published: { value: article.published } },
  });
  const quotes = extractQuotes(layout.blocks);
  const choices = new Map<number, ScoredCandidate[]>();
  const options = { ...attributionOptionsOf(input, registry.matcher), model: null };
  const { people } = attributeArticle(layout.blocks, quotes, (words) => registry.matcher.resolveActor(words), {
    ...options,
    onQuote: (quoteIndex, choice) => choices.set(quoteIndex, choice?.candidates ?? []),
  });
  const blockStart = new Map(layout.ranges.map((range) => [range.id, range.start]));
  const spans = quotes.map((quote) =>
    isSpokenQuote(quote.kind)
      ? quote.parts.map((part) => [blockStart.get(part.block)! + part.start, blockStart.get(part.block)! + part.end] as const)
      : [],
  );
  const scored = article.quotes.filter((gold) => gold.status === 'name' || gold.status === 'anon');
  return scored.map((gold) => {
    const system = mostOverlapping(spans, gold);
    const candidates = system === null ? [] : (choices.get(system) ?? []);
    return {
      article: index,
      candidates: candidates.map((candidate) => {
        const speaker = describeSpeaker(candidate.found.speaker, people, actors);
        const unnamed = candidate.found.speaker.actor === null;
        return {
          features: candidate.features,
          right: speakerMatchesResolved(speaker.name, unnamed, gold) === 'right',
          rule: candidate.rules[0]!,
          namedExplicit: !unnamed && candidate.found.method === 'explicit',
          named: !unnamed,
          method: candidate.found.method,
        };
      }),
    };
  });
}

/** The system quote whose spans overlap the gold quote most; null when none does. */
function mostOverlapping(spans: ReadonlyArray<ReadonlyArray<readonly [number, number]>>, gold: ResolvedQuote): number | null {
  let best: { index: number; overlap: number } | null = null;
  spans.forEach((parts, index) => {
    const overlap = parts.reduce(
      (sum, [start, end]) => sum + Math.max(0, Math.min(end, gold.end) - Math.max(start, gold.start)),
      0,
    );
    if (overlap > 0 && (!best || overlap > best.overlap)) best = { index, overlap };
  });
  return (best as { index: number } | null)?.index ?? null;
}
