/**
 * The built site served as a static host serves it, and a Chromium to read it in, for one browser
 * test file. `servedSite()` at the top of the file fails at once when there is no build, starts
 * the server and the browser before the file's tests and stops both after them.
 */
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { launchChromium } from '../../scripts/lib/browser.ts';
import { type StaticServer, serveStatic } from '../../scripts/lib/static-server.ts';
import { assertBuilt, distDir } from './dist.ts';

/** The running site and browser of a test file. */
export interface ServedSite {
  /** The server's address, without a trailing slash: `${site.url}/actors/`. */
  readonly url: string;
  /** The file's one Chromium; closing it closes every page opened from it. */
  readonly browser: Browser;
  /** A blank page in a fresh browser profile (a reader arriving from a shared link), kept open until the browser closes. */
  newPage(options?: BrowserContextOptions): Promise<Page>;
  /** A page in a fresh profile, opened at `urlPath`, which must answer 200. Close it with `page.context().close()`. */
  open(urlPath: string, options?: BrowserContextOptions): Promise<Page>;
  /** Runs `check` on a page `open` gives, then closes its profile; returns what `check` returns. */
  withPage<T>(urlPath: string, options: BrowserContextOptions, check: (page: Page) => Promise<T>): Promise<T>;
}

/** Serves dist/ and launches Chromium for the calling test file (see the file's comment). */
export function servedSite(): ServedSite {
  assertBuilt();
  let server: StaticServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    server = await serveStatic(distDir);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('servedSite(): the site is used before its beforeAll hook ran');
    return value;
  };
  const site: ServedSite = {
    get url() {
      return started(server).url;
    },
    get browser() {
      return started(browser);
    },
    async newPage(options = {}) {
      return (await site.browser.newContext(options)).newPage();
    },
    async open(urlPath, options = {}) {
      const page = await site.newPage(options);
      expect((await page.goto(`${site.url}${urlPath}`))?.status(), urlPath).toBe(200);
      return page;
    },
    async withPage(urlPath, options, check) {
      const page = await site.open(urlPath, options);
      try {
        return await check(page);
      } finally {
        await page.context().close();
      }
    },
  };
  return site;
}
