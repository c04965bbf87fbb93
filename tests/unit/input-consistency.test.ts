/**
 * Issue 15, inconsistent facts: a date that contradicts its precision, an end date on an event
 * known only to the month or year, an excerpt too short to prove anything or matching only
 * inside longer words, an event "held" in the future (errors naming the file or field), and an
 * article dated after the build date (a warning).
 */
import { describe, expect, test } from 'vitest';
import {
  containsWholeWords,
  findExcerptBlock,
  futurePublicationWarnings,
  validateReferences,
  type EventForValidation,
} from '../../src/load/validate-references.ts';
import { isValidIsoDate } from '../../src/lib/iso-date.ts';
import { isCalendarDate, todayAnywhere } from '../../src/schemas/dates.ts';
import { eventDateProblems, eventSchema, MIN_EXCERPT_LENGTH } from '../../src/schemas/event.ts';

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

  test.each([
    ['Rubio said on Friday', 'Rubio said', true],
    ['Rubio said on Friday', 'ubio said on', false],
    ['Rubio said on Friday', 'said on Fri', false],
    ['Rubio said on Friday', 'Rubio said on Friday', true],
    ['He met Rubio. Rubio said so', 'Rubio said', true],
    ['Rubios said; Rubio said', 'Rubio said', true],
    ['“move on,” Rubio said', '“move on,”', true],
  ])('containsWholeWords(%j, %j) is %s', (text, excerpt, expected) => {
    expect(containsWholeWords(text, excerpt)).toBe(expected);
  });

  const blocks = [
    { id: 'p-1', text: 'Rubio met with Ukrainian officials in Paris on Thursday.', kind: 'paragraph' as const },
    { id: 'p-2', text: 'Rubio said the talks would go on.', kind: 'paragraph' as const },
  ];
  const targets = {
    actorSlugs: new Set(['marco-rubio']),
    articleBlocks: new Map([['rubio-walks-away', blocks]]),
    articleQuotes: new Map([['rubio-walks-away', []]]),
    mentionedActors: new Set(['marco-rubio']),
    actors: [],
    curatedSpeakers: [],
  };
  const event = (excerpt: string): EventForValidation => ({
    file: 'content/events/rubio-paris-talks.yaml',
    slug: 'rubio-paris-talks',
    date: '2025-04-17',
    actors: ['marco-rubio'],
    sources: [{ article: 'rubio-walks-away', excerpt }],
    quotes: [],
  });

  test('an excerpt found only inside longer words is an error naming the file and field', () => {
    expect(validateReferences([event('ubio met with Ukrainian officia')], targets).errors).toEqual([
      'content/events/rubio-paris-talks.yaml: sources[0].excerpt: "ubio met with Ukrainian officia" occurs in the body of "rubio-walks-away" only inside longer words; an excerpt starts and ends on word boundaries',
    ]);
  });

  test('a whole-word excerpt finds its paragraph, white space and Unicode form aside', () => {
    expect(findExcerptBlock(blocks, 'the talks\n  would go on')).toBe('p-2');
    expect(validateReferences([event('Ukrainian officials in Paris')], targets).errors).toEqual([]);
    expect(findExcerptBlock([{ id: 'p-1', text: 'Petrová said so.', kind: 'paragraph' }], 'Petrova\u0301 said so')).toBe('p-1');
  });
});

describe('an article dated after the build date', () => {
  test('is a warning naming the file and field', () => {
    expect(
      futurePublicationWarnings(
        [
          { file: 'content/articles/typo.md', published: '9999-12-31' },
          { file: 'content/articles/fine.md', published: '2025-04-18' },
        ],
        '2026-12-01',
      ),
    ).toEqual([
      'content/articles/typo.md: published.value: 9999-12-31 is after the build date (2026-12-01); dates in the text ("on Friday") are resolved against it, so check the year',
    ]);
  });
});
