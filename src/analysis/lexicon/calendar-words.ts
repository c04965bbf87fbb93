/**
 * The names of the months and weekdays in English: the one list of them. The date rules read
 * them in the text, the clause reader knows that a full stop after an abbreviation ("Feb.") ends
 * no clause, the name finder never takes them for a name (`thing-words.ts`), the timeline labels
 * its axis with the short forms and the benchmark corpus writes dates with them. Every other form
 * is derived here from the full names.
 */
import { wordList } from './word-list.ts';

/** English month names, January first. */
export const MONTH_NAMES: readonly string[] = wordList(`
January
February
March
April
May
June
July
August
September
October
November
December
`);

/** English weekday names, Monday first (weeks run Monday to Sunday, as ISO 8601 counts them). */
export const WEEKDAY_NAMES: readonly string[] = wordList(`
Monday
Tuesday
Wednesday
Thursday
Friday
Saturday
Sunday
`);

/** Three-letter month names, January first: "Jan" … "Sep" … "Dec" (the timeline's axis). */
export const MONTH_SHORT_NAMES: readonly string[] = MONTH_NAMES.map((name) => name.slice(0, 3));

/** Abbreviations also written with more than three letters ("Sept. 15"), by their three-letter form. */
const LONGER_ABBREVIATIONS: Readonly<Record<string, string>> = { Sep: 'Sept' };

/**
 * A month abbreviated as texts write it before a day or a full stop ("Feb. 1", "Sept 15"), January
 * first, a longer form before its three-letter one. May has none: its name is as short.
 */
export const MONTH_ABBREVIATIONS: readonly string[] = MONTH_SHORT_NAMES.flatMap((short, index) => {
  if (short === MONTH_NAMES[index]) return [];
  const longer = LONGER_ABBREVIATIONS[short];
  return longer ? [longer, short] : [short];
});
