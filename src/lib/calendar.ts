/**
 * Calendar arithmetic on ISO dates (`YYYY-MM-DD`), and how a date reads for people.
 *
 * Time zones: date-fns' add/startOf helpers read the machine's local calendar, so on a UTC-midnight
 * instant they drift a day west of UTC (addDays(1 Mar, 14) is 14 Mar in Los Angeles). All arithmetic
 * here is therefore done on UTC instants; date-fns only formats, from a wall-clock date built from
 * the ISO fields, which prints the same in every time zone.
 */
// Subpaths: the package root loads every function of date-fns (≈2 s at each start).
import { format } from 'date-fns/format';
import { getISOWeek } from 'date-fns/getISOWeek';
import { getISOWeekYear } from 'date-fns/getISOWeekYear';
import { isoDateToUtc, utcDate, utcToIsoDate, type IsoDate } from './iso-date.ts';

const DAY_MS = 86_400_000;

/** The ISO date of a year, a month (1–12) and a day, zero-padded; not checked (see `isValidIsoDate`). */
export const isoDateOf = (year: number, month: number, day: number): IsoDate =>
  `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;

/** The ISO date `days` days after `date` (before it, for a negative number). */
export const addDays = (date: IsoDate, days: number): IsoDate =>
  utcToIsoDate(new Date(isoDateToUtc(date).getTime() + days * DAY_MS));

/** The first day of the month `months` months after the month that starts on `monthStart`. */
export function addMonths(monthStart: IsoDate, months: number): IsoDate {
  const utc = isoDateToUtc(monthStart);
  return utcToIsoDate(utcDate(utc.getUTCFullYear(), utc.getUTCMonth() + months, 1));
}

/** The ISO weekday of a date: 1 for Monday … 7 for Sunday. */
export const isoWeekday = (date: IsoDate): number => isoDateToUtc(date).getUTCDay() || 7;

/** The Monday of the date's week (weeks run Monday to Sunday). */
export const startOfIsoWeek = (date: IsoDate): IsoDate => addDays(date, 1 - isoWeekday(date));

/** The first day of the date's month. */
export const startOfMonth = (date: IsoDate): IsoDate => `${date.slice(0, 7)}-01`;

// ---------------------------------------------------------------------------------------------
// Labels for people. date-fns formats in the machine's time zone, so it gets a wall-clock date
// built from the ISO fields (at noon, clear of any midnight DST jump): that day in every time zone.

function wallClock(date: IsoDate): Date {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Date(year, month - 1, day, 12);
}

/** "18 April 2025". */
export const dayLabel = (date: IsoDate): string => format(wallClock(date), 'd MMMM yyyy');

/** "18 April", for a day whose year is clear from the context. */
export const dayMonthLabel = (date: IsoDate): string => format(wallClock(date), 'd MMMM');

/** "April 2025". */
export const monthLabel = (date: IsoDate): string => format(wallClock(date), 'MMMM yyyy');

/** "2014". */
export const yearLabel = (date: IsoDate): string => format(wallClock(date), 'yyyy');

/** A short form for lists: "18 Apr 2025". */
export const shortDayLabel = (date: IsoDate): string => format(wallClock(date), 'd MMM yyyy');

/** "22–23 November 2025", "31 January – 1 February 2026", "31 December 2025 – 1 January 2026". */
export function dayRangeLabel(first: IsoDate, last: IsoDate): string {
  if (first.slice(0, 7) === last.slice(0, 7)) return `${format(wallClock(first), 'd')}–${dayLabel(last)}`;
  if (first.slice(0, 4) === last.slice(0, 4)) return `${dayMonthLabel(first)} – ${dayLabel(last)}`;
  return `${dayLabel(first)} – ${dayLabel(last)}`;
}

/** The ISO week a date falls in, as HTML's `datetime` writes it: `2025-W17` (its year may not be the date's). */
export function isoWeekOf(date: IsoDate): string {
  const day = wallClock(date);
  return `${getISOWeekYear(day)}-W${String(getISOWeek(day)).padStart(2, '0')}`;
}
