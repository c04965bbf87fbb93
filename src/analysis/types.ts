/**
 * Shared vocabulary of the analysis modules. Everything here is plain data (JSON-serialisable)
 * so results can travel from the Markdown plugins to the corpus index and the exports.
 */
import type { DatePrecision } from '../schemas/dates.ts';
import type { AttributionMethod, QuoteKind } from '../schemas/quote.ts';

// The enumerations live with the schemas (with their labels); the analysis takes the types.
export type { AttributionMethod, DatePrecision, QuoteKind };

/** One block of article body text, addressed by a stable anchor id (`p-1`, `p-2`, …). */
export interface BodyBlock {
  /** Anchor id, `p-<n>` counting every block together from 1, in reading order. */
  id: string;
  /** Plain text of the block, exactly as in the body (no Markdown syntax). */
  text: string;
  /**
   * What the block is:
   * - `paragraph`: a paragraph of the body itself;
   * - `heading`: a subheading (also one inside a blockquote or a list item);
   * - `quote`: a paragraph of a blockquote;
   * - `list-item`: a paragraph of a list item, in a bulleted or a numbered list, nested or not
   *   (a list item with several paragraphs gives one block for each).
   * A paragraph takes the kind of what directly holds it: in a list inside a blockquote it is a
   * `list-item`, in a blockquote inside a list item a `quote`.
   */
  kind: 'paragraph' | 'heading' | 'quote' | 'list-item';
}

/** A span of a block's text: `text.slice(start, end)`, offsets in UTF-16 code units. */
export interface TextSpan {
  /** Id of the block the span is in. */
  block: string;
  /** Offset of the first character. */
  start: number;
  /** Offset after the last character. */
  end: number;
}

/** An alias an actor is written as, for the mention matcher. */
export interface ActorAlias {
  /** Slug of the actor. */
  actor: string;
  /** The exact words, matched case-sensitively as whole words. */
  alias: string;
}

/** One mention of an actor in the body. */
export interface Mention extends TextSpan {
  /** Slug of the actor mentioned (a registered actor, or a discovered person when `provisional`). */
  actor: string;
  /** True when the actor is a person found in the text who has no actor file yet. */
  provisional?: boolean;
  /** The words matched, as written (a possessive `’s` is not part of the span). */
  text: string;
}

/** One quotation found in the body, before attribution. */
export interface ExtractedQuote {
  /**
   * Where the quote is. For a quote running over several paragraphs this is its first part;
   * `parts` lists every part, opening and closing marks included.
   */
  parts: TextSpan[];
  /** The quoted words, without the outer marks; paragraphs of a long quote joined by a blank line. */
  text: string;
  /** The kind of quotation. */
  kind: QuoteKind;
}

/** Who said a quote. */
export interface Speaker {
  /**
   * Actor slug when the speaker is a named actor (registered, or a discovered person when
   * `provisional`); null for an unnamed source.
   */
  actor: string | null;
  /** The article's own words for the speaker ("Rubio", "a second White House official"). */
  label: string;
  /** True when `actor` is a person found in the text who has no actor file yet (a provisional actor). */
  provisional?: boolean;
}

/**
 * A person the analysis found named in the text who has no actor file: a provisional actor,
 * shown as found automatically and not yet reviewed until an editor writes the file.
 */
export interface DiscoveredPerson {
  /** Slug made from the fullest form of the name. */
  slug: string;
  /** The fullest form of the name the article gives ("Anna Petrova"). */
  name: string;
  /** Titles and roles the article writes with the name ("Deputy Foreign Minister"), as written. */
  roles: string[];
  /** Where the name is given in full: the span of the name and its sentence, as evidence. */
  evidence: TextSpan & { sentence: string };
}

/** A quote with its speaker and how that was decided. */
export interface AttributedQuote extends ExtractedQuote {
  /** Stable id: the same article and words give the same id on every build. */
  id: string;
  /** Who said it; null for titles and scare quotes. */
  speaker: Speaker | null;
  /** How the speaker was decided; null when there is no speaker. */
  attribution: AttributionMethod | null;
  /**
   * The name of the rule that proposed the speaker (`SPEAKER_RULES` in
   * src/analysis/attribution/speaker-rules.ts), `curated` for an editor's attribution; null when no speaker.
   */
  speakerRule: string | null;
  /**
   * The model's probability, 0 to 1, that the speaker is right: 1 for curated attributions and for
   * the explicit "X said" rules the model treats as certain; null when no speaker.
   */
  speakerConfidence: number | null;
  /** What the automatic pass decided, kept to measure its accuracy against curated fixes. */
  automatic: { speaker: Speaker | null; kind: QuoteKind } | null;
}

/** A temporal expression resolved to a calendar date. */
export interface ResolvedDate extends TextSpan {
  /** The expression as written ("on Friday", "late last month"). */
  text: string;
  /** The resolved date, `YYYY-MM-DD`: the day, or the first day of the week/month/year. */
  date: string;
  /** How precisely the expression pins the date (`DatePrecision`, src/schemas/dates.ts). */
  precision: DatePrecision;
  /** A sentence for readers: how the date was worked out ("Friday → 18 April 2025, the publication date"). */
  explanation: string;
}

/** A statement reported outside quotation marks ("Peskov said the Kremlin was ready …"). */
export interface ReportedStatement {
  /** Stable id, unique in the article: `s-` + a short hash of article slug, content text and occurrence (like quote ids, see quoteId). */
  id: string;
  /** The content clause as printed, one span (it never crosses a paragraph). */
  content: TextSpan;
  /** The content clause's words, exactly as printed. */
  text: string;
  /** The cue as printed ("said", "according to", "told reporters", "in a statement"), and its span. */
  cue: TextSpan & { text: string };
  /** The source's words in the text ("Peskov", "two officials"), or null (passive "it was announced"). */
  source: (TextSpan & { text: string }) | null;
  speaker: Speaker | null;
  speakerRule: string | null;
  speakerConfidence: number | null;
  /** Ids of the quotes inside the content clause (a quoted fragment keeps its quote; same speaker). */
  quoted: string[];
}

/** Everything the analysis finds in one article. */
export interface ArticleAnalysis {
  blocks: BodyBlock[];
  mentions: Mention[];
  quotes: AttributedQuote[];
  dates: ResolvedDate[];
  /** People quoted or named as speakers who have no actor file (provisional actors). */
  people: DiscoveredPerson[];
  /** Statements reported outside quotation marks, in reading order. */
  statements: ReportedStatement[];
}
