import { z } from 'astro/zod';
import { isValidIsoDate } from '../lib/iso-date.ts';

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
    if (!isValidIsoDate(value)) {
      ctx.addIssue({ code: 'custom', message: `"${value}" is an impossible date` });
    }
  })
  .transform((value) => value as string);

/** The time zone furthest ahead of UTC (UTC+14, Kiribati), in milliseconds. */
const LATEST_OFFSET_MS = 14 * 60 * 60 * 1000;

/**
 * Today's date where it is latest on Earth (UTC+14), `YYYY-MM-DD`. A date after it is in the future
 * everywhere, whatever the machine's time zone, so checks against it never fire early.
 */
export function todayAnywhere(now: Date = new Date()): string {
  return new Date(now.getTime() + LATEST_OFFSET_MS).toISOString().slice(0, 10);
}
