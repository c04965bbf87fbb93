/**
 * Rules for expressions that name their date: a calendar date, a year, a month, a weekday. With
 * no year written, the news rule applies: the latest such day or month on or before publication,
 * unless "next"/"this coming" or a future clause reads it forward.
 */
import { addDays, dayLabel, dayMonthLabel, isoDateOf, isoWeekday, monthLabel, startOfMonth } from '../../lib/calendar.ts';
import { isValidIsoDate, type IsoDate } from '../../lib/iso-date.ts';
import { MONTH_NAMES, WEEKDAY_NAMES } from '../lexicon/calendar-words.ts';
import type { DateRule, MatchContext, Resolution } from './date-rule.ts';
import {
  bare,
  DAY_NUMBER,
  isCapitalized,
  lower,
  MONTH,
  MONTH_WITH_DAY,
  monthNumber,
  NAME_AFTER_WEEKDAY,
  NAME_BEFORE_WEEKDAY,
  WEEKDAY,
  weekdayNumber,
  YEAR,
} from './date-patterns.ts';
import { nearestMonth, nearestMonthDay } from './nearest-dates.ts';
import { forwardNote, modifierNote, nightLabel } from './reader-labels.ts';

/** "April 17, 2025", "on Tuesday, February 11, 2025", "September 15", "Feb. 1", "17 April", "1 Feb". */
export const calendarDateRule: DateRule = {
  pattern: new RegExp(
    `\\b(?:on\\s+|in\\s+)?(?:(?<weekday>${WEEKDAY}),?\\s+)?` +
      // month first ("February 1", "Feb. 1") or day first ("1 February")
      `(?:(?<month>${MONTH_WITH_DAY})\\s+(?<day>${DAY_NUMBER})|(?<dayFirst>${DAY_NUMBER})\\s+(?<monthAfter>${MONTH_WITH_DAY}))` +
      `(?:,?\\s+(?<year>${YEAR}))?\\b`,
    'gi',
  ),
  resolve(g, text, { published, futureCue }) {
    const monthName = g.month ?? g.monthAfter;
    if (!isCapitalized(monthName) || (g.weekday && !isCapitalized(g.weekday))) return null;
    const month = monthNumber(monthName!);
    const day = parseInt(g.day ?? g.dayFirst!, 10);
    const label = bare(text);
    if (g.year) {
      const date = isoDateOf(Number(g.year), month, day);
      return isValidIsoDate(date) ? { date, precision: 'day', explanation: `${label} → ${dayLabel(date)}, as written` } : null;
    }
    // Read forward the next such day may be in the next year ("will return on Feb. 1" in late January, or in December).
    const date = nearestMonthDay(month, day, published, futureCue ? 'forward' : 'back');
    if (!date) return null;
    const reason = futureCue
      ? `the first ${dayMonthLabel(date)} on or after publication (${dayLabel(published)})${forwardNote(futureCue)}`
      : `the latest ${dayMonthLabel(date)} on or before publication (${dayLabel(published)})`;
    return { date, precision: 'day', explanation: `${label} → ${dayLabel(date)}, ${reason}` };
  },
};

/** "in 2014", "in early 2026", "since … 2014" (the preposition is in the span only when it is "in"). */
export const yearRule: DateRule = {
  pattern: new RegExp(
    `(?:\\bin\\s+(?:(?<modifier>early|late|mid)(?:\\s+|-))?` +
      `|\\b(?<=\\b(?:since|from|until|by|before|after|during|through|of)\\s{1,9}))(?<year>${YEAR})\\b(?![-–/]\\d)`,
    'gi',
  ),
  resolve(g, text) {
    const explanation = `${bare(text)} → the year ${g.year}, as written${modifierNote(g.modifier, 'year')}`;
    return { date: `${g.year}-01-01`, precision: 'year', explanation };
  },
};

/** "in January", "in late March", "last August", "May 2024", "in February last year", "March this year". */
export const monthNameRule: DateRule = {
  pattern: new RegExp(
    `\\b(?<prep>in\\s+)?(?:(?<modifier>early|late|mid)(?:\\s+|-))?(?:(?<relation>last|next|this)\\s+)?(?<month>${MONTH})` +
      // a year written out, or named from the publication year ("February of last year")
      `(?:,?\\s+(?<year>${YEAR})|\\s+(?:of\\s+)?(?<yearRelation>last|this|next)\\s+year)?\\b`,
    'gi',
  ),
  resolve(g, text, context) {
    if (!isCapitalized(g.month)) return null;
    // "May" is also a verb: take it only with a word that makes it a month.
    if (g.month === 'May' && !g.prep && !g.modifier && !g.relation && !g.year && !g.yearRelation) return null;
    const month = monthNumber(g.month!);
    const label = bare(text);
    const note = modifierNote(g.modifier, 'month');
    if (g.year) {
      const date = isoDateOf(Number(g.year), month, 1);
      return { date, precision: 'month', explanation: `${label} → ${monthLabel(date)}, as written${note}` };
    }
    if (g.yearRelation) return monthOfNamedYear(month, lower(g.yearRelation), label, note, context.published);
    if (lower(g.relation) === 'this') return monthOfNamedYear(month, 'this', label, note, context.published);
    return nearestNamedMonth(month, lower(g.relation), label, note, context);
  },
};

/** "February last year", "March this year", "this March": the month in a year named from publication. */
function monthOfNamedYear(month: number, yearRelation: string, label: string, note: string, published: IsoDate): Resolution {
  const shift = { last: -1, this: 0, next: 1 }[yearRelation] ?? 0;
  const date = isoDateOf(Number(published.slice(0, 4)) + shift, month, 1);
  const year = ['of the year before publication', 'of the publication year', 'of the year after publication'][shift + 1];
  const reason = `the ${MONTH_NAMES[month - 1]} ${year} (${dayLabel(published)})`;
  return { date, precision: 'month', explanation: `${label} → ${monthLabel(date)}, ${reason}${note}` };
}

/** "in January", "last August", "next March": the nearest such month in the direction the words or the tense give. */
function nearestNamedMonth(month: number, relation: string, label: string, note: string, context: MatchContext): Resolution {
  const { published, futureCue } = context;
  const direction = relation === 'next' ? 'after' : relation === 'last' ? 'before' : futureCue ? 'from' : 'upTo';
  const date = nearestMonth(month, published, direction);
  const name = MONTH_NAMES[month - 1];
  const reason = {
    upTo: date === startOfMonth(published) ? 'the month of publication' : `the latest ${name} on or before publication`,
    from: date === startOfMonth(published) ? 'the month of publication' : `the first ${name} after publication`,
    before: `the latest ${name} before the month of publication`,
    after: `the first ${name} after the month of publication`,
  }[direction];
  const cue = direction === 'from' && date !== startOfMonth(published) ? forwardNote(futureCue) : '';
  const explanation = `${label} → ${monthLabel(date)}, ${reason} (${dayLabel(published)})${cue}${note}`;
  return { date, precision: 'month', explanation };
}

/** "on Friday", "Friday", "overnight Thursday", "early Friday morning", "Monday’s", "next Tuesday". */
export const weekdayRule: DateRule = {
  pattern: new RegExp(
    `\\b(?:(?<lead>on|early|late|overnight|last|next|this\\s+coming|this\\s+past|this)\\s+)?(?<weekday>${WEEKDAY})` +
      `(?:\\s+(?<part>morning|afternoon|evening|night))?\\b`,
    'gi',
  ),
  resolve(g, text, { published, futureCue, before, after }) {
    if (!isCapitalized(g.weekday)) return null;
    // Test the name words against what follows the weekday itself: "Night" in "Saturday Night Live" was taken as a part of day.
    const afterWeekday = text.slice(text.lastIndexOf(g.weekday!) + g.weekday!.length) + after;
    if (NAME_BEFORE_WEEKDAY.test(before) || NAME_AFTER_WEEKDAY.test(afterWeekday)) return null;
    const weekday = weekdayNumber(g.weekday!);
    const name = WEEKDAY_NAMES[weekday - 1]!;
    const lead = lower(g.lead);
    const offset = isoWeekday(published) - weekday; // days back to the same weekday this week
    let date: IsoDate;
    let reason: string;
    if (lead === 'last' || lead === 'this past') {
      date = addDays(published, -(offset > 0 ? offset : offset + 7));
      reason = `the ${name} before publication (${dayLabel(published)})`;
    } else if (lead === 'next' || lead === 'this coming') {
      date = addDays(published, offset < 0 ? -offset : 7 - offset);
      reason = `the first ${name} after publication (${dayLabel(published)})`;
    } else if (lead === 'this' || futureCue) {
      // The publication day's own weekday is the publication day, in the future tense too ("will meet on Monday", a Monday).
      date = addDays(published, offset <= 0 ? -offset : 7 - offset);
      reason =
        date === published
          ? `the publication date (a ${name})`
          : `the first ${name} after publication (${dayLabel(published)})${forwardNote(futureCue)}`;
    } else {
      date = addDays(published, -(offset >= 0 ? offset : offset + 7));
      reason =
        date === published ? `the publication date (a ${name})` : `the ${name} before publication (${dayLabel(published)})`;
    }
    const overnight =
      lead === 'overnight' ? `; “overnight” is read as the night into ${name}, ${nightLabel(addDays(date, -1), date)}` : '';
    return { date, precision: 'day', explanation: `${bare(text)} → ${dayLabel(date)}, ${reason}${overnight}` };
  },
};
