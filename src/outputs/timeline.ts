import { isoDateToUtc } from '../lib/iso-date.ts';
import { stackColumn } from '../lib/strip-stack.ts';
import { MONTH_SHORT_NAMES as MONTHS_SHORT } from '../analysis/lexicon/calendar-words.ts';
import type { EventPrecision } from '../schemas/event.ts';
import { isSpokenQuote, type QuoteKind } from '../schemas/quote.ts';

/** What the timeline needs of an event. */
export interface TimelineEvent {
  slug: string;
  date: string;
  datePrecision: EventPrecision;
}

/** What the timeline needs of an article: its publication date is a coverage marker. */
export interface TimelineArticle {
  slug: string;
  publishedAt: string;
}

/**
 * One entry of the timeline: an event, an article's publication (a coverage marker), or, on a day
 * with more articles than the timeline lists, how many more were published that day.
 */
export type TimelineEntry<E, A> =
  | { type: 'event'; date: string; item: E }
  | { type: 'coverage'; date: string; item: A }
  | { type: 'more-coverage'; date: string; count: number };

/** A month of the timeline, with its entries in date order. */
export interface TimelineMonth<E, A> {
  /** `YYYY-MM`; for an event known only to the year, `YYYY-00` (shown as the year). */
  key: string;
  entries: Array<TimelineEntry<E, A>>;
}

/** A year of the timeline. */
export interface TimelineYear<E, A> {
  year: string;
  months: Array<TimelineMonth<E, A>>;
}

/**
 * Articles the timeline lists for one day; the rest of that day's are counted in one entry, so a
 * busy day of a large archive stays a few lines.
 */
export const COVERAGE_PER_DAY = 5;

/**
 * Events and publication markers in date order. Within a day, coverage comes after the events
 * (an article reports what happened that day); events known only to the year or month come
 * before the dated ones of that year or month. A day lists at most `perDay` articles, then
 * counts the others.
 */
export function timelineEntries<E extends TimelineEvent, A extends TimelineArticle>(
  events: E[],
  articles: A[],
  perDay: number = COVERAGE_PER_DAY,
): Array<TimelineEntry<E, A>> {
  const byDay = new Map<string, A[]>();
  for (const article of articles) {
    const day = byDay.get(article.publishedAt);
    if (day) day.push(article);
    else byDay.set(article.publishedAt, [article]);
  }
  const coverage: Array<TimelineEntry<E, A> & { order: string }> = [];
  for (const [date, day] of byDay) {
    day.sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
    for (const item of day.slice(0, perDay)) coverage.push({ type: 'coverage', date, item, order: `${date} 1 ${item.slug}` });
    if (day.length > perDay) coverage.push({ type: 'more-coverage', date, count: day.length - perDay, order: `${date} 2` });
  }
  const entries: Array<TimelineEntry<E, A> & { order: string }> = [
    ...events.map((item) => ({
      type: 'event' as const,
      date: item.date,
      item,
      order: `${sortKey(item.date, item.datePrecision)} 0 ${item.slug}`,
    })),
    ...coverage,
  ].sort((a, b) => (a.order < b.order ? -1 : a.order > b.order ? 1 : 0));
  return entries.map(({ order: _order, ...entry }) => entry as TimelineEntry<E, A>);
}

/** Entries in date order, grouped by year and month. */
export function groupEntries<E extends TimelineEvent, A>(entries: ReadonlyArray<TimelineEntry<E, A>>): Array<TimelineYear<E, A>> {
  const years: Array<TimelineYear<E, A>> = [];
  for (const entry of entries) {
    const year = entry.date.slice(0, 4);
    const precision = entry.type === 'event' ? entry.item.datePrecision : 'day';
    const key = precision === 'year' ? `${year}-00` : entry.date.slice(0, 7);
    let lastYear = years.at(-1);
    if (!lastYear || lastYear.year !== year) {
      lastYear = { year, months: [] };
      years.push(lastYear);
    }
    let lastMonth = lastYear.months.at(-1);
    if (!lastMonth || lastMonth.key !== key) {
      lastMonth = { key, entries: [] };
      lastYear.months.push(lastMonth);
    }
    lastMonth.entries.push(entry);
  }
  return years;
}

/** The whole timeline, grouped by year and month (`timelineEntries`, then `groupEntries`). */
export function groupTimeline<E extends TimelineEvent, A extends TimelineArticle>(
  events: E[],
  articles: A[],
): Array<TimelineYear<E, A>> {
  return groupEntries(timelineEntries(events, articles));
}

/** Sorts coarse dates before precise ones in the same period ("April 2025" before "17 April 2025"). */
function sortKey(date: string, precision: TimelineEvent['datePrecision']): string {
  if (precision === 'year') return `${date.slice(0, 4)}-00-00`;
  if (precision === 'month') return `${date.slice(0, 7)}-00`;
  return date;
}

/** What the strip needs of an event beyond its date: whether it took place (dots of plans are hollow). */
export interface StripEvent extends TimelineEvent {
  /** True for an event announced, planned or cancelled rather than held or reported. */
  tentative?: boolean;
}

/** How the strip is drawn: its size in SVG units (drawn at about one unit per CSS pixel). */
export interface StripOptions {
  width: number;
  /** Distance between dot centres, across and up: at least 24 so each dot is a 24 px target. */
  pitch?: number;
  /** Most dots in one column; a fuller column ends with a "+n" link instead. */
  maxStack?: number;
  /** Label every n-th month of the story's axis (2 on a phone). */
  labelEvery?: number;
  /** Most slots for the earlier context, left of the axis break. */
  maxContextSlots?: number;
  /** Most events kept for the filters behind the "+n" marks (see `StripGeometry.held`). */
  maxHeld?: number;
}

/** One dot of the strip: an event, a link to it. */
export interface StripDot {
  slug: string;
  date: string;
  x: number;
  y: number;
  tentative: boolean;
  /** The column it stands in (an index), and its place in that column, 0 on the axis. */
  column: number;
  level: number;
}

/** The geometry of the timeline strip (src/components/TimelineOverview.astro). */
export interface StripGeometry {
  width: number;
  height: number;
  /** Distance between dot centres and most places in a column, as laid out (the filters restack with them). */
  pitch: number;
  maxStack: number;
  /** Where the axis line runs (its y) and where its dots stand. */
  axisY: number;
  /** The story's own span: from the first date after the earlier context to the last date. */
  story: { start: string; end: string; x1: number; x2: number };
  /** Earlier events, compressed: one slot per date (or year), left of the break, labelled. */
  context: Array<{ x: number; label: string; from: string; to: string }>;
  /** Where the axis is broken between the context and the story (null when there is no context). */
  axisBreak: number | null;
  /** Month ticks of the story's axis (at most 37, spaced wider on long spans); `label` is null on ticks left unlabelled. */
  ticks: Array<{ x: number; labelX: number; month: string; label: string | null }>;
  /** Events, stacked in columns so that no two dots overlap. */
  dots: StripDot[];
  /** A full column's last place: how many events it leaves out, and the first of them. */
  more: Array<{ x: number; y: number; count: number; slug: string; column: number; level: number }>;
  /**
   * The events a "+n" stands for, placed where they would stand in a taller column: not drawn,
   * but there for the timeline filters, which restack a column for the events a filter leaves.
   */
  held: StripDot[];
  /**
   * Whether `held` has every event a "+n" stands for, so the timeline filters can restack the
   * strip; false past `maxHeld` such events, when they are left out to keep the page small.
   */
  restackable: boolean;
  /** Publication marks below the axis: one per date, or per run of dates too close to draw apart (`date` to `to`). */
  coverage: Array<{ x: number; date: string; to: string; slugs: string[] }>;
}

const DAY = 86_400_000;
/** A publication mark's width in SVG units: marks nearer than this are drawn as one. */
const COVERAGE_MARK_WIDTH = 9;
/** Events held behind "+n" marks for the filters, at most: each is drawn (hidden) in both strips, and past this many they would outweigh the page. */
const MAX_HELD = 120;
/** Most intervals between ticks on the story's axis, however long its span. */
const MAX_TICK_INTERVALS = 36;
/** Months between ticks, from monthly to a millennium, the first that keeps the ticks few. */
const TICK_STEPS = [1, 2, 3, 6, 12, 24, 60, 120, 240, 600, 1200, 2400, 6000, 12000];

/** Months between two ticks for an axis `months` long. */
function tickStep(months: number): number {
  return TICK_STEPS.find((step) => months / step <= MAX_TICK_INTERVALS) ?? TICK_STEPS.at(-1)!;
}

/**
 * Lays out the timeline strip. The story's own span fills the width; events long before it (a
 * gap more than twice as long as all that follows) are earlier context, each date in a narrow slot of its
 * own left of an axis break. Events are dots stacked in columns one `pitch` wide, so none
 * overlaps another whatever the cluster, and a column holds at most `maxStack` places, so the
 * strip's size does not grow with the corpus. Only UTC day arithmetic: no time zone involved.
 */
export function stripGeometry(events: StripEvent[], articles: TimelineArticle[], options: StripOptions): StripGeometry | null {
  const { width, pitch = 24, maxStack = 6, labelEvery = 1, maxContextSlots = 4, maxHeld = MAX_HELD } = options;
  const dates = [...new Set([...events.map((e) => e.date), ...articles.map((a) => a.publishedAt)])].sort();
  if (dates.length === 0) return null;
  const time = (date: string) => isoDateToUtc(date).getTime();

  // The story starts after the last gap more than twice as long as everything after it, provided
  // at least half of the dates come after it: 2014 and 2022 before a story told in 2025 are
  // earlier context; a quiet summer inside the story is not.
  let first = 0;
  for (;;) {
    const rest = dates.slice(first);
    let gapAt = -1;
    let gap = 0;
    for (let i = 1; i < rest.length; i++) {
      const length = time(rest[i]!) - time(rest[i - 1]!);
      if (length > gap) [gap, gapAt] = [length, i];
    }
    if (gapAt < 0) break;
    const after = rest.length - gapAt;
    const spanAfter = time(rest.at(-1)!) - time(rest[gapAt]!);
    if (after < 2 || after < rest.length / 2 || gap <= 2 * spanAfter) break;
    first += gapAt;
  }
  const storyStart = dates[first]!;
  const storyEnd = dates.at(-1)!;

  // Earlier context: one slot per date, or per year when there are too many dates, the oldest
  // years sharing the first slot when there are too many years.
  const eventDates = new Set(events.map((e) => e.date));
  const earlier = dates.slice(0, first).filter((date) => eventDates.has(date));
  let slots = earlier.map((date) => ({ from: date, to: date }));
  if (slots.length > maxContextSlots) {
    const years = [...new Set(earlier.map((date) => date.slice(0, 4)))];
    slots = years.map((year) => ({ from: `${year}-01-01`, to: `${year}-12-31` }));
    if (slots.length > maxContextSlots) {
      const kept = slots.slice(-(maxContextSlots - 1));
      slots = [{ from: slots[0]!.from, to: slots.at(-kept.length - 1)!.to }, ...kept];
    }
  }
  const half = pitch / 2;
  const slotWidth = pitch + 20;
  const context = slots.map((slot, index) => ({ ...slot, x: half + 4 + index * slotWidth }));
  const axisBreak = context.length > 0 ? context.at(-1)!.x + half + 14 : null;
  const x1 = axisBreak === null ? half + 4 : axisBreak + 14 + half;
  const x2 = width - half - 4;

  // The story's axis runs from the first of its first month to the first of the month after its end.
  const startMonth = isoDateToUtc(storyStart);
  const axisStart = Date.UTC(startMonth.getUTCFullYear(), startMonth.getUTCMonth(), 1);
  const endMonth = isoDateToUtc(storyEnd);
  const axisEnd = Date.UTC(endMonth.getUTCFullYear(), endMonth.getUTCMonth() + 1, 1);
  const xAt = (instant: number) => round(x1 + ((instant - axisStart) / Math.max(DAY, axisEnd - axisStart)) * (x2 - x1));
  const xOf = (date: string) => xAt(time(date));
  // A tick at the first of each month (or of every few months or years, so a long span keeps
  // few ticks); its label sits mid-interval, under the months it names. The first label, and the
  // first of each new year, carry the year.
  const monthNumber = (instant: number) => {
    const day = new Date(instant);
    return day.getUTCFullYear() * 12 + day.getUTCMonth();
  };
  const step = tickStep(monthNumber(axisEnd) - monthNumber(axisStart));
  const tickMonths: number[] = [];
  for (let m = Math.ceil(monthNumber(axisStart) / step) * step; m <= monthNumber(axisEnd); m += step) tickMonths.push(m);
  const monthStart = (m: number) => Date.UTC(Math.floor(m / 12), m % 12, 1);
  const ticks: StripGeometry['ticks'] = [];
  let labelledYear = '';
  tickMonths.forEach((m, index) => {
    const cursor = monthStart(m);
    const next = Math.min(monthStart(m + step), axisEnd);
    const name = MONTHS_SHORT[m % 12]!;
    const fullYear = String(Math.floor(m / 12));
    const year = labelEvery > 1 ? `’${fullYear.slice(2)}` : fullYear;
    let label: string | null = null;
    if (index % labelEvery === 0 && cursor < axisEnd) {
      label = step >= 12 ? fullYear : fullYear === labelledYear ? name : `${name} ${year}`;
      labelledYear = fullYear;
    }
    const x = xAt(cursor);
    // The month as YYYY-MM, from the numbers: an instant past 9999 has no four-digit ISO form.
    const month = `${fullYear}-${String((m % 12) + 1).padStart(2, '0')}`;
    ticks.push({ x, labelX: cursor < axisEnd ? round((x + xAt(next)) / 2) : x, month, label });
  });

  // Columns: each context slot is one; the story's axis is cut into columns one pitch wide.
  const columns = new Map<string, { x: number; items: StripEvent[] }>();
  const sorted = [...events].sort((a, b) => a.date.localeCompare(b.date) || a.slug.localeCompare(b.slug));
  for (const event of sorted) {
    let key: string;
    let x: number;
    if (event.date < storyStart) {
      const slot = context.find((s) => event.date >= s.from && event.date <= s.to) ?? context[0]!;
      key = `context ${slot.from}`;
      x = slot.x;
    } else {
      const index = Math.min(Math.floor((xOf(event.date) - x1 + half) / pitch), Math.floor((x2 - x1) / pitch));
      key = `story ${index}`;
      x = round(x1 + index * pitch);
    }
    const column = columns.get(key) ?? { x, items: [] };
    column.items.push(event);
    columns.set(key, column);
  }
  const tallest = Math.min(maxStack, Math.max(1, ...[...columns.values()].map((c) => c.items.length)));
  const axisY = 8 + tallest * pitch;
  const dots: StripDot[] = [];
  const held: StripDot[] = [];
  const more: StripGeometry['more'] = [];
  [...columns.values()].forEach(({ x, items }, column) => {
    const { shown, more: count } = stackColumn(items.length, maxStack);
    items.forEach((event, level) => {
      const dot = {
        slug: event.slug,
        date: event.date,
        x,
        y: axisY - half - level * pitch,
        tentative: event.tentative ?? false,
        column,
        level,
      };
      (level < shown ? dots : held).push(dot);
    });
    if (count > 0) more.push({ x, y: axisY - half - shown * pitch, count, slug: items[shown]!.slug, column, level: shown });
  });
  dots.sort((a, b) => a.date.localeCompare(b.date) || b.y - a.y);

  const coverageByDate = new Map<string, string[]>();
  for (const article of articles) {
    const slugs = coverageByDate.get(article.publishedAt);
    if (slugs) slugs.push(article.slug);
    else coverageByDate.set(article.publishedAt, [article.slug]);
  }
  // Marks closer than a mark's width would overlap: they become one mark for the dates between,
  // so the strip has at most one mark per few units of width however many days have articles.
  const coverage: StripGeometry['coverage'] = [];
  for (const [date, slugs] of [...coverageByDate].sort(([a], [b]) => a.localeCompare(b))) {
    const x = date >= storyStart ? xOf(date) : (context.find((s) => date >= s.from && date <= s.to) ?? context[0]!).x;
    const last = coverage.at(-1);
    if (last && x - last.x < COVERAGE_MARK_WIDTH) {
      last.to = date;
      last.slugs.push(...slugs);
    } else coverage.push({ x, date, to: date, slugs });
  }
  // A filter can restack only the events the strip holds; past `maxHeld` they are left out.
  const restackable = held.length <= maxHeld;

  return {
    width,
    height: axisY + 40,
    pitch,
    maxStack,
    axisY,
    story: { start: storyStart, end: storyEnd, x1, x2 },
    context: context.map((slot) => ({ ...slot, label: contextLabel(slot, context) })),
    axisBreak,
    ticks,
    dots,
    more,
    held: restackable ? held : [],
    restackable,
    coverage,
  };
}

/** A context slot's label: its year (or years); the month too when another slot has the same year. */
function contextLabel(slot: { from: string; to: string }, slots: Array<{ from: string; to: string }>): string {
  const year = slot.from.slice(0, 4);
  if (year !== slot.to.slice(0, 4)) return `${year}–${slot.to.slice(0, 4)}`;
  const shared = slots.filter((other) => other.from.slice(0, 4) === year).length > 1;
  return shared ? `${MONTHS_SHORT[Number(slot.from.slice(5, 7)) - 1]} ’${year.slice(2)}` : year;
}

const round = (value: number) => Math.round(value * 10) / 10;

/** What choosing an event's key quote needs of a quote. */
export interface KeyQuoteCandidate {
  text: string;
  kind: QuoteKind;
  speaker: { actor: string | null } | null;
}

/**
 * The quote a timeline card shows for an event: a statement of one of its participants, of a
 * length a card can hold (6 to 45 words), the first in the event's order; else its first quote
 * of three words or more; null when it has none.
 */
export function keyQuote<Q extends KeyQuoteCandidate>(quotes: readonly Q[], participants: ReadonlySet<string>): Q | null {
  const words = (quote: Q) => quote.text.split(/\s+/).filter(Boolean).length;
  return (
    quotes.find(
      (q) => q.kind === 'statement' && q.speaker?.actor && participants.has(q.speaker.actor) && words(q) >= 6 && words(q) <= 45,
    ) ??
    quotes.find((q) => isSpokenQuote(q.kind) && q.speaker !== null && words(q) >= 3 && words(q) <= 45) ??
    null
  );
}
