/** Calendar arithmetic on ISO dates and the labels people read, in every time zone. */
import { spawnSync } from 'node:child_process';
import { describe, expect, test } from 'vitest';
import * as calendar from '../../../src/lib/calendar.ts';

const CALENDAR_MODULE = new URL('../../../src/lib/calendar.ts', import.meta.url);

describe('arithmetic', () => {
  test.each([
    ['2025-04-18', 1, '2025-04-19'],
    ['2025-04-30', 1, '2025-05-01'],
    ['2025-12-31', 1, '2026-01-01'],
    ['2024-03-01', -1, '2024-02-29'],
    ['2025-03-01', -1, '2025-02-28'],
    ['2025-03-01', 14, '2025-03-15'],
    ['2025-03-07', 3, '2025-03-10'],
    ['2025-04-18', 0, '2025-04-18'],
  ])('addDays(%s, %i) is %s', (date, days, expected) => {
    expect(calendar.addDays(date, days)).toBe(expected);
  });

  test.each([
    ['2025-04-01', -1, '2025-03-01'],
    ['2025-01-01', -1, '2024-12-01'],
    ['2025-12-01', 1, '2026-01-01'],
    ['2025-07-01', -6, '2025-01-01'],
    ['2025-04-01', 24, '2027-04-01'],
  ])('addMonths(%s, %i) is %s', (monthStart, months, expected) => {
    expect(calendar.addMonths(monthStart, months)).toBe(expected);
  });

  test.each([
    ['2025-04-21', 1],
    ['2025-04-18', 5],
    ['2025-04-19', 6],
    ['2025-04-20', 7],
    ['2024-02-29', 4],
  ])('isoWeekday(%s) is %i (Monday 1 … Sunday 7)', (date, weekday) => {
    expect(calendar.isoWeekday(date)).toBe(weekday);
  });

  test.each([
    ['2025-04-21', '2025-04-21'],
    ['2025-04-20', '2025-04-14'],
    ['2026-01-01', '2025-12-29'],
  ])('startOfIsoWeek(%s) is the Monday %s', (date, monday) => {
    expect(calendar.startOfIsoWeek(date)).toBe(monday);
  });

  test('startOfMonth gives the first day of the month', () => {
    expect(calendar.startOfMonth('2025-04-18')).toBe('2025-04-01');
  });

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

  test.each([
    ['2025-11-22', '2025-11-23', '22–23 November 2025'],
    ['2026-01-31', '2026-02-01', '31 January – 1 February 2026'],
    ['2025-12-31', '2026-01-01', '31 December 2025 – 1 January 2026'],
  ])('dayRangeLabel(%s, %s) is "%s"', (first, last, expected) => {
    expect(calendar.dayRangeLabel(first, last)).toBe(expected);
  });

  test.each([
    ['2025-04-18', '2025-W16'],
    ['2024-12-30', '2025-W01'],
    ['2021-01-01', '2020-W53'],
  ])('isoWeekOf(%s) is %s', (date, week) => {
    expect(calendar.isoWeekOf(date)).toBe(week);
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
  const run = (module: Record<string, (...args: (string | number)[]) => unknown>) =>
    calls.map(([fn, ...args]) => module[fn]!(...args));
  const here = run(calendar as unknown as Record<string, (...args: (string | number)[]) => unknown>);
  const childScript = `
    import { readFileSync } from 'node:fs';
    const calendar = await import(process.env.CALENDAR_MODULE);
    const calls = JSON.parse(readFileSync(0, 'utf8'));
    const offset = new Date(Date.UTC(2025, 0, 15)).getTimezoneOffset();
    process.stdout.write(JSON.stringify({ offset, results: calls.map(([fn, ...args]) => calendar[fn](...args)) }));
  `;

  // Offsets in minutes behind UTC on 15 January 2025, to show the zone really applied.
  test.each([
    ['America/Los_Angeles', 480],
    ['Pacific/Kiritimati', -840],
    ['America/Santiago', 180],
  ])('%s gives the same results', (zone, offset) => {
    const child = spawnSync(process.execPath, ['--input-type=module', '--eval', childScript], {
      input: JSON.stringify(calls),
      env: { ...process.env, TZ: zone, CALENDAR_MODULE: CALENDAR_MODULE.href },
      encoding: 'utf8',
    });
    expect(child.status, child.stderr).toBe(0);
    const output = JSON.parse(child.stdout) as { offset: number; results: unknown };
    expect(output.offset).toBe(offset);
    expect(output.results).toEqual(here);
  });
});
