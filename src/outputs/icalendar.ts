import { withoutForbiddenControls } from '../lib/forbidden-controls.ts';
import { isoDateToUtc, utcDate, utcToIsoDate } from '../lib/iso-date.ts';
import type { EventPrecision } from '../schemas/event.ts';

/** What the calendar needs of an event. */
export interface CalendarEvent {
  slug: string;
  title: string;
  date: string;
  datePrecision: EventPrecision;
  endDate?: string;
  status: string;
  location?: string;
  summary: string;
  /** Absolute URL of the event's page; null when the site has no address (the URL property is then left out, as it must be absolute). */
  url: string | null;
}

/** Escapes a TEXT value (RFC 5545 §3.3.11), which may hold no control character but tab. */
function escapeText(value: string): string {
  return withoutForbiddenControls(value)
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** Folds a content line to 75 octets, continuation lines starting with a space (RFC 5545 §3.1). */
export function foldLine(line: string): string {
  const bytes = new TextEncoder();
  const parts: string[] = [];
  let current = '';
  for (const char of line) {
    const limit = parts.length === 0 ? 75 : 74;
    if (bytes.encode(current + char).length > limit) {
      parts.push(current);
      current = char;
    } else {
      current += char;
    }
  }
  parts.push(current);
  return parts.join('\r\n ');
}

const compact = (isoDate: string) => isoDate.replaceAll('-', '');

/** The day after the period an event covers: DTEND of an all-day event is exclusive. */
function exclusiveEnd(event: CalendarEvent): string {
  const start = isoDateToUtc(event.date);
  if (event.endDate) return utcToIsoDate(new Date(isoDateToUtc(event.endDate).getTime() + 86_400_000));
  if (event.datePrecision === 'year') return `${start.getUTCFullYear() + 1}-01-01`;
  if (event.datePrecision === 'month') return utcToIsoDate(utcDate(start.getUTCFullYear(), start.getUTCMonth() + 1, 1));
  return utcToIsoDate(new Date(start.getTime() + 86_400_000));
}

/**
 * The events as an iCalendar file of all-day events. An event known only to the month or year
 * spans that month or year and says so. `stamp` (DTSTAMP) is passed in so that the same content
 * always gives the same file.
 */
export function eventsToICalendar(events: CalendarEvent[], stamp: string): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Dossier//Events//EN',
    'CALSCALE:GREGORIAN',
    'X-WR-CALNAME:Dossier events',
  ];
  for (const event of events) {
    const precisionNote = event.datePrecision === 'day' ? '' : ` (date known only to the ${event.datePrecision})`;
    lines.push(
      'BEGIN:VEVENT',
      `UID:${event.slug}@dossier`,
      `DTSTAMP:${compact(stamp)}T000000Z`,
      `DTSTART;VALUE=DATE:${compact(event.date)}`,
      `DTEND;VALUE=DATE:${compact(exclusiveEnd(event))}`,
      `SUMMARY:${escapeText(event.title + precisionNote)}`,
      `DESCRIPTION:${escapeText(`${event.summary} Status: ${event.status}.`)}`,
      ...(event.location ? [`LOCATION:${escapeText(event.location)}`] : []),
      ...(event.url ? [`URL:${event.url}`] : []),
      `STATUS:${event.status === 'cancelled' ? 'CANCELLED' : event.status === 'held' ? 'CONFIRMED' : 'TENTATIVE'}`,
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
