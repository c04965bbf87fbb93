/** The events as an iCalendar file (src/outputs/icalendar.ts), checked against RFC 5545. */
import { describe, expect, test } from 'vitest';
import { eventsToICalendar, foldLine, type CalendarEvent } from '../../../src/outputs/icalendar.ts';

describe('eventsToICalendar', () => {
  const base = { status: 'held', summary: 'Summary.', url: 'https://news.example.net/dossier/events/x/' };
  const events: CalendarEvent[] = [
    {
      ...base,
      slug: 'rubio-tarmac-remarks',
      title: 'Rubio’s remarks; “move on”, he said \\ in Paris',
      date: '2025-04-18',
      datePrecision: 'day',
      location: 'Paris, France',
    },
    {
      ...base,
      slug: 'russian-drone-attack-western-ukraine',
      title: 'Drone attack',
      date: '2025-08-20',
      endDate: '2025-08-21',
      datePrecision: 'day',
      status: 'reported',
    },
    {
      ...base,
      slug: 'budapest-summit',
      title: 'Budapest summit',
      date: '2025-10-01',
      datePrecision: 'month',
      status: 'cancelled',
    },
    { ...base, slug: 'december-thing', title: 'December', date: '2025-12-01', datePrecision: 'month', status: 'planned' },
    { ...base, slug: 'russian-invasion-of-ukraine-2014', title: 'Invasion', date: '2014-01-01', datePrecision: 'year' },
    {
      ...base,
      slug: 'long-summary',
      title: 'Long',
      date: '2025-12-02',
      datePrecision: 'day',
      summary:
        'Witkoff and Kushner met Putin in the Kremlin for about five hours; “no compromise version” of a peace ' +
        'settlement was found,\nUshakov said — the talks ended without a deal.',
    },
  ];
  const ics = eventsToICalendar(events, '2025-12-03');
  const physicalLines = ics.slice(0, -2).split('\r\n');
  /** Content lines after unfolding (RFC 5545 §3.1: CRLF followed by one space or tab is removed). */
  const contentLines = ics
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n')
    .slice(0, -1);
  /** The properties of the VEVENT with this UID. */
  function vevent(slug: string): Map<string, string> {
    const start = contentLines.indexOf(`UID:${slug}@dossier`);
    const end = contentLines.indexOf('END:VEVENT', start);
    return new Map(
      contentLines.slice(start, end).map((line) => [line.slice(0, line.indexOf(':')), line.slice(line.indexOf(':') + 1)]),
    );
  }

  test('ends every line with CRLF and has no bare LF or CR', () => {
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  test('folds no line beyond 75 octets, and folding is undone by unfolding', () => {
    const encoder = new TextEncoder();
    for (const line of physicalLines) expect(encoder.encode(line).length, line).toBeLessThanOrEqual(75);
    expect(physicalLines.length).toBeGreaterThan(contentLines.length);
    expect(vevent('long-summary').get('DESCRIPTION')).toBe(
      'Witkoff and Kushner met Putin in the Kremlin for about five hours\\; “no compromise version” of a peace ' +
        'settlement was found\\,\\nUshakov said — the talks ended without a deal. Status: held.',
    );
  });

  test('foldLine keeps a 75-octet line whole and never splits a character', () => {
    expect(foldLine('x'.repeat(75))).toBe('x'.repeat(75));
    expect(foldLine('x'.repeat(76))).toBe(`${'x'.repeat(75)}\r\n x`);
    // “ is 3 octets: 74 + 3 > 75, so it moves to the next line whole.
    expect(foldLine(`${'x'.repeat(74)}“y`)).toBe(`${'x'.repeat(74)}\r\n “y`);
  });

  test('wraps the events in one VCALENDAR with one VEVENT each', () => {
    expect(contentLines[0]).toBe('BEGIN:VCALENDAR');
    expect(contentLines).toContain('VERSION:2.0');
    expect(contentLines.at(-1)).toBe('END:VCALENDAR');
    expect(contentLines.filter((line) => line === 'BEGIN:VEVENT')).toHaveLength(events.length);
    expect(contentLines.filter((line) => line === 'END:VEVENT')).toHaveLength(events.length);
  });

  test('escapes backslash, semicolon and comma in TEXT values', () => {
    const tarmac = vevent('rubio-tarmac-remarks');
    expect(tarmac.get('SUMMARY')).toBe('Rubio’s remarks\\; “move on”\\, he said \\\\ in Paris');
    expect(tarmac.get('LOCATION')).toBe('Paris\\, France');
    expect(tarmac.get('URL')).toBe('https://news.example.net/dossier/events/x/');
  });

  test.each(
    [
      {
        slug: 'rubio-tarmac-remarks',
        start: '20250418',
        end: '20250419',
        status: 'CONFIRMED',
        shows: 'a day: DTEND is the next day (exclusive)',
      },
      {
        slug: 'russian-drone-attack-western-ukraine',
        start: '20250820',
        end: '20250822',
        status: 'TENTATIVE',
        shows: 'a day with an end date: DTEND the day after it',
      },
      { slug: 'budapest-summit', start: '20251001', end: '20251101', status: 'CANCELLED', shows: 'a month: the whole month' },
      { slug: 'december-thing', start: '20251201', end: '20260101', status: 'TENTATIVE', shows: 'December: into the next year' },
      {
        slug: 'russian-invasion-of-ukraine-2014',
        start: '20140101',
        end: '20150101',
        status: 'CONFIRMED',
        shows: 'a year: the whole year',
      },
    ].map((row) => [row.shows, row] as const),
  )('%s', (_shows, { slug, start, end, status }) => {
    const properties = vevent(slug);
    expect(properties.get('DTSTART;VALUE=DATE')).toBe(start);
    expect(properties.get('DTEND;VALUE=DATE')).toBe(end);
    expect(properties.get('STATUS')).toBe(status);
    expect(properties.get('DTSTAMP')).toBe('20251203T000000Z');
  });

  test('says when a date is known only to the month or year', () => {
    expect(vevent('budapest-summit').get('SUMMARY')).toBe('Budapest summit (date known only to the month)');
    expect(vevent('russian-invasion-of-ukraine-2014').get('SUMMARY')).toBe('Invasion (date known only to the year)');
    expect(vevent('rubio-tarmac-remarks').has('LOCATION')).toBe(true);
    expect(vevent('budapest-summit').has('LOCATION')).toBe(false);
  });

  test('the same events and stamp give the same file', () => {
    expect(eventsToICalendar(events, '2025-12-03')).toBe(ics);
  });

  test('an event with no address (a site built without SITE) has no URL property, which must be absolute', () => {
    const withoutUrl = eventsToICalendar([{ ...events[0]!, url: null }], '2025-12-03');
    expect(withoutUrl).not.toMatch(/^URL:/m);
    expect(withoutUrl).toContain('UID:rubio-tarmac-remarks@dossier');
  });
});
