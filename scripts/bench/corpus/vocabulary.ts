/**
 * Words and sentence patterns for the synthetic benchmark corpus, modelled on the five real
 * articles: wire-style reporting of peace talks, quotes closed by "X said", unnamed officials
 * "granted anonymity", relative dates ("on Thursday", "late last month") and the same stock of
 * topics (ceasefires, security guarantees, sanctions, territory).
 *
 * Constraints the analysis imposes on these lists:
 * - names and aliases are unique across actors (the alias matcher refuses an alias claimed twice);
 * - no first name or surname is a month or weekday (the date parser would read "June" as a date);
 * - no Markdown syntax (`*`, `_`, `[`, `#`, `<`, `&`, backticks): a block's plain text must equal
 *   the written paragraph, so event excerpts are found verbatim;
 * - quoted words contain no quotation marks of their own.
 */

// The word lists, by kind.
export * from './vocabulary/countries-and-organizations.ts';
export * from './vocabulary/people.ts';
export * from './vocabulary/sentences.ts';

// The analysis's own names, so the generator writes what the analysis reads.
export { MONTH_NAMES, WEEKDAY_NAMES } from '../../../src/analysis/lexicon/calendar-words.ts';

/** Past relative dates that need no calendar arithmetic to write. */
export const PAST_DATE_PHRASES: readonly string[] = [
  'last week',
  'earlier this month',
  'late last month',
  'this week',
  'two weeks ago',
  'three days ago',
  'yesterday',
  'last month',
  'earlier this week',
];

/** Future relative dates. */
export const FUTURE_DATE_PHRASES: readonly string[] = ['next week', 'later this month', 'early next week', 'next month'];
