/**
 * What a reader's first search costs: the built search page is opened in Chromium (the same launch
 * flags as the browser tests), served with gzip like a static host, one query is typed and
 * submitted, and the encoded bytes of every response are summed. The search page loads Pagefind
 * as soon as it opens (to show the filters), so everything under /pagefind/ fetched from opening
 * the page to the first results is what the first query needs.
 */
import type { Browser, Request } from 'playwright-core';
import { launchChromium } from '../lib/browser.ts';
import { serveStatic } from '../lib/static-server.ts';

export interface SearchMeasurement {
  query: string;
  /** The status line the page showed ("12 results for …"). */
  status: string;
  /** Encoded bytes (body + headers) under /pagefind/, from opening the page to the first results. */
  pagefindBytes: number;
  /** …of which fetched before the query was typed (Pagefind's script, WebAssembly, entry, filters). */
  pagefindBytesOnOpen: number;
  /** Every response: the page, its CSS and JS, and Pagefind. */
  totalBytes: number;
  requests: number;
  /** The largest responses, for the report. */
  largest: Array<{ url: string; bytes: number }>;
}

/** Measures one query on the site in `distDir`; throws if Chromium is missing or the page fails. */
export async function measureFirstQuery(distDir: string, query: string): Promise<SearchMeasurement> {
  const server = await serveStatic(distDir);
  let browser: Browser;
  try {
    browser = await launchChromium();
  } catch (error) {
    // An open server would keep the benchmark's process alive after its report.
    await server.close();
    throw error;
  }
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    const responses: Array<{ url: string; bytes: number; phase: 'open' | 'query' }> = [];
    let phase: 'open' | 'query' = 'open';
    let inFlight = 0;
    let lastActivity = Date.now();
    const settled = new Set<Request>();
    const finish = async (request: Request, ok: boolean) => {
      if (settled.has(request)) return;
      settled.add(request);
      const at = phase;
      if (ok) {
        const sizes = await request.sizes().catch(() => null);
        if (sizes) responses.push({ url: request.url(), bytes: sizes.responseBodySize + sizes.responseHeadersSize, phase: at });
      }
      inFlight -= 1;
      lastActivity = Date.now();
    };
    page.on('request', () => {
      inFlight += 1;
      lastActivity = Date.now();
    });
    page.on('requestfinished', (request) => void finish(request, true));
    page.on('requestfailed', (request) => void finish(request, false));
    const quiet = async (ms = 750, limit = 60_000) => {
      const start = Date.now();
      while (Date.now() - start < limit) {
        if (inFlight <= 0 && Date.now() - lastActivity >= ms) return;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    };

    await page.goto(`${server.url}/search/`, { waitUntil: 'load' });
    await quiet();
    phase = 'query';
    await page.fill('#search-q', query);
    await page.press('#search-q', 'Enter');
    await page.waitForFunction(
      () => /result|No results/.test(document.querySelector('#search-status')?.textContent ?? ''),
      null,
      { timeout: 60_000 },
    );
    await quiet();
    const status = ((await page.textContent('#search-status')) ?? '').trim();
    await context.close();

    const isPagefind = (url: string) => new URL(url).pathname.startsWith('/pagefind/');
    const sum = (items: typeof responses) => items.reduce((total, item) => total + item.bytes, 0);
    return {
      query,
      status,
      pagefindBytes: sum(responses.filter((r) => isPagefind(r.url))),
      pagefindBytesOnOpen: sum(responses.filter((r) => isPagefind(r.url) && r.phase === 'open')),
      totalBytes: sum(responses),
      requests: responses.length,
      largest: [...responses]
        .sort((a, b) => b.bytes - a.bytes)
        .slice(0, 5)
        .map(({ url, bytes }) => ({ url: new URL(url).pathname, bytes })),
    };
  } finally {
    await browser.close();
    await server.close();
  }
}
