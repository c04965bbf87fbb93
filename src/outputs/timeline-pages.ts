/**
 * The timeline's pages: its entries (events and article publications) in date order, cut into
 * pages of a fixed number of entries and grouped by year and month on each page, so no timeline
 * page grows with the archive. A day with many articles lists a few and counts the rest.
 */
import type { CorpusArticle, CorpusEvent } from '../corpus/index.ts';
import { PAGE_SIZES, paginate } from '../lib/pagination.ts';
import { urls } from '../lib/urls.ts';
import { groupEntries, timelineEntries, type TimelineArticle, type TimelineEvent, type TimelineYear } from './timeline.ts';

/** One page of the timeline. */
export interface TimelinePage<E, A> {
  /** The rest parameter of the route: undefined for the first page, `page/2` and on after it. */
  param: string | undefined;
  /** 1-based page number, and how many pages the timeline has. */
  number: number;
  count: number;
  /** This page's entries, by year and month. */
  years: Array<TimelineYear<E, A>>;
  /** The first and last date on the page (`YYYY-MM-DD`), for the pager's labels. */
  from: string;
  to: string;
  /** How many events the page lists. */
  eventCount: number;
}

/** The timeline cut into pages of `size` entries, and the page each event is on. */
export interface TimelinePages<E, A> {
  pages: Array<TimelinePage<E, A>>;
  /** Event slug → the 1-based number of the page that lists it. */
  pageOfEvent: Map<string, number>;
  /** Events in the whole timeline. */
  eventTotal: number;
}

/**
 * Cuts the timeline into pages of `size` entries (an empty timeline still has one page). A month
 * cut between two pages is headed on both; an event is always on exactly one page.
 */
export function paginateTimeline<E extends TimelineEvent, A extends TimelineArticle>(
  events: E[],
  articles: A[],
  size: number,
): TimelinePages<E, A> {
  const pageOfEvent = new Map<string, number>();
  const pages = paginate(timelineEntries(events, articles), size).map((page) => {
    let eventCount = 0;
    for (const entry of page.items) {
      if (entry.type !== 'event') continue;
      eventCount++;
      pageOfEvent.set(entry.item.slug, page.number);
    }
    return {
      param: page.param,
      number: page.number,
      count: page.count,
      years: groupEntries(page.items),
      from: page.items[0]?.date ?? '',
      to: page.items.at(-1)?.date ?? '',
      eventCount,
    };
  });
  return { pages, pageOfEvent, eventTotal: events.length };
}

/** A corpus event as the timeline reads it: the event with its date and precision on top. */
export type TimelineCorpusEvent = CorpusEvent & { date: string; datePrecision: CorpusEvent['data']['datePrecision'] };

/** The corpus timeline's pages. */
export type CorpusTimelinePages = TimelinePages<TimelineCorpusEvent, CorpusArticle>;

/** One page of the corpus timeline. */
export type CorpusTimelinePage = TimelinePage<TimelineCorpusEvent, CorpusArticle>;

// Every timeline page, event page and the home page ask for the same pages: they are cut once
// per corpus (the corpus index's event list is the key), not once per page.
const corpusPagesCache = new WeakMap<readonly CorpusEvent[], CorpusTimelinePages>();

/** The corpus timeline cut into pages of `PAGE_SIZES.timeline` entries, computed once per corpus. */
export function corpusTimelinePages(events: readonly CorpusEvent[], articles: CorpusArticle[]): CorpusTimelinePages {
  let pages = corpusPagesCache.get(events);
  if (!pages) {
    const dated = events.map((event) => ({ ...event, date: event.data.date, datePrecision: event.data.datePrecision }));
    pages = paginateTimeline(dated, articles, PAGE_SIZES.timeline);
    corpusPagesCache.set(events, pages);
  }
  return pages;
}

/**
 * Where an event's timeline entry is: `#slug` on the timeline page that lists it (`onPage`), else
 * that page's address with the anchor.
 */
export function timelineEventHref(pageOfEvent: ReadonlyMap<string, number>, slug: string, onPage?: number): string {
  const number = pageOfEvent.get(slug) ?? 1;
  return number === onPage ? `#${slug}` : `${urls.timelinePage(number)}#${slug}`;
}
