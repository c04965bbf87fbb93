import { z } from 'astro/zod';
// Subpaths: the package root loads every function of date-fns (≈2 s at each start).
import { format } from 'date-fns/format';
import { getISOWeek } from 'date-fns/getISOWeek';
import { getISOWeekYear } from 'date-fns/getISOWeekYear';

/**
 * How precisely a date is known: an event's `datePrecision` (day, month or year) and a date the
 * analysis resolved from the text ("last week" is a week). The date is then the first day of it.
 */
export const DATE_PRECISIONS = ['day', 'week', 'month', 'year'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

/**
 * A calendar date written as a quoted `YYYY-MM-DD` string that exists in the calendar.
 * YAML turns an unquoted date into a JavaScript Date and silently rolls impossible days over
 * (2025-02-30 becomes 2 March), so only strings are accepted.
 */
export const isoDateSchema = z
  .unknown()
  .superRefine((value, ctx) => {
    if (typeof value !== 'string') {
      ctx.addIssue({
        code: 'custom',
        message: `write the date as a quoted string "YYYY-MM-DD" (YAML would silently reinterpret an unquoted one)`,
      });
      return;
    }
    if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) {
      ctx.addIssue({ code: 'custom', message: `"${value}" is not a date in the form YYYY-MM-DD` });
      return;
    }
    if (!isCalendarDate(value)) {
      ctx.addIssue({ code: 'custom', message: `"${value}" is an impossible date` });
    }
  })
  .transform((value) => value as string);

/**
 * True when `value` is `YYYY-MM-DD` and names a day that exists (no 30 February). The schemas'
 * own check, as they import nothing else from src/; it accepts exactly what the analysis's
 * `isValidIsoDate` (src/lib/iso-date.ts) accepts.
 */
export function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const utc = new Date(Date.UTC(year, month - 1, day));
  return utc.getUTCFullYear() === year && utc.getUTCMonth() === month - 1 && utc.getUTCDate() === day;
}

/** The time zone furthest ahead of UTC (UTC+14, Kiribati), in milliseconds. */
const LATEST_OFFSET_MS = 14 * 60 * 60 * 1000;

/**
 * Today's date where it is latest on Earth (UTC+14), `YYYY-MM-DD`. A date after it is in the future
 * everywhere, whatever the machine's time zone, so checks against it never fire early.
 */
export function todayAnywhere(now: Date = new Date()): string {
  return new Date(now.getTime() + LATEST_OFFSET_MS).toISOString().slice(0, 10);
}

// How a date reads at its precision, for people and in `datetime` attributes: the labels of
// `DatePrecision`, kept with it (src/lib/ may not import it).

/**
 * A local-midnight Date for an ISO date. date-fns formats in local time, and a Date built from
 * year, month and day is that day in every time zone, so output never depends on the machine.
 */
function localDay(isoDate: string): Date {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  return new Date(year, month - 1, day);
}

/** An ISO date for people, at its precision: "18 April 2025", "week of 21 April 2025", "April 2025", "2014". */
export function formatDate(isoDate: string, precision: DatePrecision = 'day'): string {
  const day = localDay(isoDate);
  switch (precision) {
    case 'day':
      return format(day, 'd MMMM yyyy');
    case 'week':
      return `week of ${format(day, 'd MMMM yyyy')}`;
    case 'month':
      return format(day, 'MMMM yyyy');
    case 'year':
      return format(day, 'yyyy');
  }
}

/** A short form for lists: "18 Apr 2025". */
export function formatShortDate(isoDate: string): string {
  return format(localDay(isoDate), 'd MMM yyyy');
}

/** The `datetime` attribute for a date at its precision: `2025-04-18`, `2025-W17`, `2025-04`, `2025`. */
export function machineReadableDate(isoDate: string, precision: DatePrecision = 'day'): string {
  switch (precision) {
    case 'day':
      return isoDate;
    case 'week': {
      const day = localDay(isoDate);
      return `${getISOWeekYear(day)}-W${String(getISOWeek(day)).padStart(2, '0')}`;
    }
    case 'month':
      return isoDate.slice(0, 7);
    case 'year':
      return isoDate.slice(0, 4);
  }
}
