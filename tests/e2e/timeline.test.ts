/**
 * The timeline page in Chromium (issue 23, item 8): the strip of dots follows the filters (a
 * filtered list and an unfiltered chart would contradict each other), each dot is a link a finger
 * can hit that names its event and leads to its entry, "Show all" appears only when there is
 * something to show, and the kind options read as words, not as data values.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { builtEvents } from '../helpers/built-data.ts';
import { servedSite } from '../helpers/served-site.ts';

const site = servedSite();
const events = builtEvents();
/** The actor in most events, and one whose events all fit their columns (no "+n" when filtered to them). */
const actorCounts = new Map<string, number>();
for (const event of events) for (const actor of event.actors) actorCounts.set(actor, (actorCounts.get(actor) ?? 0) + 1);
const busiestActor = [...actorCounts].sort((a, b) => b[1] - a[1])[0]![0];
const RUBIO = 'marco-rubio';

const pages: Partial<Record<375 | 1280, Page>> = {};

beforeAll(async () => {
  for (const width of [375, 1280] as const) pages[width] = await site.newPage({ viewport: { width, height: 900 } });
});

async function open(page: Page, search = ''): Promise<void> {
  await page.goto(`${site.url}/timeline/${search}`);
  await page.waitForSelector('#timeline-filters:not([hidden])');
}

/** What the reader sees: the events listed, the dots drawn (and where), and the "+n" places' counts. */
function seen(page: Page) {
  return page.evaluate(() => {
    const shown = (element: Element) => element.getClientRects().length > 0;
    const dots = [...document.querySelectorAll<SVGAElement>('svg[data-strip] a[data-event]')].filter(shown);
    const more = [...document.querySelectorAll<SVGAElement>('svg[data-strip] a.strip__more-link')].filter(shown);
    return {
      listed: [...document.querySelectorAll<HTMLElement>('.timeline-event')].filter(shown).map((entry) => entry.id),
      dots: dots.map((dot) => {
        const box = dot.querySelector('.strip__dot')!.getBoundingClientRect();
        return { slug: dot.dataset.event!, x: Math.round(box.x + box.width / 2), bottom: Math.round(box.bottom) };
      }),
      moreCounts: more.map((link) => Number(link.textContent?.trim().replace('+', ''))),
      showAll: shown(document.querySelector('#timeline-show-all')!),
    };
  });
}

describe.each([375, 1280] as const)('the strip follows the filters, %i px', (width) => {
  test('unfiltered: every event is a dot or counted in a "+n", and "Show all" is not offered', async () => {
    const page = pages[width]!;
    await open(page);
    const view = await seen(page);
    expect(view.listed).toHaveLength(events.length);
    expect(view.dots.length + view.moreCounts.reduce((sum, n) => sum + n, 0)).toBe(events.length);
    expect(view.showAll).toBe(false);
  });

  test('choosing an actor leaves exactly their events as dots, stacked from the axis up, and offers "Show all"', async () => {
    const page = pages[width]!;
    await open(page);
    await page.selectOption('select[name="actor"]', RUBIO);
    const view = await seen(page);
    const expected = events.filter((event) => event.actors.includes(RUBIO)).map((event) => event.slug);
    expect(view.listed.sort()).toEqual([...expected].sort());
    expect(view.moreCounts).toEqual([]);
    expect(view.dots.map((dot) => dot.slug).sort()).toEqual([...expected].sort());
    expect(view.showAll).toBe(true);
    // Restacked: the lowest dot of every column stands on the axis, like the unfiltered strip's.
    const axis = Math.max(...view.dots.map((dot) => dot.bottom));
    const columns = new Map<number, number>();
    for (const dot of view.dots) columns.set(dot.x, Math.max(columns.get(dot.x) ?? 0, dot.bottom));
    expect([...columns.values()].every((bottom) => bottom === axis)).toBe(true);
    expect(page.url()).toContain(`?actor=${RUBIO}`);
  });

  test('the busiest actor: dots and "+n" counts add up to the events listed', async () => {
    const page = pages[width]!;
    await open(page, `?actor=${busiestActor}`);
    const view = await seen(page);
    expect(view.listed).toHaveLength(actorCounts.get(busiestActor)!);
    expect(view.listed.length).toBeLessThan(events.length);
    expect(view.dots.length + view.moreCounts.reduce((sum, n) => sum + n, 0)).toBe(view.listed.length);
    expect(view.dots.every((dot) => view.listed.includes(dot.slug))).toBe(true);
  });

  test('a kind filter from the URL shapes the strip too; "Show all" brings every dot back and goes away', async () => {
    const page = pages[width]!;
    const kind = events[0]!.kind;
    await open(page, `?kind=${kind}`);
    const filtered = await seen(page);
    const expected = events.filter((event) => event.kind === kind).map((event) => event.slug);
    expect(filtered.listed.sort()).toEqual([...expected].sort());
    expect(filtered.dots.length + filtered.moreCounts.reduce((sum, n) => sum + n, 0)).toBe(expected.length);
    await page.click('#timeline-show-all');
    const all = await seen(page);
    expect(all.listed).toHaveLength(events.length);
    expect(all.dots.length + all.moreCounts.reduce((sum, n) => sum + n, 0)).toBe(events.length);
    expect(all.showAll).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('actor');
  });
});

describe('each dot is a link to its event', () => {
  test.each([375, 1280] as const)(
    'at %i px: named by the event, at least 24 px, leading to an entry that names it',
    async (width) => {
      const page = pages[width]!;
      await open(page);
      const dots = await page.evaluate(() =>
        [...document.querySelectorAll<SVGAElement>('svg[data-strip] a[data-event]')]
          .filter((dot) => dot.getClientRects().length > 0)
          .map((dot) => {
            const box = dot.getBoundingClientRect();
            return { slug: dot.dataset.event!, href: dot.getAttribute('href'), name: dot.getAttribute('aria-label'), box };
          }),
      );
      expect(dots.length).toBeGreaterThan(10);
      const titles = new Map(events.map((event) => [event.slug, event.title]));
      for (const dot of dots) {
        expect(dot.href).toBe(`#${dot.slug}`);
        expect(dot.name).toContain(titles.get(dot.slug));
        expect(dot.box.width).toBeGreaterThanOrEqual(24);
        expect(dot.box.height).toBeGreaterThanOrEqual(24);
      }
      // A tap shows the event's name in its entry on the page.
      const target = dots.at(-1)!;
      await page.locator(`svg[data-strip] a[data-event="${target.slug}"]`).filter({ visible: true }).click();
      await page.waitForFunction((slug) => location.hash === `#${slug}`, target.slug);
      const entry = page.locator(`#${target.slug}`);
      await expect.poll(() => entry.isVisible()).toBe(true);
      expect(await entry.locator('h4').textContent()).toBe(titles.get(target.slug));
      const inView = await entry.evaluate((element) => {
        const box = element.getBoundingClientRect();
        return box.top >= 0 && box.top < innerHeight;
      });
      expect(inView).toBe(true);
    },
  );
});

test('the kind options are capitalised words; their values stay the data values', async () => {
  const page = pages[1280]!;
  await open(page);
  const options = await page.$$eval('select[name="kind"] option', (list) =>
    (list as HTMLOptionElement[]).filter((o) => o.value).map((o) => ({ value: o.value, label: o.textContent ?? '' })),
  );
  expect(options.length).toBeGreaterThan(1);
  expect(options.map((o) => o.value).sort()).toEqual([...new Set(events.map((event) => event.kind))].sort());
  for (const { value, label } of options) {
    expect(label.charAt(0)).toBe(label.charAt(0).toUpperCase());
    expect(label.toLowerCase()).toBe(value.toLowerCase());
  }
});

test('a filtered timeline at 375 px has no axe violations, light and dark', async () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    const page = await site.newPage({ viewport: { width: 375, height: 800 }, colorScheme });
    await open(page, `?actor=${RUBIO}`);
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  }
});
