/**
 * The timeline's pages (src/outputs/timeline-pages.ts): fixed-size pages in date order, each
 * event on exactly one page, and the address of an event's entry.
 */
import { describe, expect, test } from 'vitest';
import { paginateTimeline, timelineEventHref } from '../../../src/outputs/timeline-pages.ts';
import type { TimelineArticle, TimelineEvent } from '../../../src/outputs/timeline.ts';

const event = (slug: string, date: string): TimelineEvent => ({ slug, date, datePrecision: 'day' });
const article = (slug: string, publishedAt: string): TimelineArticle => ({ slug, publishedAt });
const day = (index: number) => new Date(Date.UTC(2025, 0, 1 + index)).toISOString().slice(0, 10);

describe('paginateTimeline', () => {
  const events = Array.from({ length: 25 }, (_, index) => event(`e${index}`, day(index * 3)));
  const articles = Array.from({ length: 20 }, (_, index) => article(`a${index}`, day(index * 4)));
  const { pages, pageOfEvent, eventTotal } = paginateTimeline(events, articles, 10);

  test('cuts the entries into pages of the size given, the last one shorter', () => {
    const sizes = pages.map((page) => page.years.flatMap((y) => y.months.flatMap((m) => m.entries)).length);
    expect(sizes).toEqual([10, 10, 10, 10, 5]);
    expect(pages.map((page) => [page.number, page.count, page.param])).toEqual([
      [1, 5, undefined],
      [2, 5, 'page/2'],
      [3, 5, 'page/3'],
      [4, 5, 'page/4'],
      [5, 5, 'page/5'],
    ]);
  });

  test('every event is on exactly one page, the one pageOfEvent names, and pages run oldest first', () => {
    expect(eventTotal).toBe(25);
    expect(pages.reduce((sum, page) => sum + page.eventCount, 0)).toBe(25);
    for (const page of pages) {
      const slugs = page.years.flatMap((y) =>
        y.months.flatMap((m) => m.entries.flatMap((e) => (e.type === 'event' ? [e.item.slug] : []))),
      );
      for (const slug of slugs) expect(pageOfEvent.get(slug)).toBe(page.number);
      expect(page.from <= page.to).toBe(true);
    }
    for (const [index, page] of pages.entries()) if (index > 0) expect(page.from >= pages[index - 1]!.to).toBe(true);
  });

  test('an empty timeline is one empty page', () => {
    const empty = paginateTimeline([], [], 10);
    expect(empty.pages).toHaveLength(1);
    expect(empty.pages[0]).toMatchObject({ number: 1, count: 1, years: [], eventCount: 0, from: '', to: '' });
  });
});

describe('timelineEventHref', () => {
  const pageOfEvent = new Map([
    ['talks', 1],
    ['summit', 3],
  ]);
  test('an anchor on the page that lists the event, else that page with the anchor', () => {
    expect(timelineEventHref(pageOfEvent, 'summit', 3)).toBe('#summit');
    expect(timelineEventHref(pageOfEvent, 'summit', 1)).toBe('/timeline/page/3/#summit');
    expect(timelineEventHref(pageOfEvent, 'talks')).toBe('/timeline/#talks');
  });
});
