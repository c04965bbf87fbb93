/**
 * The vocabulary the date rules' patterns are built from, and how a rule reads the words it
 * matched. Patterns are case-insensitive ("On Friday", "Late last month"); weekday and month
 * names must still be capitalised, which keeps out "may attend" and "a march".
 *
 * Lookbehinds in the patterns come after a \b and allow a bounded gap ("\s{1,9}", not "\s+"): V8 may
 * otherwise run them at every position and rescan a long run of spaces each time (quadratic time).
 */
import { MONTH_ABBREVIATIONS, MONTH_NAMES, WEEKDAY_NAMES } from '../lexicon/calendar-words.ts';
import { alternationOf } from '../lexicon/word-list.ts';

/** A weekday name. */
export const WEEKDAY = `(?:${alternationOf(WEEKDAY_NAMES)})`;
/** A month name, written in full. */
export const MONTH = `(?:${alternationOf(MONTH_NAMES)})`;
/** A month beside a day number: full, or abbreviated with or without a full stop ("Feb. 1", "Sept 15", "1 Feb"). */
export const MONTH_WITH_DAY = `(?:${MONTH}|(?:${alternationOf(MONTH_ABBREVIATIONS)})\\.?)`;
/** A day of the month, with or without its ordinal ending ("15", "1st"). */
export const DAY_NUMBER = `\\d{1,2}(?:st|nd|rd|th)?(?!\\d)`;
/** A year of the last century or this one. */
export const YEAR = `(?:19|20)\\d{2}(?!\\d)`;

/** Numbers written as words, as counts of days, weeks … ("two weekends ago", "a day later"). */
const COUNTS: Readonly<Record<string, number>> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
};
/** A count in figures or in words. */
export const COUNT = `(?:\\d{1,2}|${Object.keys(COUNTS).join('|')})`;
/** Ordinals of weekends counted back ("the second weekend before publication"); "last" for the first. */
export const ORDINALS: readonly string[] = ['', 'last', 'second', 'third', 'fourth', 'fifth', 'sixth'];
/** What may follow "the day before"/"two days after" when it is not "… the vote": punctuation or the end. */
export const NOTHING_AFTER = `(?=\\s*(?:[,.;:!?)—–]|$))`;

/** Words before a weekday that make it part of a name rather than a date ("Good Friday agreement"). */
export const NAME_BEFORE_WEEKDAY = /\b(?:Good|Black|Cyber|Bloody|Super|Ash|Palm|Holy|Maundy|Easter)\s+$/;
/** Words after a weekday that make it part of a name ("The Sunday Times", "Saturday Night Live"). */
export const NAME_AFTER_WEEKDAY = /^\s+(?:Times|Telegraph|Night\s+Live|Mail|Express|Mirror|Post|Herald|Sport)\b/;

/** True when the word is written with a capital. */
export const isCapitalized = (word: string | undefined): boolean => !!word && /^[A-Z]/.test(word);
/** The words in lower case, with single spaces ("This  Past" → "this past"). */
export const lower = (word: string | undefined): string => (word ?? '').toLowerCase().replace(/\s+/g, ' ');
/** "Friday" from "FRIDAY" or "friday". */
export const capitalize = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1).toLowerCase();
/** The number a count stands for ("12", "two", "a"), if it is one. */
export const countOf = (word: string | undefined): number | undefined =>
  /^\d+$/.test(word ?? '') ? Number(word) : COUNTS[lower(word)];
/** ISO month number (1–12) of a full or abbreviated English month name, as capitalised in the list. */
export const monthNumber = (name: string): number => MONTH_NAMES.findIndex((m) => m.slice(0, 3) === name.slice(0, 3)) + 1;
/** ISO weekday number (1 for Monday … 7 for Sunday) of an English weekday name, in any case. */
export const weekdayNumber = (name: string): number => WEEKDAY_NAMES.indexOf(capitalize(name)) + 1;
/** The expression without a leading "on"/"in", as readers would name the date ("Friday"). */
export const bare = (text: string): string => text.replace(/^(?:on|in)\s+/i, '');
