/**
 * Finds temporal expressions in article text and resolves them against the publication date.
 *
 * Why our own parser and not chrono-node: chrono-node 2.10.3, tried on the five articles,
 * resolves a bare weekday forward ("saying Monday" on Fri 18 Apr 2025 → 21 Apr; "Monday’s East
 * Room summit" → the Monday after publication), does not know "two weekends ago", "early next
 * week" or "in 2014", leaves "early"/"late"/"overnight" outside its spans, gives "last month" as
 * the instant 18 March with no precision, starts weeks on Sunday, and matches things that are not
 * dates here ("a day after", "past 24 hours", "48 hours later"). We would have to override almost
 * every result, so a few patterns with news rules (below) are smaller and easier to check.
 *
 * News rules: a reported event is in the past, so a bare weekday or month is the latest one on or
 * before publication; an explicit "next"/"this coming", or a clause in the future tense ("talks will be
 * held on Wednesday", "is due to meet", "airing Sunday"; see clause-tense.ts), reads it forward. Weeks
 * run Monday to Sunday. "The next day", "the same day" count from the last day named before them.
 *
 * Time zones: date-fns' add/startOf helpers read the machine's local calendar, so on a UTC-midnight
 * instant they drift a day west of UTC (addDays(1 Mar, 14) is 14 Mar in Los Angeles). All arithmetic
 * here is therefore done on UTC instants; date-fns only formats, from a wall-clock date.
 *
 * Cost: every rule is one pass of a regex without nested repetition over the block, and the context an
 * expression is read in (its clause, the words beside a weekday) is a bounded window, so a long
 * paragraph costs time in proportion to its length.
 */
import { format } from 'date-fns/format'; // the subpath: the package root loads every function (≈2 s)
import { isoDateToUtc, isValidIsoDate, utcToIsoDate, type IsoDate } from '../../lib/iso-date.ts';
import { clauseTense, type ClauseTense } from './clause-tense.ts';
import type { BodyBlock, ResolvedDate } from '../types.ts';

/** Finds the temporal expressions in `blocks` and resolves them against `published` (`YYYY-MM-DD`). */
export function resolveDates(blocks: BodyBlock[], published: IsoDate): ResolvedDate[] {
  if (!isValidIsoDate(published)) throw new Error(`resolveDates: "${published}" is not a YYYY-MM-DD date`);
  const found = blocks.flatMap((block) => findInText(block.text, published).map((one) => ({ block: block.id, ...one })));
  return dateFromPreviousDays(found);
}

type Resolution = Pick<ResolvedDate, 'date' | 'precision' | 'explanation'>;
/** "The next day", "the same day": so many days from the last day named before, known only in reading order. */
interface FromPreviousDay {
  daysFromPrevious: number;
}
type Span = Pick<ResolvedDate, 'start' | 'end' | 'text'>;
type Found = Span & (Resolution | FromPreviousDay);

interface MatchContext {
  published: IsoDate;
  /** The tense of the expression's clause, if its words show one. */
  tense: ClauseTense | null;
  /** The words that read the expression forward ("will be held", "airing"), if the clause is in the future. */
  futureCue: string | null;
  /** Up to CONTEXT_CHARS characters either side of the expression. */
  before: string;
  after: string;
}

interface DateRule {
  pattern: RegExp;
  resolve(groups: Record<string, string | undefined>, text: string, context: MatchContext): Resolution | FromPreviousDay | null;
}

const CONTEXT_CHARS = 200;
// Lookbehinds in the patterns come after a \b and allow a bounded gap ("\s{1,9}", not "\s+"): V8 may
// otherwise run them at every position and rescan a long run of spaces each time (quadratic time).

function findInText(text: string, published: IsoDate): Found[] {
  const candidates: Found[] = [];
  for (const rule of RULES) {
    for (const match of text.matchAll(rule.pattern)) {
      const start = match.index;
      const end = start + match[0].length;
      const tense = clauseTense(text, start, end);
      const context: MatchContext = {
        published,
        tense,
        futureCue: tense?.tense === 'future' ? tense.cue : null,
        before: text.slice(Math.max(0, start - CONTEXT_CHARS), start),
        after: text.slice(end, end + CONTEXT_CHARS),
      };
      const resolution = rule.resolve(match.groups ?? {}, match[0], context);
      if (resolution) candidates.push({ start, end, text: match[0], ...resolution });
    }
  }
  return longestWithoutOverlap(candidates, text.length);
}

/**
 * Several rules can match the same words ("on Tuesday" inside "on Tuesday, February 11, 2025"):
 * the longest expression wins. Taken characters are marked, so each check costs the span's length.
 */
function longestWithoutOverlap(candidates: Found[], length: number): Found[] {
  candidates.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const taken = new Uint8Array(length);
  const kept = candidates.filter((candidate) => {
    if (taken.subarray(candidate.start, candidate.end).includes(1)) return false;
    taken.fill(1, candidate.start, candidate.end);
    return true;
  });
  return kept.sort((a, b) => a.start - b.start);
}

/**
 * Dates "the next day", "the same day" … from the last day-precision date before them in reading
 * order, across blocks. With no such date they stay unresolved: guessing the publication day would
 * be a false claim.
 */
function dateFromPreviousDays(found: (Found & { block: string })[]): ResolvedDate[] {
  const resolved: ResolvedDate[] = [];
  let previousDay: ResolvedDate | undefined;
  for (const one of found) {
    const date = 'daysFromPrevious' in one ? countFromPreviousDay(one, previousDay) : one;
    if (!date) continue;
    resolved.push(date);
    if (date.precision === 'day') previousDay = date;
  }
  return resolved;
}

function countFromPreviousDay(
  { daysFromPrevious: days, ...span }: FromPreviousDay & Span & { block: string },
  previous: ResolvedDate | undefined,
): ResolvedDate | null {
  if (!previous) return null;
  const date = addDays(previous.date, days);
  const anchor = `the last date named before it (“${previous.text}”, ${dayLabel(previous.date)})`;
  const count = Math.abs(days) === 1 ? 'the day' : `${Math.abs(days)} days`;
  const how = days === 0 ? `the same day as ${anchor}` : `${count} ${days > 0 ? 'after' : 'before'} ${anchor}`;
  return { ...span, date, precision: 'day', explanation: `${span.text} → ${dayLabel(date)}, ${how}` };
}

// ---------------------------------------------------------------------------------------------
// Vocabulary. Patterns are case-insensitive ("On Friday", "Late last month"); weekday and month
// names must still be capitalised, which keeps out "may attend" and "a march".

/** English weekday names, Monday first. */
export const WEEKDAY_NAMES: readonly string[] = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
/** English month names, January first. */
export const MONTH_NAMES: readonly string[] = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const WEEKDAY = `(?:${WEEKDAY_NAMES.join('|')})`;
const MONTH = `(?:${MONTH_NAMES.join('|')})`;
/** A month beside a day number: full, or abbreviated with or without a full stop ("Feb. 1", "Sept 15", "1 Feb"). */
const MONTH_WITH_DAY = `(?:${MONTH}|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?)`;
const DAY_NUMBER = `\\d{1,2}(?:st|nd|rd|th)?(?!\\d)`;
const YEAR = `(?:19|20)\\d{2}(?!\\d)`;
const COUNTS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
};
const COUNT = `(?:\\d{1,2}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)`;
const ORDINALS = ['', 'last', 'second', 'third', 'fourth', 'fifth', 'sixth'];
/** What may follow "the day before"/"two days after" when it is not "… the vote": punctuation or the end. */
const NOTHING_AFTER = `(?=\\s*(?:[,.;:!?)—–]|$))`;

/** Words that make a weekday part of a name rather than a date ("Good Friday agreement", "The Sunday Times"). */
const NAME_BEFORE_WEEKDAY = /\b(?:Good|Black|Cyber|Bloody|Super|Ash|Palm|Holy|Maundy|Easter)\s+$/;
const NAME_AFTER_WEEKDAY = /^\s+(?:Times|Telegraph|Night\s+Live|Mail|Express|Mirror|Post|Herald|Sport)\b/;

const isCapitalized = (word: string | undefined): boolean => !!word && /^[A-Z]/.test(word);
const lower = (word: string | undefined): string => (word ?? '').toLowerCase().replace(/\s+/g, ' ');
const countOf = (word: string | undefined): number | undefined => (/^\d+$/.test(word ?? '') ? Number(word) : COUNTS[lower(word)]);
/** ISO month number (1–12) of a full or abbreviated English month name. */
const monthNumber = (name: string): number => MONTH_NAMES.findIndex((m) => m.slice(0, 3) === name.slice(0, 3)) + 1;
/** ", read forward because of “will be held”", when the clause's tense turned the reading. */
const forwardNote = (cue: string | null): string => (cue ? `, read forward because of “${cue}”` : '');

// ---------------------------------------------------------------------------------------------
// Rules, one per kind of expression.

/** "April 17, 2025", "on Tuesday, February 11, 2025", "September 15", "Feb. 1", "17 April", "1 Feb". */
const calendarDateRule: DateRule = {
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
      const date = isoDate(Number(g.year), month, day);
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
const yearRule: DateRule = {
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
const monthNameRule: DateRule = {
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
      const date = isoDate(Number(g.year), month, 1);
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
  const date = isoDate(Number(published.slice(0, 4)) + shift, month, 1);
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
const weekdayRule: DateRule = {
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
    const weekday = WEEKDAY_NAMES.indexOf(capitalize(g.weekday!)) + 1;
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

/** "early this morning", "yesterday", "today", "last night". */
const dayWordRule: DateRule = {
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
const agoRule: DateRule = {
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
    return shiftedPeriod(unit as Unit, -count, text, counted, undefined, published);
  },
};

/** "last month", "late last month", "earlier this month", "this week", "early next week", "next year". */
const relativePeriodRule: DateRule = {
  // "the last month", "the next year" are spans of time, not calendar periods.
  pattern: new RegExp(
    `\\b(?<!\\b(?:the|of)\\s{1,9})(?:(?<modifier>early|earlier|late|later)\\s+)?(?<relation>last|this\\s+past|this|next)\\s+` +
      `(?<unit>week|month|year)\\b`,
    'gi',
  ),
  resolve(g, text, { published }) {
    const relation = lower(g.relation);
    const unit = lower(g.unit) as Unit;
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
const weekendRule: DateRule = {
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
const sameDayRule: DateRule = {
  // "the same day as the vote" is dated by its own words, not by the last day named.
  pattern: /\b(?:(?:later|earlier)\s+(?:on\s+)?that|(?:on\s+)?(?:the|that)\s+same)\s+day\b(?!\s+(?:as|that|when|of)\b)/gi,
  resolve: () => ({ daysFromPrevious: 0 }),
};

/** "the next day", "the following morning", "the previous day", "the day before", "the day after". */
const adjacentDayRule: DateRule = {
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
const daysLaterRule: DateRule = {
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

const RULES: DateRule[] = [
  calendarDateRule,
  yearRule,
  monthNameRule,
  weekdayRule,
  dayWordRule,
  agoRule,
  relativePeriodRule,
  weekendRule,
  sameDayRule,
  adjacentDayRule,
  daysLaterRule,
];

type Unit = 'day' | 'weekend' | 'week' | 'month' | 'year';

/** The week, month or year `shift` units from the publication date's, with its explanation. */
function shiftedPeriod(
  unit: Unit,
  shift: number,
  text: string,
  reason: string,
  modifier: string | undefined,
  published: IsoDate,
): Resolution {
  const note = modifierNote(modifier, unit);
  if (unit === 'week') {
    const date = addDays(startOfWeek(published), 7 * shift);
    return { date, precision: 'week', explanation: `${text} → ${weekLabel(date)}, ${reason}${note}` };
  }
  if (unit === 'month') {
    const date = addMonths(startOfMonth(published), shift);
    return { date, precision: 'month', explanation: `${text} → ${monthLabel(date)}, ${reason}${note}` };
  }
  const year = isoDateToUtc(published).getUTCFullYear() + shift;
  return { date: `${year}-01-01`, precision: 'year', explanation: `${text} → ${year}, ${reason}${note}` };
}

/** Why "early"/"late" do not make the date more precise. */
function modifierNote(modifier: string | undefined, unit: Unit): string {
  if (!modifier) return '';
  const parts: Record<string, string> = {
    early: 'the start',
    earlier: 'an earlier part',
    late: 'the end',
    later: 'a later part',
    mid: 'the middle',
  };
  const part = parts[lower(modifier)];
  return `; “${lower(modifier)}” points to ${part} of the ${unit}, not to a day`;
}

/** The expression without a leading "on"/"in", as readers would name the date ("Friday"). */
const bare = (text: string): string => text.replace(/^(?:on|in)\s+/i, '');
const capitalize = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1).toLowerCase();

// ---------------------------------------------------------------------------------------------
// Calendar arithmetic on UTC instants (see the note at the top on why not date-fns' helpers).

const DAY_MS = 86_400_000;

const isoDate = (year: number, month: number, day: number): IsoDate =>
  `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;

const addDays = (date: IsoDate, days: number): IsoDate => utcToIsoDate(new Date(isoDateToUtc(date).getTime() + days * DAY_MS));

/** 1 for Monday … 7 for Sunday. */
const isoWeekday = (date: IsoDate): number => isoDateToUtc(date).getUTCDay() || 7;

const startOfWeek = (date: IsoDate): IsoDate => addDays(date, 1 - isoWeekday(date));

const startOfMonth = (date: IsoDate): IsoDate => `${date.slice(0, 7)}-01`;

function addMonths(monthStart: IsoDate, months: number): IsoDate {
  const utc = isoDateToUtc(monthStart);
  return utcToIsoDate(new Date(Date.UTC(utc.getUTCFullYear(), utc.getUTCMonth() + months, 1)));
}

/** The Saturday of the weekend of the publication week: the coming one, or the one under way on a Saturday or Sunday. */
const comingWeekend = (published: IsoDate): IsoDate => addDays(startOfWeek(published), 5);

/** The Saturday of the weekend a past-tense report means: the one under way on a Saturday or Sunday, else the one before. */
const pastWeekend = (published: IsoDate): IsoDate => addDays(comingWeekend(published), isoWeekday(published) >= 6 ? 0 : -7);

/** The Saturday of the latest weekend that began before the publication day. */
function lastWeekendBefore(published: IsoDate): IsoDate {
  const daysSinceSaturday = (isoWeekday(published) + 1) % 7; // Saturday 0, Sunday 1, Monday 2 …
  return addDays(published, -(daysSinceSaturday === 0 ? 7 : daysSinceSaturday));
}

/** First day of the month `month` nearest to publication in the given direction. */
function nearestMonth(month: number, published: IsoDate, direction: 'upTo' | 'from' | 'before' | 'after'): IsoDate {
  const year = Number(published.slice(0, 4));
  const current = Number(published.slice(5, 7));
  const sameYear = {
    upTo: month <= current,
    from: month >= current,
    before: month < current,
    after: month > current,
  }[direction];
  const forward = direction === 'from' || direction === 'after';
  return isoDate(sameYear ? year : forward ? year + 1 : year - 1, month, 1);
}

/** The nearest existing `month`/`day` on or before (or on or after) publication; 29 February may be years away. */
function nearestMonthDay(month: number, day: number, published: IsoDate, direction: 'back' | 'forward'): IsoDate | null {
  const step = direction === 'back' ? -1 : 1;
  for (let year = Number(published.slice(0, 4)), tries = 0; tries < 9; year += step, tries++) {
    const date = isoDate(year, month, day);
    if (isValidIsoDate(date) && (direction === 'back' ? date <= published : date >= published)) return date;
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// Labels for readers. date-fns formats in the machine's time zone, so it gets a wall-clock date
// built from the ISO fields (at noon, clear of any midnight DST jump) and prints the same everywhere.

function wallClock(date: IsoDate): Date {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Date(year, month - 1, day, 12);
}

const dayLabel = (date: IsoDate): string => format(wallClock(date), 'd MMMM yyyy');
const dayMonthLabel = (date: IsoDate): string => format(wallClock(date), 'd MMMM');
const monthLabel = (date: IsoDate): string => format(wallClock(date), 'MMMM yyyy');

/** "22–23 November 2025", "31 January – 1 February 2026", "31 December 2025 – 1 January 2026". */
function rangeLabel(first: IsoDate, last: IsoDate): string {
  if (first.slice(0, 7) === last.slice(0, 7)) return `${format(wallClock(first), 'd')}–${dayLabel(last)}`;
  if (first.slice(0, 4) === last.slice(0, 4)) return `${dayMonthLabel(first)} – ${dayLabel(last)}`;
  return `${dayLabel(first)} – ${dayLabel(last)}`;
}

const weekLabel = (monday: IsoDate): string => `the week of ${rangeLabel(monday, addDays(monday, 6))} (Monday to Sunday)`;
const weekendLabel = (saturday: IsoDate): string => `the weekend of ${rangeLabel(saturday, addDays(saturday, 1))}`;
const nightLabel = (evening: IsoDate, morning: IsoDate): string => rangeLabel(evening, morning);
