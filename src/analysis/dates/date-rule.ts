/**
 * What a date rule is: a pattern, and how a match of it resolves against the publication date.
 * The rules are in named-date-rules.ts and relative-date-rules.ts, their order in date-rules.ts.
 */
import type { IsoDate } from '../../lib/iso-date.ts';
import type { ResolvedDate } from '../types.ts';
import type { ClauseTense } from './clause-tense.ts';

/** A date the rule resolved on its own, with its precision and the explanation readers see. */
export type Resolution = Pick<ResolvedDate, 'date' | 'precision' | 'explanation'>;

/** "The next day", "the same day": so many days from the last day named before, known only in reading order. */
export interface FromPreviousDay {
  daysFromPrevious: number;
}

/** What a rule may read besides its own match. */
export interface MatchContext {
  published: IsoDate;
  /** The tense of the expression's clause, if its words show one. */
  tense: ClauseTense | null;
  /** The words that read the expression forward ("will be held", "airing"), if the clause is in the future. */
  futureCue: string | null;
  /** Up to CONTEXT_CHARS (resolve-dates.ts) characters either side of the expression. */
  before: string;
  after: string;
}

/**
 * One kind of expression. Patterns are global and case-insensitive ("On Friday", "Late last month");
 * a rule returns null for a match that is not a date after all ("may attend").
 */
export interface DateRule {
  pattern: RegExp;
  resolve(groups: Record<string, string | undefined>, text: string, context: MatchContext): Resolution | FromPreviousDay | null;
}

/** The periods an expression counts in ("three days ago", "two weekends ago", "last month"). */
export type PeriodUnit = 'day' | 'weekend' | 'week' | 'month' | 'year';
