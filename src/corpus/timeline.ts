import { isoDateToUtc } from '../lib/iso-date.ts';

/** What the timeline needs of an event. */
export interface TimelineEvent {
  slug: string;
  date: string;
  datePrecision: 'day' | 'month' | 'year';
}

/** What the timeline needs of an article: its publication date is a coverage marker. */
export interface TimelineArticle {
  slug: string;
  publishedAt: string;
}

/** One entry of the timeline: an event, or an article's publication (a coverage marker). */
export type TimelineEntry<E, A> = { type: 'event'; date: string; item: E } | { type: 'coverage'; date: string; item: A };

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
 * Events and publication markers in date order, grouped by year and month. Within a day,
 * coverage comes after the events (an article reports what happened that day); events known only
 * to the year or month come before the dated ones of that year or month.
 */
export function groupTimeline<E extends TimelineEvent, A extends TimelineArticle>(events: E[], articles: A[]): Array<TimelineYear<E, A>> {
  const entries: Array<TimelineEntry<E, A> & { order: string }> = [
    ...events.map((item) => ({ type: 'event' as const, date: item.date, item, order: `${sortKey(item.date, item.datePrecision)} 0 ${item.slug}` })),
    ...articles.map((item) => ({ type: 'coverage' as const, date: item.publishedAt, item, order: `${item.publishedAt} 1 ${item.slug}` })),
  ].sort((a, b) => (a.order < b.order ? -1 : a.order > b.order ? 1 : 0));

  const years: Array<TimelineYear<E, A>> = [];
  for (const { order: _order, ...entry } of entries) {
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

/** Sorts coarse dates before precise ones in the same period ("April 2025" before "17 April 2025"). */
function sortKey(date: string, precision: TimelineEvent['datePrecision']): string {
  if (precision === 'year') return `${date.slice(0, 4)}-00-00`;
  if (precision === 'month') return `${date.slice(0, 7)}-00`;
  return date;
}

/** Geometry of the overview chart: a proportional time axis. */
export interface OverviewGeometry {
  width: number;
  start: string;
  end: string;
  /**
   * One dot per event date (events of the same date share it), in date order: the chart stays
   * the same size whether a day has one event or fifty.
   */
  events: Array<{ slugs: string[]; x: number; date: string }>;
  /** One marker per publication date, with the articles published that day. */
  coverage: Array<{ slugs: string[]; x: number; date: string }>;
  /** A tick at each 1 January inside the span. */
  years: Array<{ year: string; x: number }>;
  /** A tick at each first of the month inside the span, when it is short enough (about a year) to read them. */
  months: Array<{ month: string; x: number }>;
  /** The longest stretch with no event, for the text alternative. */
  longestGap: { from: string; fromPrecision: TimelineEvent['datePrecision']; to: string; toPrecision: TimelineEvent['datePrecision']; days: number } | null;
}

const DAY = 86_400_000;

/**
 * Places events and coverage markers on a proportional time axis `width` units wide, so
 * clusters and long gaps show as they are. Only UTC day arithmetic: no time zone involved.
 */
export function overviewGeometry(events: TimelineEvent[], articles: TimelineArticle[], width: number): OverviewGeometry | null {
  const dates = [...events.map((e) => e.date), ...articles.map((a) => a.publishedAt)].sort();
  const start = dates[0];
  const end = dates.at(-1);
  if (!start || !end) return null;
  const t0 = isoDateToUtc(start).getTime();
  const span = Math.max(DAY, isoDateToUtc(end).getTime() - t0);
  const x = (date: string) => Math.round(((isoDateToUtc(date).getTime() - t0) / span) * width * 10) / 10;
  const years: OverviewGeometry['years'] = [];
  for (let year = Number(start.slice(0, 4)) + 1; year <= Number(end.slice(0, 4)); year++) {
    years.push({ year: String(year), x: x(`${year}-01-01`) });
  }
  const months: OverviewGeometry['months'] = [];
  if (span <= 400 * DAY) {
    const first = isoDateToUtc(start);
    for (let cursor = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 1)); cursor.getTime() <= t0 + span; cursor = new Date(Date.UTC(cursor.getUTCFullYear(), cursor.getUTCMonth() + 1, 1))) {
      const iso = cursor.toISOString().slice(0, 10);
      months.push({ month: iso.slice(0, 7), x: x(iso) });
    }
  }
  const byDate = [...events].sort((a, b) => a.date.localeCompare(b.date));
  let longestGap: OverviewGeometry['longestGap'] = null;
  for (let i = 1; i < byDate.length; i++) {
    const [before, after] = [byDate[i - 1]!, byDate[i]!];
    const days = Math.round((isoDateToUtc(after.date).getTime() - isoDateToUtc(before.date).getTime()) / DAY);
    if (!longestGap || days > longestGap.days) {
      longestGap = { from: before.date, fromPrecision: before.datePrecision, to: after.date, toPrecision: after.datePrecision, days };
    }
  }
  return {
    width,
    start,
    end,
    events: byDay(events.map((e) => ({ slug: e.slug, date: e.date })), x),
    coverage: byDay(articles.map((a) => ({ slug: a.slug, date: a.publishedAt })), x),
    years,
    months,
    longestGap,
  };
}

/** Items sharing a date become one mark, in date order; slugs keep the items' given order. */
function byDay(items: Array<{ slug: string; date: string }>, x: (date: string) => number): Array<{ slugs: string[]; x: number; date: string }> {
  const slugsByDate = new Map<string, string[]>();
  for (const item of items) {
    const slugs = slugsByDate.get(item.date);
    if (slugs) slugs.push(item.slug);
    else slugsByDate.set(item.date, [item.slug]);
  }
  return [...slugsByDate]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([date, slugs]) => ({ slugs, x: x(date), date }));
}
