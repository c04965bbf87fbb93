/**
 * The timeline (src/outputs/timeline.ts): the page's year and month groups, the strip's geometry
 * and the key quote of a card.
 */
import { describe, expect, test } from 'vitest';
import {
  groupTimeline,
  keyQuote,
  stripGeometry,
  type StripEvent,
  type TimelineArticle,
  type TimelineEvent,
} from '../../../src/outputs/timeline.ts';
import type { QuoteKind } from '../../../src/schemas/quote.ts';

describe('groupTimeline', () => {
  const event = (slug: string, date: string, datePrecision: TimelineEvent['datePrecision'] = 'day'): TimelineEvent => ({
    slug,
    date,
    datePrecision,
  });
  const article = (slug: string, publishedAt: string): TimelineArticle => ({ slug, publishedAt });

  /** The timeline as `year / month key / type:slug` lines, easy to compare. */
  function outline(events: TimelineEvent[], articles: TimelineArticle[]) {
    return groupTimeline(events, articles).map((year) => ({
      year: year.year,
      months: year.months.map((month) => ({
        key: month.key,
        entries: month.entries.map((entry) => `${entry.type}:${entry.type === 'more-coverage' ? entry.count : entry.item.slug}`),
      })),
    }));
  }

  test('puts events in date order whatever the input order, grouped by year then month', () => {
    const events = [
      event('rubio-tarmac-remarks', '2025-04-18'),
      event('anchorage-summit', '2025-08-15'),
      event('russian-full-scale-invasion-of-ukraine', '2022-02-24'),
      event('rubio-paris-talks', '2025-04-17'),
    ];
    expect(outline(events, [])).toEqual([
      { year: '2022', months: [{ key: '2022-02', entries: ['event:russian-full-scale-invasion-of-ukraine'] }] },
      {
        year: '2025',
        months: [
          { key: '2025-04', entries: ['event:rubio-paris-talks', 'event:rubio-tarmac-remarks'] },
          { key: '2025-08', entries: ['event:anchorage-summit'] },
        ],
      },
    ]);
  });

  test('an event known only to the year comes first in its year, under its own `YYYY-00` group', () => {
    const events = [
      event('march-event', '2014-03-01'),
      event('russian-invasion-of-ukraine-2014', '2014-01-01', 'year'),
      event('new-year', '2014-01-01'),
    ];
    expect(outline(events, [])).toEqual([
      {
        year: '2014',
        months: [
          { key: '2014-00', entries: ['event:russian-invasion-of-ukraine-2014'] },
          { key: '2014-01', entries: ['event:new-year'] },
          { key: '2014-03', entries: ['event:march-event'] },
        ],
      },
    ]);
  });

  test('an event known only to the month comes before the dated events of that month', () => {
    const events = [event('first-of-april', '2025-04-01'), event('april-something', '2025-04-01', 'month')];
    expect(outline(events, [])[0]!.months).toEqual([
      { key: '2025-04', entries: ['event:april-something', 'event:first-of-april'] },
    ]);
  });

  test('coverage comes after the events of its day, even when its slug sorts first', () => {
    const events = [event('zz-rubio-tarmac-remarks', '2025-04-18'), event('rubio-paris-talks', '2025-04-17')];
    const articles = [
      article('aa-trump-team-impatience-walk-away', '2025-04-18'),
      article('why-us-russia-ukraine-talks-failed', '2025-12-03'),
    ];
    expect(outline(events, articles)).toEqual([
      {
        year: '2025',
        months: [
          {
            key: '2025-04',
            entries: ['event:rubio-paris-talks', 'event:zz-rubio-tarmac-remarks', 'coverage:aa-trump-team-impatience-walk-away'],
          },
          { key: '2025-12', entries: ['coverage:why-us-russia-ukraine-talks-failed'] },
        ],
      },
    ]);
  });

  test('entries carry their date and the item itself', () => {
    const tarmac = event('rubio-tarmac-remarks', '2025-04-18');
    const [entry] = groupTimeline([tarmac], [])[0]!.months[0]!.entries;
    expect(entry).toEqual({ type: 'event', date: '2025-04-18', item: tarmac });
  });

  test('no events and no articles give an empty timeline', () => {
    expect(groupTimeline([], [])).toEqual([]);
  });

  test('a day lists five articles, by slug, then counts the others in one entry', () => {
    const day = ['g', 'c', 'a', 'f', 'b', 'e', 'd'].map((slug) => article(slug, '2025-05-02'));
    const [year] = outline([event('talks', '2025-05-02')], [...day, article('h', '2025-05-03')]);
    expect(year!.months[0]!.entries).toEqual([
      'event:talks',
      'coverage:a',
      'coverage:b',
      'coverage:c',
      'coverage:d',
      'coverage:e',
      'more-coverage:2',
      'coverage:h',
    ]);
  });
});

describe('stripGeometry', () => {
  const event = (
    slug: string,
    date: string,
    datePrecision: StripEvent['datePrecision'] = 'day',
    tentative = false,
  ): StripEvent => ({ slug, date, datePrecision, tentative });
  // The real corpus's shape: an invasion in 2014 and 2022, an election in November 2024, then
  // the talks of 2025 with clusters in April and August.
  const events: StripEvent[] = [
    event('invasion-2014', '2014-01-01', 'year'),
    event('invasion-2022', '2022-02-24'),
    event('election', '2024-11-05'),
    event('inauguration', '2025-01-20'),
    ...Array.from({ length: 9 }, (_, i) => event(`april-${i}`, `2025-04-${String(11 + i).padStart(2, '0')}`)),
    ...Array.from({ length: 7 }, (_, i) => event(`august-${i}`, '2025-08-18')),
    event('budapest', '2025-10-16', 'day', true),
    event('kremlin', '2025-12-02'),
  ];
  const articles = [
    { slug: 'guardian', publishedAt: '2025-04-18' },
    { slug: 'abc', publishedAt: '2025-04-18' },
    { slug: 'time', publishedAt: '2025-12-03' },
  ];
  const wide = stripGeometry(events, articles, { width: 1100 })!;

  test('earlier events go left of an axis break, one slot per date, labelled by year', () => {
    expect(wide.context.map((slot) => slot.label)).toEqual(['2014', '2022']);
    expect(wide.axisBreak).toBeGreaterThan(wide.context.at(-1)!.x);
    expect(wide.story).toMatchObject({ start: '2024-11-05', end: '2025-12-03' });
  });

  test('the story fills the width: its axis runs from the break to the right edge', () => {
    expect(wide.story.x1).toBeGreaterThan(wide.axisBreak!);
    expect(wide.story.x2).toBeGreaterThan(1050);
    // Most of the width goes to the story's 13 months, not the decade before.
    expect((wide.story.x2 - wide.story.x1) / wide.width).toBeGreaterThan(0.85);
  });

  test('no two dots overlap, however many events share a week', () => {
    const tooClose = wide.dots.flatMap((a, i) =>
      wide.dots
        .slice(i + 1)
        .filter((b) => Math.hypot(a.x - b.x, a.y - b.y) < 24)
        .map((b) => `${a.slug}/${b.slug}`),
    );
    expect(tooClose).toEqual([]);
  });

  test('a column holds at most maxStack places; a fuller one ends in a “+n” that leads to the first event left out', () => {
    const august = [
      ...wide.dots.filter((dot) => dot.slug.startsWith('august')),
      ...wide.more.filter((more) => more.slug.startsWith('august')),
    ];
    expect(august).toHaveLength(6);
    const more = wide.more.find((m) => m.slug.startsWith('august'))!;
    expect(more).toMatchObject({ count: 2, slug: 'august-5' });
    // Every event is a dot or counted in a "+n".
    expect(wide.dots.length + wide.more.reduce((sum, m) => sum + m.count, 0)).toBe(events.length);
  });

  test('the events a “+n” holds keep their column and place above it, so the filters can restack the column', () => {
    expect(wide.held.map((dot) => dot.slug)).toEqual(['august-5', 'august-6']);
    const more = wide.more.find((m) => m.slug === 'august-5')!;
    const column = wide.dots.filter((dot) => dot.column === more.column);
    expect(column.map((dot) => dot.level)).toEqual([0, 1, 2, 3, 4]);
    expect(wide.held.map((dot) => [dot.column, dot.level])).toEqual([
      [more.column, 5],
      [more.column, 6],
    ]);
    // One pitch per place, whether drawn or held.
    expect(wide.held[0]!.y).toBe(column[0]!.y - 5 * 24);
  });

  test('planned or cancelled events are marked tentative; article dates are marks below the axis, one per date', () => {
    expect(wide.dots.filter((dot) => dot.tentative).map((dot) => dot.slug)).toEqual(['budapest']);
    expect(wide.coverage.map((mark) => [mark.date, mark.to, mark.slugs.length])).toEqual([
      ['2025-04-18', '2025-04-18', 2],
      ['2025-12-03', '2025-12-03', 1],
    ]);
  });

  test('publication marks too close to draw apart become one mark for their dates', () => {
    const daily = Array.from({ length: 365 }, (_, index) => {
      const day = new Date(Date.UTC(2025, 0, 1 + index)).toISOString().slice(0, 10);
      return { slug: `a-${index}`, publishedAt: day };
    });
    const strip = stripGeometry([], daily, { width: 1100 })!;
    // At about 3 units a day, marks 9 units apart: a few days each, every article counted once.
    expect(strip.coverage.length).toBeLessThan(365 / 2);
    expect(strip.coverage.reduce((sum, mark) => sum + mark.slugs.length, 0)).toBe(365);
    for (const [index, mark] of strip.coverage.entries()) {
      expect(mark.to >= mark.date).toBe(true);
      if (index > 0) expect(mark.x - strip.coverage[index - 1]!.x).toBeGreaterThanOrEqual(9);
    }
  });

  test('past maxHeld events behind the "+n" marks, none is held and the strip says it cannot restack', () => {
    const crowded: StripEvent[] = Array.from({ length: 40 }, (_, index) => ({
      slug: `e-${String(index).padStart(2, '0')}`,
      date: '2025-05-02',
      datePrecision: 'day',
    }));
    const kept = stripGeometry(crowded, [], { width: 1100 })!;
    expect(kept.restackable).toBe(true);
    expect(kept.held).toHaveLength(35);
    const dropped = stripGeometry(crowded, [], { width: 1100, maxHeld: 10 })!;
    expect(dropped.restackable).toBe(false);
    expect(dropped.held).toEqual([]);
    expect(dropped.dots).toHaveLength(5);
    expect(dropped.more).toEqual([expect.objectContaining({ count: 35 })]);
  });

  test('a tick at each first of the month, labelled mid-month; the year on the first and on January', () => {
    const labels = wide.ticks.filter((tick) => tick.label).map((tick) => tick.label);
    expect(labels.slice(0, 4)).toEqual(['Nov 2024', 'Dec', 'Jan 2025', 'Feb']);
    const november = wide.ticks[0]!;
    expect(november.labelX).toBeGreaterThan(november.x);
  });

  test('on a phone: every third month labelled, short years, and still no overlap', () => {
    const narrow = stripGeometry(events, articles, { width: 343, labelEvery: 3, maxStack: 5 })!;
    expect(narrow.ticks.filter((tick) => tick.label).map((tick) => tick.label)).toEqual([
      'Nov ’24',
      'Feb ’25',
      'May',
      'Aug',
      'Nov',
    ]);
    const tooClose = narrow.dots.flatMap((a, i) => narrow.dots.slice(i + 1).filter((b) => Math.hypot(a.x - b.x, a.y - b.y) < 24));
    expect(tooClose).toEqual([]);
    expect(Math.max(...narrow.dots.map((dot) => dot.x))).toBeLessThanOrEqual(343);
  });

  test('a quiet spell inside the story is not a break: the real corpus’s summer of 2025', () => {
    const dates = [
      '2025-01-15',
      '2025-03-18',
      '2025-04-18',
      '2025-04-23',
      '2025-08-15',
      '2025-08-20',
      '2025-11-30',
      '2025-12-02',
    ];
    const story = dates.map((date, i) => event('abcdefgh'[i]!, date));
    expect(stripGeometry(story, [], { width: 1100 })!.context).toEqual([]);
  });

  test('a story with no long gap has no context and no break', () => {
    const geometry = stripGeometry([event('a', '2025-04-11'), event('b', '2025-05-02'), event('c', '2025-06-20')], [], {
      width: 600,
    })!;
    expect(geometry.context).toEqual([]);
    expect(geometry.axisBreak).toBeNull();
  });

  test('many earlier dates share slots by year, the oldest years in the first slot', () => {
    const old = ['2001', '2003', '2005', '2007', '2009', '2011'].map((year) => event(`e${year}`, `${year}-06-01`));
    const story = Array.from({ length: 8 }, (_, i) => event(`s${i}`, `2025-0${i + 1}-10`));
    const geometry = stripGeometry([...old, ...story], [], { width: 1100, maxContextSlots: 4 })!;
    expect(geometry.context.map((slot) => slot.label)).toEqual(['2001–2005', '2007', '2009', '2011']);
  });

  test('a long span keeps few ticks: every few months, or years labelled by year alone', () => {
    const fiveYears = stripGeometry([event('a', '2021-01-10'), event('b', '2025-12-20')], [], { width: 1100 })!;
    expect(fiveYears.ticks).toHaveLength(31); // every two months, January 2021 to January 2026
    expect(fiveYears.ticks.slice(0, 3).map((tick) => [tick.month, tick.label])).toEqual([
      ['2021-01', 'Jan 2021'],
      ['2021-03', 'Mar'],
      ['2021-05', 'May'],
    ]);
    // An article dated in the far future (the build warns, and builds it) must not draw a tick a month.
    const farFuture = stripGeometry([event('a', '2025-04-11')], [{ slug: 'x', publishedAt: '9999-12-31' }], { width: 1100 })!;
    expect(farFuture.ticks.length).toBeLessThanOrEqual(37);
    // Past the year 9999 there is no ISO date string: every position is still a number.
    expect(farFuture.ticks.filter((tick) => !Number.isFinite(tick.x) || !Number.isFinite(tick.labelX))).toEqual([]);
    expect(farFuture.ticks.filter((tick) => tick.label).map((tick) => tick.label)).toContain('3000');
  });

  test('nothing to place gives null', () => {
    expect(stripGeometry([], [], { width: 1100 })).toBeNull();
  });
});

// ---------------------------------------------------------------------------------------------
describe('keyQuote', () => {
  const quote = (text: string, kind: QuoteKind, actor: string | null) => ({
    text,
    kind,
    speaker: actor === null ? null : { actor },
  });
  test('prefers a participant’s statement of card length', () => {
    const quotes = [
      quote('thousands', 'fragment', 'marco-rubio'),
      quote('It’s not our war.', 'statement', 'marco-rubio'),
      quote('We’re not going to continue to fly all over the world and do meeting after meeting', 'statement', 'marco-rubio'),
    ];
    expect(keyQuote(quotes, new Set(['marco-rubio']))?.text).toMatch(/^We’re not going to continue/);
  });
  test('falls back to any attributed quote of three words or more, else none', () => {
    expect(keyQuote([quote('a road to nowhere', 'fragment', 'sergey-lavrov')], new Set(['marco-rubio']))?.text).toBe(
      'a road to nowhere',
    );
    expect(keyQuote([quote('grind', 'fragment', null)], new Set())).toBeNull();
  });
});
