/**
 * Words that make a capitalised phrase a thing, not a person: a law or an agreement ("the
 * Affordable Care Act"), an event ("World Cup", "Christmas"), a field of government ("Foreign
 * Affairs"), the web ("the Internet"), a day or a month ("Labor Day", "May"). Read with the place
 * words by the name finder (`attribution/names.ts`): a run with one of them is neither a person
 * nor a speaker.
 */
import { MONTH_NAMES, WEEKDAY_NAMES } from './calendar-words.ts';
import { wordList } from './word-list.ts';

/** Laws, agreements, events, holidays, fields of government and the web. */
export const THING_WORDS: readonly string[] = wordList(`
Accord
Accords
Act
Affairs
Agreement
Agriculture
Bill
Brexit
Christmas
Conference
COVID
Covid
Culture
Cup
Deal
Development
Easter
Education
Eid
Environment
Fisheries
Forum
Games
Housing
Internet
Law
Olympics
Pensions
Plan
Policy
Ramadan
Relations
Resources
Revolution
Rights
Science
Sciences
Security
Studies
Summit
Technology
Transport
Treaty
Veterans
War
Web
Welfare
`);

/** Units of the calendar, capitalised ("Labor Day", "Sunday Week"). */
export const CALENDAR_UNITS: readonly string[] = wordList(`
Day
Month
Week
Year
`);

/** The calendar words a name is never made of: its units and the names of the days and months. */
export const TIME_WORDS: readonly string[] = [...CALENDAR_UNITS, ...WEEKDAY_NAMES, ...MONTH_NAMES];
