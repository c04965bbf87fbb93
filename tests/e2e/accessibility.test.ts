import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { listHtmlFiles, readDist } from '../helpers/dist.ts';
import { servedSite } from '../helpers/served-site.ts';
import { coveringSample, elementKinds, routeTemplate } from '../helpers/page-sample.ts';

/**
 * WCAG 2.2 AA by axe-core in light mode on a sample of the built pages that holds every kind of
 * element any page renders and every route template (tests/helpers/page-sample.ts), and on the
 * main page types in dark mode; then what axe cannot judge, with a real keyboard on
 * representative pages. html-validate checks every page's markup (tests/build/html-validity).
 */

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
/** The axe-core version the project pins, rather than the copy @axe-core/playwright bundles. */
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Alias pages (`/actors/zelensky/`) only hold a meta refresh; a reader never sees them. */
const isRedirectPage = (file: string) => /<meta[^>]+http-equiv="refresh"/i.test(readDist(file));
const urlPathOf = (file: string) => `/${file}`.replace(/index\.html$/, '');

const site = servedSite();
/** Every page a reader can reach, with the kinds of element it holds. */
const readerPages = new Map(
  listHtmlFiles()
    .filter((file) => !isRedirectPage(file))
    .map((file) => [urlPathOf(file), elementKinds(readDist(file))] as const),
);
/**
 * `npm run test:a11y` (DOSSIER_AXE_EVERY_PAGE=1, run by .ci/run after `npm test`) checks every
 * page instead of the sample: the same check, at a few minutes' cost.
 */
const everyPage = process.env.DOSSIER_AXE_EVERY_PAGE === '1';
// The search page is checked with a query that has rendered results, and a filter in the URL,
// which opens the filter panel with its lists.
const pages = (everyPage ? [...readerPages.keys()] : coveringSample(readerPages)).map((urlPath) =>
  urlPath === '/search/' ? '/search/?q=move+on&type=quote' : urlPath,
);
const firstArticle = [...readerPages.keys()].find((urlPath) => /^\/articles\/[^/]+\/$/.test(urlPath))!;
const DARK_PAGES = ['/', firstArticle, '/search/?q=move+on&type=quote', '/timeline/'];

const contexts: Partial<Record<'light' | 'dark', { context: BrowserContext; page: Page }>> = {};
const rulesRun = new Set<string>();
const rulesApplied = new Set<string>();
let axeRuns = 0;

beforeAll(async () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    const context = await site.browser.newContext({ colorScheme, viewport: { width: 1280, height: 900 } });
    contexts[colorScheme] = { context, page: await context.newPage() };
  }
});
afterAll(async () => {
  console.info(
    `accessibility.test: axe ran ${axeRuns} times on ${pages.length} of ${readerPages.size} pages (${DARK_PAGES.length} also dark), ` +
      `${rulesRun.size} rules run, ${rulesApplied.size} applicable somewhere`,
  );
});

/** Opens a page and waits until what scripts add to it is there (search results, timeline filters). */
/** Opens a page unless the tab already shows it: for checks that only read the page. */
async function show(page: Page, urlPath: string): Promise<void> {
  const { pathname, search } = new URL(page.url());
  if (`${pathname}${search}` !== urlPath) await open(page, urlPath);
}

async function open(page: Page, urlPath: string): Promise<void> {
  const response = await page.goto(`${site.url}${urlPath}`);
  expect(response?.status(), `status of ${urlPath}`).toBe(200);
  if (urlPath.startsWith('/search/?q=')) {
    await page.waitForSelector('#search-results > li');
    await page.waitForSelector('#search-filters[open]:not([hidden]) input[type=checkbox]');
  }
  if (urlPath === '/timeline/') await page.waitForSelector('#timeline-filters:not([hidden])');
}

/**
 * Rules whose outcome depends on colour. The dark scheme changes only colours (the markup and
 * layout are the light page's), so in dark mode these are the rules to run again.
 */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

async function axeViolations(page: Page, { colourOnly = false } = {}): Promise<string[]> {
  // options() replaces every option set before it, so it comes before withTags()/withRules().
  const builder = new AxeBuilder({ page, axeSource }).options({ rules: { 'target-size': { enabled: true } } });
  const results = await (colourOnly ? builder.withRules(COLOUR_RULES) : builder.withTags(WCAG_TAGS)).analyze();
  axeRuns += 1;
  for (const result of [...results.passes, ...results.violations, ...results.incomplete]) rulesApplied.add(result.id);
  for (const result of results.inapplicable) rulesRun.add(result.id);
  for (const id of rulesApplied) rulesRun.add(id);
  return results.violations.flatMap((violation) =>
    violation.nodes.map(
      (node) =>
        `${violation.id} (${violation.impact}) ${node.target.join(' ')}: ${node.failureSummary?.replace(/\s+/g, ' ') ?? violation.help}`,
    ),
  );
}

describe('axe-core, WCAG 2.2 AA, light mode', () => {
  test('the sample holds every kind of element of every page, and every route template', () => {
    // 94 pages on the real site since quotes have no page of their own (issue 23).
    expect(readerPages.size).toBeGreaterThan(80);
    const sampled = new Set(pages.map((urlPath) => (urlPath.startsWith('/search/') ? '/search/' : urlPath)));
    const covered = new Set([...sampled].flatMap((urlPath) => [...readerPages.get(urlPath)!]));
    const missing = [...readerPages].flatMap(([, kinds]) => [...kinds].filter((kind) => !covered.has(kind)));
    expect(missing).toEqual([]);
    expect(new Set([...sampled].map(routeTemplate))).toEqual(new Set([...readerPages.keys()].map(routeTemplate)));
    expect(pages).toEqual(expect.arrayContaining(['/', '/404.html', '/timeline/', '/search/?q=move+on&type=quote']));
  });

  test.each(pages)('%s has no violations', async (urlPath) => {
    const { page } = contexts.light!;
    await open(page, urlPath);
    const violations = await axeViolations(page);
    expect(violations, violations.join('\n')).toEqual([]);
  });
});

describe('axe-core, WCAG 2.2 AA colour rules, dark mode', () => {
  test.each(DARK_PAGES)('%s has no violations', async (urlPath) => {
    const { page } = contexts.dark!;
    await open(page, urlPath);
    expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(true);
    const violations = await axeViolations(page, { colourOnly: true });
    expect(violations, violations.join('\n')).toEqual([]);
  });
});

/** What a keyboard user meets on a page, read in the page. */
interface FocusStop {
  index: number;
  description: string;
}

const KEYBOARD_PAGES = ['/', firstArticle, '/timeline/', '/search/?q=move+on&type=quote'];

describe.each(KEYBOARD_PAGES)('keyboard and structure on %s', (urlPath) => {
  let page: Page;
  beforeAll(async () => {
    page = contexts.light!.page;
  });

  test('the first Tab focuses a visible skip link, and Enter moves focus to #main', async () => {
    await open(page, urlPath);
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement;
      const box = element.getBoundingClientRect();
      const style = getComputedStyle(element);
      return {
        className: element.className,
        href: element.getAttribute('href'),
        text: element.textContent?.trim(),
        inViewport:
          box.width > 1 && box.height > 1 && box.bottom > 0 && box.right > 0 && box.top < innerHeight && box.left < innerWidth,
        shown: style.visibility === 'visible' && Number(style.opacity) > 0 && style.clipPath === 'none' && style.clip === 'auto',
      };
    });
    expect(focused).toMatchObject({ href: '#main', text: 'Skip to content', inViewport: true, shown: true });
    await page.keyboard.press('Enter');
    // The fragment navigation can be reported a moment after the key press on a busy machine.
    await page.waitForURL((url) => url.hash === '#main', { timeout: 5_000 }).catch(() => undefined);
    expect(new URL(page.url()).hash).toBe('#main');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
  });

  test('Tab reaches every interactive element, in document order, each with a visible focus indicator', async () => {
    await open(page, urlPath);
    // Number every element a keyboard should reach, and note how it looks before it has focus.
    const expected = await page.evaluate(() => {
      const selector =
        'a[href], button:not([disabled]), input:not([disabled]):not([type=hidden]), select:not([disabled]), ' +
        'textarea:not([disabled]), summary, [tabindex]:not([tabindex="-1"])';
      const elements = [...document.querySelectorAll<HTMLElement | SVGElement>(selector)].filter(
        (element) => element.checkVisibility({ visibilityProperty: true }) && !element.closest('[inert]'),
      );
      return elements.map((element, index) => {
        element.dataset.focusIndex = String(index);
        const label = (element.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 50);
        return {
          index,
          description:
            `<${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}> ` +
            `${label || element.getAttribute('aria-label') || element.getAttribute('name') || ''}`,
        };
      });
    });
    /** Outline, box-shadow and SVG stroke of an element and its descendants (an SVG link draws focus on its circle). */
    const focusLook = (index: number) =>
      page.evaluate((i) => {
        const element = document.querySelector(`[data-focus-index="${i}"]`)!;
        return [element, ...element.querySelectorAll('*')]
          .slice(0, 5)
          .map((node) => {
            const style = getComputedStyle(node);
            const outline =
              style.outlineStyle === 'none' || style.outlineWidth === '0px'
                ? 'none'
                : `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}`;
            return `${outline} | ${style.boxShadow} | ${style.stroke} ${style.strokeWidth}`;
          })
          .join(' / ');
      }, index);
    expect(expected.length, 'interactive elements found').toBeGreaterThan(10);
    const unfocused = new Map<number, string>();
    for (const { index } of expected) unfocused.set(index, await focusLook(index));

    const reached: FocusStop[] = [];
    const noIndicator: string[] = [];
    const skipLink = await page.$('.skip-link');
    for (let presses = 0; presses < expected.length + 20; presses += 1) {
      await page.keyboard.press('Tab');
      const index = await page.evaluate(() => {
        const element = document.activeElement as HTMLElement | null;
        if (!element || element === document.body) return null;
        return element.dataset.focusIndex ? Number(element.dataset.focusIndex) : -1;
      });
      if (index === null) break;
      if (index === -1) {
        const extra = await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 120));
        reached.push({ index: -1, description: `unexpected stop: ${extra}` });
        continue;
      }
      if (reached.some((stop) => stop.index === index)) break;
      const stop = expected[index]!;
      reached.push(stop);
      const look = await focusLook(index);
      if (look === unfocused.get(index)) noIndicator.push(`${stop.description}: ${look}`);
    }
    expect(skipLink).not.toBeNull();
    expect(reached.map((stop) => stop.description)).toEqual(expected.map((stop) => stop.description));
    expect(noIndicator, `no visible focus change on:\n${noIndicator.join('\n')}`).toEqual([]);
  });

  test('has the banner, navigation, main and contentinfo landmarks', async () => {
    await show(page, urlPath);
    expect(await page.getByRole('banner').count()).toBe(1);
    expect(await page.getByRole('navigation').count()).toBeGreaterThanOrEqual(1);
    expect(await page.getByRole('main').count()).toBe(1);
    expect(await page.getByRole('contentinfo').count()).toBe(1);
    expect(await page.getByRole('search').count()).toBeGreaterThanOrEqual(1);
  });

  test('has one h1 and headings that skip no level', async () => {
    await show(page, urlPath);
    const headings = await page.$$eval('h1, h2, h3, h4, h5, h6', (elements) =>
      elements
        .filter((element) => element.checkVisibility())
        .map((element) => ({ level: Number(element.tagName[1]), text: (element.textContent ?? '').trim().slice(0, 60) })),
    );
    expect(headings.filter((heading) => heading.level === 1)).toHaveLength(1);
    expect(headings[0]?.level).toBe(1);
    const skips = headings.flatMap((heading, i) =>
      i > 0 && heading.level > headings[i - 1]!.level + 1
        ? [`h${headings[i - 1]!.level} “${headings[i - 1]!.text}” → h${heading.level} “${heading.text}”`]
        : [],
    );
    expect(skips).toEqual([]);
  });
});
