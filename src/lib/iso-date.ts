/** A calendar date as `YYYY-MM-DD`; the only date form stored in content and exports. */
export type IsoDate = string;

/**
 * True when `value` is `YYYY-MM-DD` and names a day that exists (no 30 February). The schemas,
 * which import nothing from here, have the same check (`isCalendarDate`, src/schemas/dates.ts).
 */
export function isValidIsoDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const utc = utcDate(year, month - 1, day);
  return utc.getUTCFullYear() === year && utc.getUTCMonth() === month - 1 && utc.getUTCDate() === day;
}

/**
 * The UTC-midnight instant of an ISO date. All date arithmetic happens in UTC so that results
 * never depend on the machine's time zone.
 */
export function isoDateToUtc(value: IsoDate): Date {
  const [year, month, day] = value.split('-').map(Number) as [number, number, number];
  return utcDate(year, month - 1, day);
}

/**
 * The UTC midnight of a calendar day (`month` 0-based, overflowing into the next months as
 * `Date.UTC` does). Unlike `Date.UTC`, a year from 0 to 99 is that year, not 1900–1999: the
 * date 0050-01-01 is a possible date, not an impossible one.
 */
export function utcDate(year: number, month: number, day: number): Date {
  const date = new Date(0);
  date.setUTCFullYear(year, month, day);
  return date;
}

/** The ISO date of a UTC instant. */
export function utcToIsoDate(date: Date): IsoDate {
  return date.toISOString().slice(0, 10);
}
