/**
 * Rules for expressions dated relative to publication ("yesterday", "three days ago", "last month",
 * "at the weekend") or to the last day named before them ("the next day", "two days later"; those
 * the resolution pass dates, in reading order). Weeks run Monday to Sunday.
 */
import { addDays, addMonths, dayLabel, isoWeekday, monthLabel, startOfIsoWeek, startOfMonth } from '../../lib/calendar.ts';
import { isoDateToUtc, type IsoDate } from '../../lib/iso-date.ts';
import type { DateRule, PeriodUnit, Resolution } from './date-rule.ts';
import { COUNT, countOf, lower, NOTHING_AFTER, ORDINALS, bare } from './date-patterns.ts';
import { comingWeekend, lastWeekendBefore, pastWeekend } from './nearest-dates.ts';
import { forwardNote, modifierNote, weekendLabel, weekLabel } from './reader-labels.ts';

/** "early this morning", "yesterday", "today", "last night". */
export const dayWordRule: DateRule = {
  pattern: new RegExp(
    `\\b(?:(?<modifier>early|earlier|late|later)\\s+)?` +
      `(?<word>today|tonight|yesterday|tomorrow|last\\s+night|this\\s+(?:morning|afternoon|evening))\\b`,
    'gi',
  ),
  resolve(g, text, { published }) {
    const word = lower(g.word);
    const shift = word === 'yesterday' || word === 'last night' ? -1 : word === 'tomorrow' ? 1 : 0;
    const date = addDays(published, shift);
    const reason = ['the day before publication', 'the publication date', 'the day after publication'][shift + 1];
    return { date, precision: 'day', explanation: `${bare(text)} → ${dayLabel(date)}, ${reason}` };
  },
};

/** "three days ago", "two weekends ago", "a fortnight ago", "a month ago". */
export const agoRule: DateRule = {
  pattern: new RegExp(`\\b(?<count>${COUNT})\\s+(?<unit>day|weekend|week|fortnight|month|year)s?\\s+ago\\b`, 'gi'),
  resolve(g, text, { published }) {
    const count = countOf(g.count);
    if (!count) return null;
    const unit = lower(g.unit);
    const counted = `${lower(g.count)} ${unit}${count === 1 ? '' : 's'} before publication (${dayLabel(published)})`;
    if (unit === 'day') {
      const date = addDays(published, -count);
      return { date, precision: 'day', explanation: `${text} → ${dayLabel(date)}, ${counted}` };
    }
    if (unit === 'weekend') {
      const date = addDays(lastWeekendBefore(published), -7 * (count - 1));
      const which = `the ${ORDINALS[count] ?? `${count}th`} weekend before publication (${dayLabel(published)})`;
      return { date, precision: 'week', explanation: `${text} → ${weekendLabel(date)}, ${which}` };
    }
    if (unit === 'fortnight') return shiftedPeriod('week', -2 * count, text, counted, undefined, published);
    return shiftedPeriod(unit as PeriodUnit, -count, text, counted, undefined, published);
  },
};

/** "last month", "late last month", "earlier this month", "this week", "early next week", "next year". */
export const relativePeriodRule: DateRule = {
  // "the last month", "the next year" are spans of time, not calendar periods.
  pattern: new RegExp(
    `\\b(?<!\\b(?:the|of)\\s{1,9})(?:(?<modifier>early|earlier|late|later)\\s+)?(?<relation>last|this\\s+past|this|next)\\s+` +
      `(?<unit>week|month|year)\\b`,
    'gi',
  ),
  resolve(g, text, { published }) {
    const relation = lower(g.relation);
    const unit = lower(g.unit) as PeriodUnit;
    if (relation === 'this past') return null; // "this past month" is a span of time, not a calendar month
    const shift = relation === 'last' ? -1 : relation === 'this' ? 0 : 1;
    const reason = [`the ${unit} before publication`, `the ${unit} of publication`, `the ${unit} after publication`][shift + 1]!;
    return shiftedPeriod(unit, shift, text, `${reason} (${dayLabel(published)})`, g.modifier, published);
  },
};

/**
 * "at the weekend", "over the weekend", "this weekend", "last weekend", "this past weekend", "next weekend".
 * The date is the Saturday and the precision 'week': the event may as well be on the Sunday.
 */
export const weekendRule: DateRule = {
  pattern: new RegExp(
    // "the last weekend" is the final one of something; "the weekend of 19 April" is dated by its own words.
    `\\b(?<!\\bthe\\s{1,9})(?:(?<preposition>at|over|on|during)\\s+the|(?<relation>last|this\\s+past|this\\s+coming|this|next))` +
      `\\s+weekend\\b(?!\\s+of\\b)`,
    'gi',
  ),
  resolve(g, text, { published, tense, futureCue }) {
    const relation = lower(g.relation);
    const on = (saturday: IsoDate, reason: string, note = ''): Resolution => ({
      date: saturday,
      precision: 'week',
      explanation: `${text} → ${weekendLabel(saturday)}, ${reason} (${dayLabel(published)})${note}`,
    });
    if (relation === 'last' || relation === 'this past') {
      return on(lastWeekendBefore(published), 'the last weekend before publication');
    }
    if (relation === 'next') return on(addDays(comingWeekend(published), 7), 'the weekend after the publication week');
    // "this weekend" reads forward unless the clause is past; "at/over the weekend", like any reported
    // event, reads back unless the clause is future.
    const forward = relation === 'this coming' || (relation === 'this' ? tense?.tense !== 'past' : tense?.tense === 'future');
    if (forward) {
      const saturday = comingWeekend(published);
      const reason = saturday <= published ? 'the weekend of publication' : 'the first weekend after publication';
      return on(saturday, reason, forwardNote(futureCue));
    }
    const saturday = pastWeekend(published);
    const reason =
      saturday <= published && published <= addDays(saturday, 1)
        ? 'the weekend of publication'
        : isoWeekday(published) === 1
          ? 'the weekend just before publication'
          : 'the last weekend before publication';
    return on(saturday, reason);
  },
};

/** "the same day", "that same day", "later that day": the last day named before. */
export const sameDayRule: DateRule = {
  // "the same day as the vote" is dated by its own words, not by the last day named.
  pattern: /\b(?:(?:later|earlier)\s+(?:on\s+)?that|(?:on\s+)?(?:the|that)\s+same)\s+day\b(?!\s+(?:as|that|when|of)\b)/gi,
  resolve: () => ({ daysFromPrevious: 0 }),
};

/** "the next day", "the following morning", "the previous day", "the day before", "the day after". */
export const adjacentDayRule: DateRule = {
  pattern: new RegExp(
    // "in the next day or two" is a span of time, and "the day after the vote" is dated by the vote.
    `\\b(?<!\\b(?:in|within|over|for|during)\\s{1,9})the\\s+` +
      `(?:(?<which>next|following|previous|preceding)\\s+(?:day|morning|afternoon|evening|night)\\b` +
      `(?!\\s+(?:or|after|of|when)\\b)` +
      `|day\\s+(?<beforeAfter>before|after)${NOTHING_AFTER})`,
    'gi',
  ),
  resolve(g) {
    const earlier = ['previous', 'preceding'].includes(lower(g.which)) || lower(g.beforeAfter) === 'before';
    return { daysFromPrevious: earlier ? -1 : 1 };
  },
};

/** "a day later", "two days earlier", "three days after,": counted from the last day named before. */
export const daysLaterRule: DateRule = {
  pattern: new RegExp(
    // "about two days later", "less than a day later" are not a day.
    `\\b(?<!\\b(?:than|about|around|some|nearly|almost|roughly|within|over|for)\\s{1,9})(?<count>${COUNT})\\s+days?\\s+` +
      `(?:(?<direction>later|afterwards|earlier)\\b(?!\\s+than\\b)|(?<beforeAfter>before|after)${NOTHING_AFTER})`,
    'gi',
  ),
  resolve(g) {
    const count = countOf(g.count);
    if (!count) return null;
    const earlier = lower(g.direction) === 'earlier' || lower(g.beforeAfter) === 'before';
    return { daysFromPrevious: earlier ? -count : count };
  },
};

/** The week, month or year `shift` units from the publication date's, with its explanation. */
function shiftedPeriod(
  unit: PeriodUnit,
  shift: number,
  text: string,
  reason: string,
  modifier: string | undefined,
  published: IsoDate,
): Resolution {
  const note = modifierNote(modifier, unit);
  if (unit === 'week') {
    const date = addDays(startOfIsoWeek(published), 7 * shift);
    return { date, precision: 'week', explanation: `${text} → ${weekLabel(date)}, ${reason}${note}` };
  }
  if (unit === 'month') {
    const date = addMonths(startOfMonth(published), shift);
    return { date, precision: 'month', explanation: `${text} → ${monthLabel(date)}, ${reason}${note}` };
  }
  const year = isoDateToUtc(published).getUTCFullYear() + shift;
  return { date: `${year}-01-01`, precision: 'year', explanation: `${text} → ${year}, ${reason}${note}` };
}
