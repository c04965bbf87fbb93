import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { builtActors, builtEvents, builtQuotes } from '../helpers/built-data.ts';
import { servedSite } from '../helpers/served-site.ts';

/**
 * The four things readers do, end to end in Chromium, on a phone and a desktop width. Every
 * journey also fails on a request to another origin, a console error, an uncaught exception or
 * a CSP violation: the site promises a strict policy and no third parties.
 */

const VIEWPORTS = [
  { name: 'phone', width: 375, height: 800 },
  { name: 'desktop', width: 1280, height: 900 },
] as const;
type Viewport = (typeof VIEWPORTS)[number];

const screenshotDir = path.resolve('test-results/screenshots');
/**
 * Full-page screenshots are for a person to look at, not a check, and take a second each: they are
 * written to test-results/screenshots/ when DOSSIER_SCREENSHOTS=1 is set.
 */
const takeScreenshots = process.env.DOSSIER_SCREENSHOTS === '1';

const site = servedSite();
/** Events by slug, from the site's own export, to know which actors take part in which. */
const events = builtEvents();
const actorName = new Map(builtActors().map((actor) => [actor.slug, actor.name]));

beforeAll(async () => {
  if (takeScreenshots) mkdirSync(screenshotDir, { recursive: true });
});

/** A fresh browser profile, as a reader arriving from a shared link has, with every problem recorded. */
interface Session {
  context: BrowserContext;
  page: Page;
  /** Requests to any origin but the site's, console errors, uncaught exceptions, CSP violations. */
  problems: { offsite: string[]; console: string[]; errors: string[]; csp: string[] };
  /** Closes the profile and fails if anything above happened. */
  end: () => Promise<void>;
}

async function startSession(viewport: Viewport, colorScheme: 'light' | 'dark' = 'light'): Promise<Session> {
  const context = await site.browser.newContext({ viewport: { width: viewport.width, height: viewport.height }, colorScheme });
  const problems: Session['problems'] = { offsite: [], console: [], errors: [], csp: [] };
  const origin = new URL(site.url).origin;
  context.on('request', (request) => {
    const url = new URL(request.url());
    if (/^https?:$/.test(url.protocol) && url.origin !== origin) problems.offsite.push(request.url());
  });
  await context.exposeFunction('__reportCspViolation', (report: string) => problems.csp.push(report));
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { __reportCspViolation: (report: string) => void }).__reportCspViolation(
        `${event.violatedDirective} blocked ${event.blockedURI || 'inline'} on ${event.documentURI}`,
      );
    });
  });
  const page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error') problems.console.push(`${page.url()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.errors.push(`${page.url()}: ${error.message}`));
  return {
    context,
    page,
    problems,
    end: async () => {
      await context.close();
      expect(problems).toEqual({ offsite: [], console: [], errors: [], csp: [] });
    },
  };
}

/** Clicks a link and waits for the page it leads to. */
async function follow(page: Page, selector: string): Promise<void> {
  const link = page.locator(selector).first();
  await link.scrollIntoViewIfNeeded();
  await Promise.all([page.waitForEvent('framenavigated'), link.click()]);
  await page.waitForLoadState('load');
}

const pathOf = (page: Page) => new URL(page.url()).pathname;

describe.each(VIEWPORTS)('journeys at $width×$height', (viewport) => {
  test('home → article → actor named in the body → one of its events → that event on the timeline', async () => {
    const session = await startSession(viewport);
    const { page } = session;
    await page.goto(`${site.url}/`);

    await follow(page, 'main .card-list a[href^="/articles/"]');
    expect(pathOf(page)).toMatch(/^\/articles\/[^/]+\/$/);
    await expect.poll(() => page.locator('.article-body p[id^="p-"]').count()).toBeGreaterThan(3);

    // An actor link in the body whose actor takes part in at least one event.
    const actorsWithEvents = new Set(events.flatMap((event) => event.actors));
    const actorHrefs = await page.$$eval('.article-body a.actor-link', (links) =>
      links.map((link) => link.getAttribute('href') ?? ''),
    );
    const actorHref = actorHrefs.find((href) => actorsWithEvents.has(href.split('/')[2] ?? ''));
    expect(actorHref, 'an actor link to an actor with events').toBeDefined();
    const actorSlug = actorHref!.split('/')[2]!;
    await follow(page, `.article-body a.actor-link[href="${actorHref}"]`);
    expect(pathOf(page)).toBe(`/actors/${actorSlug}/`);
    await expect.poll(() => page.locator('h1').innerText()).toBe(actorName.get(actorSlug));

    const eventHref = await page
      .locator('section[aria-labelledby="events-heading"] a[href^="/events/"]')
      .first()
      .getAttribute('href');
    const eventSlug = eventHref!.split('/')[2]!;
    expect(events.find((event) => event.slug === eventSlug)?.actors).toContain(actorSlug);
    await follow(page, `section[aria-labelledby="events-heading"] a[href="${eventHref}"]`);
    expect(pathOf(page)).toBe(`/events/${eventSlug}/`);

    await follow(page, 'a:text-is("On the timeline")');
    expect(pathOf(page)).toBe('/timeline/');
    expect(new URL(page.url()).hash).toBe(`#${eventSlug}`);
    const entry = page.locator(`li#${eventSlug}`);
    expect(await entry.evaluate((element) => element.matches(':target'))).toBe(true);
    expect(await entry.isVisible()).toBe(true);
    // The browser scrolled the entry into view.
    expect(
      await entry.evaluate((element) => {
        const box = element.getBoundingClientRect();
        return box.top >= 0 && box.top < innerHeight;
      }),
    ).toBe(true);
    await session.end();
  });

  test('header search for a quote → search results → the Lavrov quote, in its sentence, its note shown', async () => {
    const session = await startSession(viewport);
    const { page } = session;
    await page.goto(`${site.url}/events/`);

    // On a phone the header is one line: its Search link leads to the search page's own field.
    const field = (await page.isVisible('#site-search-q')) ? '#site-search-q' : '#search-q';
    if (field === '#search-q') await follow(page, '.site-nav a[href="/search/"]');
    await page.fill(field, 'road to nowhere');
    await Promise.all([page.waitForURL(/\/search\/\?q=/), page.press(field, 'Enter')]);
    expect(new URL(page.url()).searchParams.get('q')).toBe('road to nowhere');
    await page.waitForSelector('#search-results > li');
    expect(await page.inputValue('#search-q')).toBe('road to nowhere');

    const lavrov = page
      .locator('#search-results > li')
      .filter({ has: page.locator('.result-kind', { hasText: /^quote$/ }) })
      .filter({ hasText: 'Sergey Lavrov' });
    await expect.poll(() => lavrov.count()).toBeGreaterThan(0);
    await lavrov.first().locator('h2 a').click();
    // The quote opens in its sentence, in its article: highlighted, its note naming the speaker.
    await page.waitForURL(/\/articles\/[^/]+\/#q-[0-9a-f]+$/);
    const url = new URL(page.url());
    const quote = page.locator(url.hash);
    expect(await quote.evaluate((element) => element.matches(':target'))).toBe(true);
    expect((await quote.innerText()).replace(/[“”"]/g, '')).toMatch(/road to nowhere/);
    const note = page.locator(`#note-${url.hash.slice('#q-'.length)}`);
    await expect.poll(() => note.isVisible()).toBe(true);
    expect(await note.innerText()).toContain('Sergey Lavrov');
    const paragraph = page.locator(`#${await quote.evaluate((element) => element.closest('[id^="p-"]')!.id)}`);
    expect((await paragraph.innerText()).replace(/[“”"]/g, '')).toContain((await quote.innerText()).replace(/[“”"]/g, ''));
    await session.end();
  });

  test('timeline filters: actor and kind in the URL, kept on reload, undone by Back', async () => {
    const session = await startSession(viewport);
    const { page } = session;
    await page.goto(`${site.url}/timeline/`);
    await page.waitForSelector('#timeline-filters:not([hidden])');

    /** Which entries a reader sees, and which the filter should let through. */
    const visibleEntries = () =>
      page.$$eval('.timeline-event', (entries) =>
        entries.map((entry) => ({
          slug: entry.id,
          kind: entry.dataset.kind,
          actors: (entry.dataset.actors ?? '').split(' '),
          visible: entry.checkVisibility(),
        })),
      );
    const expectShown = async (match: (entry: { kind?: string; actors: string[] }) => boolean) => {
      const entries = await visibleEntries();
      const shown = entries.filter((entry) => entry.visible).map((entry) => entry.slug);
      expect(shown.length).toBeGreaterThan(0);
      expect(shown).toEqual(entries.filter(match).map((entry) => entry.slug));
    };

    await page.selectOption('#timeline-filters select[name="actor"]', { label: 'Marco Rubio' });
    expect(new URL(page.url()).search).toBe('?actor=marco-rubio');
    await page.selectOption('#timeline-filters select[name="kind"]', { label: 'Talks' });
    expect(new URL(page.url()).search).toBe('?actor=marco-rubio&kind=talks');
    const rubioTalks = (entry: { kind?: string; actors: string[] }) =>
      entry.actors.includes('marco-rubio') && entry.kind === 'talks';
    await expectShown(rubioTalks);
    expect(
      await page.locator('[data-coverage]').evaluateAll((markers) => markers.every((marker) => !marker.checkVisibility())),
    ).toBe(true);
    expect(await page.locator('#timeline-count').innerText()).toMatch(/^Showing \d+ of \d+ events\.$/);

    await page.reload();
    await page.waitForSelector('#timeline-filters:not([hidden])');
    expect(await page.inputValue('select[name="actor"]')).toBe('marco-rubio');
    expect(await page.inputValue('select[name="kind"]')).toBe('talks');
    await expectShown(rubioTalks);

    await page.goBack();
    await page.waitForURL((url) => url.search === '?actor=marco-rubio');
    expect(await page.inputValue('select[name="actor"]')).toBe('marco-rubio');
    expect(await page.inputValue('select[name="kind"]')).toBe('');
    await expectShown((entry) => entry.actors.includes('marco-rubio'));
    await session.end();
  });

  test.each([
    { link: '/actors/volodymyr-zelenskyy/', lands: '/actors/volodymyr-zelenskyy/', name: 'Volodymyr Zelenskyy' },
    { link: '/actors/zelensky/', lands: '/actors/volodymyr-zelenskyy/', name: 'Volodymyr Zelenskyy' },
  ])('a shared link to $link opens $lands', async ({ link, lands, name }) => {
    const session = await startSession(viewport);
    const { page } = session;
    await page.goto(`${site.url}${link}`);
    await page.waitForURL((url) => url.pathname === lands);
    await page.waitForLoadState('load');
    expect(await page.locator('h1').innerText()).toBe(name);
    expect(await page.title()).toContain(name);
    await session.end();
  });
});

describe.each(VIEWPORTS)('page types at $width×$height', (viewport) => {
  const lavrovQuote = builtQuotes().find((quote) => quote.speaker === 'sergey-lavrov' && quote.text.includes('road to nowhere'));
  const shots = [
    { name: 'home', url: '/', dark: true },
    { name: 'article', url: '/articles/leaders-retreat-to-their-corners/', dark: true },
    { name: 'actor', url: '/actors/marco-rubio/', dark: false },
    { name: 'event', url: '/events/lavrov-road-to-nowhere/', dark: false },
    { name: 'quote', url: lavrovQuote?.url ?? '/quotes/', dark: true },
    { name: 'timeline', url: '/timeline/', dark: false },
    { name: 'search', url: '/search/?q=move+on', dark: false },
  ];

  test.each(
    shots.flatMap((shot) => [
      { ...shot, scheme: 'light' as const },
      ...(shot.dark ? [{ ...shot, scheme: 'dark' as const }] : []),
    ]),
  )('$name ($scheme)', async ({ name, url, scheme }) => {
    const session = await startSession(viewport, scheme);
    const { page } = session;
    const response = await page.goto(`${site.url}${url}`);
    expect(response?.status()).toBe(200);
    if (name === 'search') await page.waitForSelector('#search-results > li');
    if (name === 'timeline') await page.waitForSelector('#timeline-filters:not([hidden])');
    // Nothing may stick out sideways: a phone reader would have to scroll horizontally.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    if (takeScreenshots) {
      await page.screenshot({ path: path.join(screenshotDir, `${name}-${viewport.width}-${scheme}.png`), fullPage: true });
    }
    expect(overflow, `page is ${overflow}px wider than the viewport`).toBeLessThanOrEqual(0);
    await session.end();
  });
});
