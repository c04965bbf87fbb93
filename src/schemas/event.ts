import { z } from 'astro/zod';
import { isoDateSchema } from './dates.ts';

/** How far an event's date is known. */
export const eventPrecisionSchema = z.enum(['day', 'month', 'year']);

/** Whether the event happened, and how we know. */
export const eventStatusSchema = z.enum(['held', 'announced', 'planned', 'cancelled', 'reported']);

/** What sort of happening an event is. */
export const eventKindSchema = z.enum([
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
]);

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
            /** Words copied exactly from the article's body that report the event. */
            excerpt: z.string().min(1),
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
  .strict();

export type EventData = z.infer<typeof eventSchema>;
