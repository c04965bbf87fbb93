/**
 * The event schema (src/schemas/event.ts) on inconsistent facts (issue 15): a date that
 * contradicts its precision, an end date on an event known only to the month or year, an excerpt
 * too short to prove anything, an event "held" in the future; each an error naming the field.
 */
import { describe, expect, test } from 'vitest';
import { isValidIsoDate } from '../../../src/lib/iso-date.ts';
import { isCalendarDate, todayAnywhere } from '../../../src/schemas/dates.ts';
import { eventDateProblems, eventSchema, MIN_EXCERPT_LENGTH } from '../../../src/schemas/event.ts';

const EVENT = {
  title: 'Rubio’s talks in Paris',
  date: '2025-04-17',
  datePrecision: 'day',
  status: 'held',
  kind: 'talks',
  actors: ['marco-rubio'],
  sources: [{ article: 'rubio-walks-away', excerpt: 'met with Ukrainian officials' }],
  summary: 'Rubio met European and Ukrainian officials in Paris.',
};

/** The schema's messages for an event, as `field: message`. */
function issues(event: Record<string, unknown>): string[] {
  const result = eventSchema.safeParse({ ...EVENT, ...event });
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('event dates agree with their precision', () => {
  test('the real-looking event passes', () => {
    expect(issues({})).toEqual([]);
  });

  test.each([
    [
      { datePrecision: 'month', date: '2025-04-19' },
      [
        'date: 2025-04-19 names a day, but datePrecision is "month": write the first day of the month, "2025-04-01", or set datePrecision: day',
      ],
    ],
    [
      { datePrecision: 'year', date: '2025-04-19' },
      [
        'date: 2025-04-19 names a day, but datePrecision is "year": write the first day of the year, "2025-01-01", or set datePrecision: day',
      ],
    ],
    [
      { datePrecision: 'year', date: '2025-04-01' },
      [
        'date: 2025-04-01 names a day, but datePrecision is "year": write the first day of the year, "2025-01-01", or set datePrecision: day',
      ],
    ],
    [
      { datePrecision: 'year', date: '2025-01-01', endDate: '2025-04-19' },
      [
        'endDate: an end date needs datePrecision: day (this event\'s is "year", so its last day is not known); remove endDate or give both dates to the day',
      ],
    ],
    [
      { datePrecision: 'year', date: '2025-04-19', endDate: '2025-04-19' },
      [
        'date: 2025-04-19 names a day, but datePrecision is "year": write the first day of the year, "2025-01-01", or set datePrecision: day',
        'endDate: an end date needs datePrecision: day (this event\'s is "year", so its last day is not known); remove endDate or give both dates to the day',
      ],
    ],
  ])('%j', (event, expected) => {
    expect(issues(event)).toEqual(expected);
  });

  test.each([
    [
      { date: new Date('2025-04-19') },
      ['date: write the date as a quoted string "YYYY-MM-DD" (YAML would silently reinterpret an unquoted one)'],
    ],
    [
      { endDate: 20250419, datePrecision: 'year' },
      ['endDate: write the date as a quoted string "YYYY-MM-DD" (YAML would silently reinterpret an unquoted one)'],
    ],
    [{ datePrecision: 'week', endDate: '2025-04-19' }, ['datePrecision: Invalid option: expected one of "day"|"month"|"year"']],
    [
      { sources: [{ article: 'rubio-walks-away', excerpt: 42 }] },
      ['sources.0.excerpt: Invalid input: expected string, received number'],
    ],
  ])('a field that is wrong itself gets its own message only: %j', (event, expected) => {
    expect(issues(event)).toEqual(expected);
  });

  test.each([
    { datePrecision: 'month', date: '2025-04-01' },
    { datePrecision: 'year', date: '2014-01-01' },
    { datePrecision: 'day', date: '2025-08-20', endDate: '2025-08-21' },
  ])('accepts %j', (event) => {
    expect(issues(event)).toEqual([]);
  });

  test('a day the calendar does not have is refused', () => {
    expect(issues({ date: '2025-02-30' })).toEqual(['date: "2025-02-30" is an impossible date']);
  });

  test.each(['2025-02-30', '2025-02-29', '2024-02-29', '2025-04-31', '2025-13-01', '2025-00-10', '0050-01-01', '2025-4-19'])(
    'the schemas accept exactly the dates the analysis accepts: %s',
    (value) => {
      expect(isCalendarDate(value)).toBe(isValidIsoDate(value));
    },
  );
});

describe('an event held in the future', () => {
  test('is an error on status, naming the date', () => {
    expect(eventDateProblems({ date: '2026-12-02', datePrecision: 'day', status: 'held' }, '2026-12-01')).toEqual([
      {
        field: 'status',
        message:
          '"held", but the event\'s date 2026-12-02 is in the future (today is 2026-12-01 at the latest); use "planned" or "announced", or correct the date',
      },
    ]);
  });

  test('counts the end date', () => {
    expect(
      eventDateProblems({ date: '2026-11-30', endDate: '2026-12-02', datePrecision: 'day', status: 'held' }, '2026-12-01')[0]
        ?.message,
    ).toContain("the event's endDate 2026-12-02 is in the future");
  });

  test('is fine when planned, or held today', () => {
    expect(eventDateProblems({ date: '2026-12-02', datePrecision: 'day', status: 'planned' }, '2026-12-01')).toEqual([]);
    expect(eventDateProblems({ date: '2026-12-01', datePrecision: 'day', status: 'held' }, '2026-12-01')).toEqual([]);
  });

  test('through the schema, with today’s date', () => {
    expect(issues({ date: '9999-12-31' })).toEqual([
      expect.stringMatching(/^status: "held", but the event's date 9999-12-31 is in the future/),
    ]);
  });

  test('todayAnywhere is the date where it is latest (UTC+14), whatever the machine’s time zone', () => {
    expect(todayAnywhere(new Date('2026-12-01T09:59:59Z'))).toBe('2026-12-01');
    expect(todayAnywhere(new Date('2026-12-01T10:00:00Z'))).toBe('2026-12-02');
  });
});

describe('excerpts', () => {
  test.each([
    [
      'a',
      'sources.0.excerpt: "a" is 1 character long; an excerpt needs at least 12, enough to pick out the passage that reports the event',
    ],
    [
      'in Paris',
      'sources.0.excerpt: "in Paris" is 8 characters long; an excerpt needs at least 12, enough to pick out the passage that reports the event',
    ],
    [
      'in  \n Paris',
      'sources.0.excerpt: "in  \\n Paris" is 8 characters long; an excerpt needs at least 12, enough to pick out the passage that reports the event',
    ],
  ])('refuses the short excerpt %j', (excerpt, message) => {
    expect(issues({ sources: [{ article: 'rubio-walks-away', excerpt }] })).toEqual([message]);
  });

  test(`accepts an excerpt of ${MIN_EXCERPT_LENGTH} characters, white space collapsed`, () => {
    expect(issues({ sources: [{ article: 'rubio-walks-away', excerpt: 'said  on\nFriday' }] })).toEqual([]);
  });
});
