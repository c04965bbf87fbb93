import { format, getISOWeek, getISOWeekYear } from 'date-fns';

/**
 * How precisely a date is known (the analysis's `DatePrecision`, src/analysis/types.ts), spelt out
 * here because src/lib/ imports nothing else from src/.
 */
export type DatePrecision = 'day' | 'week' | 'month' | 'year';

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
