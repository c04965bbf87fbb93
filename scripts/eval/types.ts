/**
 * Vocabulary of the attribution evaluation: gold quotes as the evaluation sets state them, the
 * system's quotes reduced to what is scored, and the figures a set yields. Plain data, so a set
 * from any source (the corpus gold, the dev set, PolNeAR) is scored by the same code.
 */
import type { BodyBlock, DatePrecision, QuoteKind, ResolvedDate, TextSpan } from '../../src/analysis/types.ts';

/**
 * What kind of speaker the gold names. `named` is a name that may be a person or an organization
 * (PolNeAR does not say which); `none` is a statement or fragment the gold says nobody is given
 * for, so the system should abstain.
 */
export type GoldSpeakerType = 'person' | 'organization' | 'unnamed' | 'named' | 'none';

/** The speaker the gold gives a quote. */
export interface GoldSpeaker {
  type: GoldSpeakerType;
  /** The gold's words for the speaker (a name, or the description of an unnamed source); '' for `none`. */
  name: string;
  /** Corpus gold only: the exact actor slug expected (null for an unnamed source), compared exactly. */
  actor?: string | null;
  /** PolNeAR only: the pronoun the Source span was, when `name` is its referent found by heuristic. */
  pronoun?: string;
}

/** One quotation of the gold standard. */
export interface GoldQuote {
  /** Article id within its set. */
  article: string;
  /** Dev and corpus: the first words of the quote's text (without the opening mark). */
  startsWith?: string;
  /** PolNeAR: where the quoted words are, in the blocks handed to the analysis. */
  parts?: TextSpan[];
  /** Block the quote starts in, when known (for the error list). */
  block: string | null;
  /** The gold's text for the quote (its first words, or the quoted words), for the error list. */
  text: string;
  /** The kind, or null when the set does not annotate kinds (PolNeAR). */
  kind: QuoteKind | null;
  /** Who said it; null when the speaker is not scored (titles, scare quotes, PolNeAR without Source). */
  speaker: GoldSpeaker | null;
}

/** A date expression of the dev gold. */
export interface GoldDate {
  text: string;
  date: string;
  precision: DatePrecision;
}

/** What kind of speaker the system gave. `named`: an actor whose kind is not known. */
export type SystemSpeakerType = 'person' | 'organization' | 'unnamed' | 'named';

/** The speaker the system's automatic pass gave a quote. */
export interface SystemSpeaker {
  /** Actor slug, null for an unnamed source. */
  actor: string | null;
  /** The article's words for the speaker. */
  label: string;
  /** Display name: the actor's name, a provisional person's name, or the label of an unnamed source. */
  name: string;
  /** Other names the actor is registered under (aliases), for name matching. */
  aliases: string[];
  type: SystemSpeakerType;
  provisional: boolean;
}

/** A quote the system found, as scored. */
export interface SystemQuote {
  article: string;
  parts: TextSpan[];
  text: string;
  kind: QuoteKind;
  speaker: SystemSpeaker | null;
  /** How the speaker was decided (`explicit`, `pronoun`, …), null when none was. */
  method: string | null;
  /**
   * The name of the rule behind the speaker (the analysis's `speakerRule`, or `method` while the
   * analysis does not record one); null when there is no speaker. Absent: read `method`.
   */
  rule?: string | null;
  /** The analysis's confidence in the speaker (`speakerConfidence`); null when there is none. */
  confidence?: number | null;
}

/** One article of an evaluation set with the gold and the system's answers. */
export interface EvaluatedArticle {
  id: string;
  blocks: BodyBlock[];
  gold: GoldQuote[];
  system: SystemQuote[];
  /** Dev only: gold date expressions, when the gold file lists them. */
  goldDates?: GoldDate[];
  /** The dates the analysis resolved. */
  systemDates?: ResolvedDate[];
}

/** How one gold quote came out. */
export type SpeakerOutcome =
  | 'correct'
  | 'wrong'
  /** Detected, but the system gave no speaker. */
  | 'none'
  /** Not detected at all. */
  | 'missed';

/** The groups the error list is printed in. */
export type ErrorGroup = 'wrong speaker' | 'no speaker' | 'missed' | 'spurious' | 'wrong kind';

/** One error, with enough to find it in the article. */
export interface EvaluationError {
  group: ErrorGroup;
  article: string;
  block: string | null;
  kind: QuoteKind | null;
  /** The quote's words (the gold's, or the system's for a spurious quote). */
  text: string;
  gold: string;
  system: string;
  method: string | null;
}
