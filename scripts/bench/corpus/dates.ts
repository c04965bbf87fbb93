/**
 * Dates in the synthetic articles: arithmetic on ISO dates (in UTC, never the machine's time
 * zone) and the phrases the text dates things with, relative to the article's publication date,
 * as the real articles do ("on Thursday", "last week", "in March").
 */
import { isoDateToUtc, utcToIsoDate } from '../../../src/lib/iso-date.ts';
import type { EventPlan } from './model.ts';
import type { Random } from './random.ts';
import * as words from './vocabulary.ts';

/** The ISO date `days` days after `date` (before it, for a negative number). */
export function addDaysIso(date: string, days: number): string {
  const instant = isoDateToUtc(date);
  instant.setUTCDate(instant.getUTCDate() + days);
  return utcToIsoDate(instant);
}

/** 0 for Monday … 6 for Sunday, in UTC (never the machine's time zone). */
export function isoWeekday(date: string): number {
  return (isoDateToUtc(date).getUTCDay() + 6) % 7;
}

/** A past date as an article published on `published` may write it: a weekday, a phrase, a month, a day. */
export function pastDate(random: Random, published: string): string {
  const roll = random.next();
  if (roll < 0.45) return `on ${words.WEEKDAY_NAMES[isoWeekday(addDaysIso(published, -random.int(1, 6)))]!}`;
  if (roll < 0.8) return random.pick(words.PAST_DATE_PHRASES);
  if (roll < 0.9) return `in ${random.pick(words.MONTH_NAMES)}`;
  const date = addDaysIso(published, -random.int(7, 60));
  return `on ${words.MONTH_NAMES[Number(date.slice(5, 7)) - 1]!} ${Number(date.slice(8, 10))}`;
}

/** How an article dates an event it reports, relative to its own publication date. */
export function eventDatePhrase(event: EventPlan, published: string): string {
  const month = (date: string) => words.MONTH_NAMES[Number(date.slice(5, 7)) - 1]!;
  if (event.precision === 'month') return event.date <= published ? `in ${month(event.date)}` : 'next month';
  const days = Math.round((Date.parse(`${published}T00:00:00Z`) - Date.parse(`${event.date}T00:00:00Z`)) / 86_400_000);
  if (days < 0) return days >= -6 ? `next ${words.WEEKDAY_NAMES[isoWeekday(event.date)]!}` : 'next month';
  if (days <= 6) return `on ${words.WEEKDAY_NAMES[isoWeekday(event.date)]!}`;
  if (days <= 13) return 'last week';
  return `on ${month(event.date)} ${Number(event.date.slice(8, 10))}`;
}
