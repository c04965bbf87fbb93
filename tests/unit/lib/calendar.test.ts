/** Calendar arithmetic on ISO dates and the labels people read, in every time zone. */
import { describe, expect, test } from 'vitest';
import * as calendar from '../../../src/lib/calendar.ts';
import { readFixture } from '../../helpers/fixture-cases.ts';
import { runInTimeZone, TIME_ZONES } from '../../helpers/time-zone.ts';

const CALENDAR_MODULE = new URL('../../../src/lib/calendar.ts', import.meta.url);

/** The module's functions by name, for calls written as data. */
const calendarFunctions = calendar as unknown as Record<string, (...args: (string | number)[]) => unknown>;

describe('calls and what they give (tests/fixtures/lib/calendar-calls.yaml)', () => {
  const callsByFunction = readFixture<Record<string, (string | number)[][]>>('lib/calendar-calls.yaml');
  const rows = Object.entries(callsByFunction).flatMap(([fn, calls]) =>
    calls.map((call) => [`${fn}(${call.slice(0, -1).join(', ')})`, call.at(-1), fn, call.slice(0, -1)] as const),
  );
  test.each(rows)('%s is %s', (_title, expected, fn, args) => {
    expect(calendarFunctions[fn]!(...args)).toBe(expected);
  });
});

describe('arithmetic', () => {
  test('isoDateOf pads year, month and day, and does not check the date', () => {
    expect([calendar.isoDateOf(2025, 4, 8), calendar.isoDateOf(50, 1, 1), calendar.isoDateOf(2025, 2, 30)]).toEqual([
      '2025-04-08',
      '0050-01-01',
      '2025-02-30',
    ]);
  });
});

describe('labels', () => {
  test('a day, a day of the month, a month, a year, a short day', () => {
    const date = '2025-04-08';
    expect([
      calendar.dayLabel(date),
      calendar.dayMonthLabel(date),
      calendar.monthLabel(date),
      calendar.yearLabel(date),
      calendar.shortDayLabel(date),
    ]).toEqual(['8 April 2025', '8 April', 'April 2025', '2025', '8 Apr 2025']);
  });
});

/**
 * The labels are printed by date-fns in the machine's time zone: each zone gets its own Node (TZ is
 * read when a process starts) and must print what this process prints, across DST changes too.
 */
describe('time zones', () => {
  // Daylight-saving changes in Europe, the US and Chile (where the clocks jump at midnight), a leap day, a new year.
  const dates = ['2025-03-09', '2025-03-30', '2025-09-07', '2025-10-26', '2025-11-02', '2024-02-29', '2025-12-31', '2014-09-07'];
  /** Each call as [function, ...arguments], run here and in each zone's own Node. */
  const calls: [keyof typeof calendar, ...(string | number)[]][] = dates.flatMap((date) => [
    ['addDays', date, 14],
    ['addMonths', `${date.slice(0, 7)}-01`, 1],
    ['startOfIsoWeek', date],
    ['dayLabel', date],
    ['dayMonthLabel', date],
    ['monthLabel', date],
    ['yearLabel', date],
    ['shortDayLabel', date],
    ['dayRangeLabel', date, calendar.addDays(date, 1)],
    ['isoWeekOf', date],
  ]);
  const here = calls.map(([fn, ...args]) => calendarFunctions[fn]!(...args));
  const apply = '(calendar, calls) => calls.map(([fn, ...args]) => calendar[fn](...args))';

  test.each(TIME_ZONES)('%s gives the same results', (zone, offset) => {
    const output = runInTimeZone(zone, CALENDAR_MODULE, apply, calls);
    expect(output.offset).toBe(offset);
    expect(output.results).toEqual(here);
  });
});
