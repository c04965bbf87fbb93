import { z } from 'astro/zod';
import { dayLabel, isoWeekOf, monthLabel, shortDayLabel, yearLabel } from '../lib/calendar.ts';
import { isValidIsoDate } from '../lib/iso-date.ts';

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

/** True when `value` is `YYYY-MM-DD` and names a day that exists (no 30 February): `isValidIsoDate` of src/lib/. */
export function isCalendarDate(value: string): boolean {
  return isValidIsoDate(value);
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
// `DatePrecision`, kept with it (src/lib/ may not import it). The labels themselves, the same in
// every time zone, are src/lib/calendar.ts's.

/** An ISO date for people, at its precision: "18 April 2025", "week of 21 April 2025", "April 2025", "2014". */
export function formatDate(isoDate: string, precision: DatePrecision = 'day'): string {
  switch (precision) {
    case 'day':
      return dayLabel(isoDate);
    case 'week':
      return `week of ${dayLabel(isoDate)}`;
    case 'month':
      return monthLabel(isoDate);
    case 'year':
      return yearLabel(isoDate);
  }
}

/** A short form for lists: "18 Apr 2025". */
export function formatShortDate(isoDate: string): string {
  return shortDayLabel(isoDate);
}

/** The `datetime` attribute for a date at its precision: `2025-04-18`, `2025-W17`, `2025-04`, `2025`. */
export function machineReadableDate(isoDate: string, precision: DatePrecision = 'day'): string {
  switch (precision) {
    case 'day':
      return isoDate;
    case 'week':
      return isoWeekOf(isoDate);
    case 'month':
      return isoDate.slice(0, 7);
    case 'year':
      return isoDate.slice(0, 4);
  }
}
