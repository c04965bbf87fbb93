/**
 * The analysis of one article, from its body blocks and frontmatter to its mentions, quotes with
 * their speakers, statements reported outside quotes, and dates. Every caller (the Markdown plugin, the editor's CLIs, the evaluation,
 * the benchmark) builds its input with `articleInput` and runs `analyzeArticle`.
 */
import { createHash } from 'node:crypto';
import { slugFromFileName } from '../lib/slugs.ts';
import {
  applyCuratedAttributions,
  attributeArticle,
  type AttributionOptions,
  type CuratedAttribution,
  type QuoteAttribution,
} from './attribution/attribute-quotes.ts';
import { findPeopleMentions } from './attribution/people-mentions.ts';
import { resolveDates } from './dates/resolve-dates.ts';
import type { AliasMatcher } from './mentions/find-mentions.ts';
import { extractQuotes } from './quotes/find-quotes.ts';
import { type CueReading, type FoundStatement, findStatements } from './reported/find-statements.ts';
import type { ArticleAnalysis, AttributedQuote, BodyBlock, Mention, ReportedStatement } from './types.ts';

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
  /**
   * Names an editor has listed as never people (`content/not-people.yaml`): a capitalised phrase
   * the name finder would otherwise take for a person ("Black Sea", "Ursula Street").
   */
  notPeople?: readonly string[];
}

/** An article as its callers have it: the file, the body blocks and the frontmatter, not yet validated. */
export interface ArticleSource {
  /** Path of the article file: named in error messages and, unless `slug` is given, the source of the slug. */
  file: string;
  /** Body blocks (see `bodyBlocksFromTree`, `bodyBlocksFromMarkdown`). */
  blocks: BodyBlock[];
  /** The frontmatter as read; the analysis reads `published.value` and `attributions`. */
  frontmatter: Readonly<Record<string, unknown>>;
  /** The article's slug, when it is not the file name's (the evaluation sets). */
  slug?: string;
  /** Names never to take for people (`content/not-people.yaml`). */
  notPeople?: readonly string[];
}

/**
 * The analysis input of an article, from its file, blocks and raw frontmatter. The schema checks
 * the frontmatter later; the one field the analysis cannot do without is checked here: throws,
 * naming the file and the field, when `published.value` is not a string.
 */
export function articleInput(source: ArticleSource): ArticleInput {
  const { file, frontmatter } = source;
  const published = (frontmatter.published as { value?: unknown } | undefined)?.value;
  if (typeof published !== 'string') {
    throw new Error(`${file}: published.value: a quoted "YYYY-MM-DD" date is required to resolve dates`);
  }
  return {
    slug: source.slug ?? slugFromFileName(file),
    file,
    blocks: source.blocks,
    published,
    curations: (frontmatter.attributions as CuratedAttribution[] | undefined) ?? [],
    notPeople: source.notPeople ?? [],
  };
}

/**
 * Runs every analysis over one article: actor mentions, quotes with their speakers, and resolved
 * dates. Pure and deterministic, so the Markdown plugins, the editor CLI and the tests agree.
 */
export function analyzeArticle(input: ArticleInput, matcher: AliasMatcher): ArticleAnalysis {
  const { blocks } = input;
  const extracted = extractQuotes(blocks);
  const cueReadings: CueReading[] = [];
  const { quotes: speakers, people } = attributeArticle(blocks, extracted, (words) => matcher.resolveActor(words), {
    ...attributionOptionsOf(input, matcher),
    onCue: (context, cue, found, pronounConfidence) =>
      cueReadings.push({ context, cue, found, ...(pronounConfidence === undefined ? {} : { pronounConfidence }) }),
  });
  const mentions = matcher.findMentions(blocks);
  const seen = new Map<string, number>();
  const automatic: AttributedQuote[] = extracted.map((quote, index) => {
    const { speaker, attribution, rule, confidence } = speakers[index] ?? NO_SPEAKER;
    const occurrence = (seen.get(quote.text) ?? 0) + 1;
    seen.set(quote.text, occurrence);
    return {
      ...quote,
      id: quoteId(input.slug, quote.text, occurrence),
      speaker,
      attribution,
      speakerRule: rule,
      speakerConfidence: confidence,
      automatic: { speaker, kind: quote.kind },
    };
  });
  const quotes = applyCuratedAttributions(automatic, input.curations, input.file);
  return {
    blocks,
    mentions: [...mentions, ...findPeopleMentions(blocks, people, mentions)].sort(byPosition(blocks)),
    quotes,
    dates: resolveDates(blocks, input.published),
    people,
    statements: withStatementIds(input.slug, findStatements(cueReadings, blocks, quotes)),
  };
}

/** Statements with their permanent ids: `s-` and the hash a quote with the same words would get. */
function withStatementIds(slug: string, statements: FoundStatement[]): ReportedStatement[] {
  const seen = new Map<string, number>();
  return statements.map((statement) => {
    const occurrence = (seen.get(statement.text) ?? 0) + 1;
    seen.set(statement.text, occurrence);
    return { id: `s-${quoteId(slug, statement.text, occurrence)}`, ...statement };
  });
}

const NO_SPEAKER: QuoteAttribution = { speaker: null, attribution: null, rule: null, confidence: null };

/** What attribution is told of an article and the actors (shared with the training command, so it reads articles alike). */
export function attributionOptionsOf(input: ArticleInput, matcher: AliasMatcher): AttributionOptions {
  return {
    kindOf: (actor) => matcher.kindOf(actor),
    roles: matcher.roles,
    published: input.published,
    notPeople: input.notPeople ?? [],
    articleSlug: input.slug,
  };
}

/** Reading order: by block, then by offset. */
function byPosition(blocks: BodyBlock[]) {
  const order = new Map(blocks.map((block, index) => [block.id, index]));
  return (a: Mention, b: Mention) => order.get(a.block)! - order.get(b.block)! || a.start - b.start;
}

/**
 * A quote's permanent id, from its article and its words (and which repetition of those words
 * it is), so it survives edits elsewhere in the article and rebuilds.
 */
export function quoteId(articleSlug: string, text: string, occurrence: number): string {
  const digest = createHash('sha256').update(`${articleSlug}\n${text}\n${occurrence}`).digest('hex');
  return digest.slice(0, 10);
}
