/**
 * Vocabulary of the reported-speech evaluation: a gold statement as the words of its content
 * clause, a statement the system found as scored, and the errors the report lists. Plain data, so
 * PolNeAR, the corpus and the development set are scored by the same code.
 */
import type { TextSpan } from '../../src/analysis/types.ts';
import type { SystemSpeaker } from './types.ts';

/** A reported statement of a gold set. `S` is how the set states the speaker. */
export interface GoldStatement<S> {
  article: string;
  /** The block the content starts in, for the error list. */
  block: string | null;
  /** Where each word of the content clause is, one span per word, in reading order. */
  words: TextSpan[];
  /** The content's words, for the error list. */
  text: string;
  /** The gold cue's words (PolNeAR), null when the set does not give them. */
  cue: string | null;
  speaker: S;
  /** The speaker as the error list shows it. */
  speakerText: string;
}

/** A reported statement the system found, as scored. */
export interface SystemStatement {
  article: string;
  content: TextSpan;
  text: string;
  cue: string;
  speaker: SystemSpeaker | null;
  /** The analysis's `speakerRule`; null when there is no speaker. */
  rule: string | null;
  /** The source's words as the analysis read them (shown when the speaker is withheld); null or absent when none was read. */
  source?: string | null;
}

/** How a statement's speaker came out; `unscored` when the gold does not say who it is. */
export type StatementOutcome = 'right' | 'wrong' | 'none' | 'unscored';

/** The groups the statement errors are printed in. */
export type StatementErrorGroup = 'wrong speaker' | 'no speaker' | 'missed' | 'spurious';

/** One error, with enough to find it in the article and the pattern it is counted under. */
export interface StatementError {
  group: StatementErrorGroup;
  article: string;
  block: string | null;
  text: string;
  gold: string;
  system: string;
  /** Speaker errors: the system's speaker rule; missed: the gold cue; spurious: the system's cue. */
  pattern: string;
}
