import { enumeration } from './enumeration.ts';

/**
 * What a quotation is (`QUOTE_KINDS`), each kind in words for readers (the quote page):
 * - `statement`: spoken or written words reported as said, a sentence or more;
 * - `fragment`: a few quoted words inside the reporter's own sentence;
 * - `title`: the name of a programme, show or document;
 * - `scare`: distancing quotation marks with no speaker.
 */
export const {
  codes: QUOTE_KINDS,
  schema: quoteKindSchema,
  labels: QUOTE_KIND_LABELS,
} = enumeration({
  statement: 'Statement: words spoken or written',
  fragment: "Fragment: a few quoted words in the reporter's sentence",
  title: 'Title of a programme or document',
  scare: 'Scare quotes: no speaker',
});
export type QuoteKind = (typeof QUOTE_KINDS)[number];

/** The kinds that are someone's words, and so have a speaker (or one not determined). */
export const SPOKEN_QUOTE_KINDS = ['statement', 'fragment'] as const satisfies readonly QuoteKind[];

/** True for words someone said (a statement or a fragment); false for titles and scare quotes. */
export function isSpokenQuote(kind: QuoteKind | undefined): boolean {
  return (SPOKEN_QUOTE_KINDS as readonly (QuoteKind | undefined)[]).includes(kind);
}

/**
 * How a speaker was given to a quote (`ATTRIBUTION_METHODS`), each method in words for readers
 * (the quote page, after the method's code):
 * - `explicit`: a speech verb with a name or description next to the quote ("…,” Rubio said);
 * - `pronoun`: a pronoun or "the person"/"the official" resolved to an earlier speaker;
 * - `context`: inferred from the surrounding sentences (the paragraph's or the previous quote's speaker);
 * - `curated`: set by a person in the article's `attributions` frontmatter.
 */
export const { codes: ATTRIBUTION_METHODS, labels: ATTRIBUTION_METHOD_LABELS } = enumeration({
  explicit: 'named next to the quote with a speech verb',
  pronoun: 'a pronoun or “the person” resolved to an earlier speaker',
  context: 'from the surrounding sentences',
  curated: 'checked and set by an editor',
});
export type AttributionMethod = (typeof ATTRIBUTION_METHODS)[number];
