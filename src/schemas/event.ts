import { z } from 'astro/zod';
import { isValidIsoDate } from '../lib/iso-date.ts';
import { DATE_PRECISIONS, isoDateSchema, todayAnywhere } from './dates.ts';
import { enumeration } from './enumeration.ts';

/**
 * Shortest excerpt accepted as an event's source, in characters (white space collapsed): a
 * shorter one ("a", "said") is found almost anywhere and proves nothing.
 */
export const MIN_EXCERPT_LENGTH = 12;

/** How far an event's date is known: a date precision, but never a week. */
export const eventPrecisionSchema = z.enum(DATE_PRECISIONS).exclude(['week']);
export type EventPrecision = z.infer<typeof eventPrecisionSchema>;

/**
 * Whether the event happened, and how we know (`EVENT_STATUSES`), each status in words for readers
 * ("took place", "called off"), not the data's codes.
 */
export const {
  codes: EVENT_STATUSES,
  schema: eventStatusSchema,
  labels: EVENT_STATUS_LABELS,
} = enumeration({
  held: 'took place',
  announced: 'announced, not held',
  planned: 'planned',
  cancelled: 'called off',
  reported: 'reported, not confirmed by the record',
});
export type EventStatus = (typeof EVENT_STATUSES)[number];

/** What happened to the event, in words: "took place", "called off". */
export function eventStatusWords(status: EventStatus): string {
  return EVENT_STATUS_LABELS[status];
}

/** The status worth saying beside a date in a list: none for an event that simply took place. */
export function eventStatusNote(status: EventStatus): string | null {
  return status === 'held' ? null : eventStatusWords(status);
}

/** What sort of happening an event is. */
export const EVENT_KINDS = [
  'talks',
  'summit',
  'meeting',
  'call',
  'statement',
  'interview',
  'attack',
  'invasion',
  'ceasefire',
  'sanctions',
  'plan',
  'election',
  'inauguration',
  'hearing',
] as const;
export type EventKind = (typeof EVENT_KINDS)[number];
export const eventKindSchema = z.enum(EVENT_KINDS);

/** The kind in words for readers, with a capital: "Talks", "Statement". */
export function eventKindWords(kind: EventKind): string {
  return `${kind.charAt(0).toUpperCase()}${kind.slice(1)}`;
}

/** One dated happening in `content/events/<slug>.yaml`. */
export const eventSchema = z
  .object({
    /** A short neutral title, e.g. "Rubio's talks in Paris". */
    title: z.string().min(1),
    /** When it happened (or was to happen): the first day, or the first day of the month/year. */
    date: isoDateSchema,
    /** How precisely `date` is known; a month-precision event is shown as "April 2025". */
    datePrecision: eventPrecisionSchema,
    /** Last day of an event lasting several days; never before `date`. */
    endDate: isoDateSchema.optional(),
    /** Whether it was held, only announced or planned, cancelled, or is known only from reports. */
    status: eventStatusSchema,
    /** What sort of happening it was. */
    kind: eventKindSchema,
    /** Where it took place, when the articles or the record say. */
    location: z.string().min(1).optional(),
    /** Slugs of the actors who took part. Each must exist in `content/actors/`. */
    actors: z.array(z.string().min(1)).min(1),
    /** Where the articles report it: each excerpt is verbatim text of that article's body. */
    sources: z
      .array(
        z
          .object({
            /** Slug of the article. */
            article: z.string().min(1),
            /**
             * Words copied exactly from the article's body that report the event: at least
             * `MIN_EXCERPT_LENGTH` characters, starting and ending on word boundaries.
             */
            excerpt: z.string().superRefine((excerpt, ctx) => {
              const length = excerpt.replace(/\s+/g, ' ').trim().length;
              if (length < MIN_EXCERPT_LENGTH) {
                ctx.addIssue({
                  code: 'custom',
                  message:
                    `${JSON.stringify(excerpt)} is ${length} character${length === 1 ? '' : 's'} long; ` +
                    `an excerpt needs at least ${MIN_EXCERPT_LENGTH}, enough to pick out the passage that reports the event`,
                });
              }
            }),
          })
          .strict(),
      )
      .min(1),
    /**
     * Quotes spoken at this event that the automatic link misses (a quote is linked automatically
     * when it shares a paragraph with one of the sources and its speaker took part): each names an
     * article and a verbatim excerpt of the quoted words.
     */
    quotes: z
      .array(
        z
          .object({
            /** Slug of the article the quote is in. */
            article: z.string().min(1),
            /** A verbatim excerpt of the quoted words, picking out one quote of that article. */
            quote: z.string().min(1),
          })
          .strict(),
      )
      .default([]),
    /** Two or three neutral sentences on what happened. */
    summary: z.string().min(1),
    /**
     * Where an article's wording and the checked record differ (e.g. "overnight Thursday" for the
     * night of 20–21 August), what each says; shown on the event page.
     */
    dateNote: z.string().min(1).optional(),
  })
  .strict()
  .superRefine((event, ctx) => {
    // Zod runs this even when a field failed above (an unquoted date is a Date here): check only
    // dates that are dates, the field's own error says the rest.
    const isDate = (value: unknown): value is string => typeof value === 'string' && isValidIsoDate(value);
    if (!isDate(event.date) || (event.endDate !== undefined && !isDate(event.endDate))) return;
    if (!eventPrecisionSchema.safeParse(event.datePrecision).success) return;
    for (const problem of eventDateProblems(event))
      ctx.addIssue({ code: 'custom', path: [problem.field], message: problem.message });
  });

export type EventData = z.infer<typeof eventSchema>;

/** The date fields of an event, as the consistency check reads them. */
export interface EventDates {
  date: string;
  datePrecision: EventPrecision;
  endDate?: string;
  status: string;
}

/**
 * Dates that contradict each other or the calendar, each with the field to fix:
 * - `date` must be the first day of its month (month precision) or year (year precision): a day
 *   in it would be a precision the event does not have, and pages would show one or the other;
 * - `endDate` needs day precision: an event known only to the month or year has no known last
 *   day, and a range from "2025" to "19 April 2025" means nothing;
 * - an event `held` cannot lie in the future (after today anywhere on Earth, `todayAnywhere`).
 */
export function eventDateProblems(
  event: EventDates,
  today: string = todayAnywhere(),
): Array<{ field: 'date' | 'endDate' | 'status'; message: string }> {
  const problems: Array<{ field: 'date' | 'endDate' | 'status'; message: string }> = [];
  const [year, month] = event.date.split('-');
  if (event.datePrecision === 'month' && !event.date.endsWith('-01')) {
    problems.push({
      field: 'date',
      message: `${event.date} names a day, but datePrecision is "month": write the first day of the month, "${year}-${month}-01", or set datePrecision: day`,
    });
  }
  if (event.datePrecision === 'year' && !event.date.endsWith('-01-01')) {
    problems.push({
      field: 'date',
      message: `${event.date} names a day, but datePrecision is "year": write the first day of the year, "${year}-01-01", or set datePrecision: day`,
    });
  }
  if (event.endDate !== undefined && event.datePrecision !== 'day') {
    problems.push({
      field: 'endDate',
      message:
        `an end date needs datePrecision: day (this event's is "${event.datePrecision}", so its last day is not known); ` +
        'remove endDate or give both dates to the day',
    });
  }
  const latest = event.endDate !== undefined && event.endDate > event.date ? event.endDate : event.date;
  if (event.status === 'held' && latest > today) {
    problems.push({
      field: 'status',
      message:
        `"held", but the event's ${latest === event.date ? 'date' : 'endDate'} ${latest} is in the future ` +
        `(today is ${today} at the latest); use "planned" or "announced", or correct the date`,
    });
  }
  return problems;
}
