import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { assertBuilt, distDir, readDist } from '../helpers/dist.ts';
import { checkSiteLinks, type LinkReport } from '../helpers/link-check.ts';
import { serveStatic } from '../../scripts/lib/static-server.ts';

/**
 * Every link the built site makes to itself must land: on a file in dist/, and on an element
 * with the fragment's id when it names one. Every page must be reachable from the home page.
 * The check itself is tests/helpers/link-check.ts; tests/build/base-path.test.ts runs it on a
 * build under a base path.
 */

/** The default build has no address (no SITE), so it links to itself by root-relative paths only. */
const SITE = { distDir, origin: 'http://localhost', base: '/' };

let report: LinkReport;

beforeAll(() => {
  assertBuilt();
  report = checkSiteLinks(SITE);
});

afterAll(() => {
  if (!report) return;
  console.info(
    `links.test: ${report.pages} pages checked, ${report.links} internal links checked, ` +
      `${report.fragments} fragments checked, ${report.reachable} pages reachable from /`,
  );
});

describe('internal links in the built site', () => {
  test('every internal href, src, srcset, cite and action resolves to a file in dist/', () => {
    expect(report.links).toBeGreaterThan(1000);
    expect(report.broken, `${report.broken.length} broken links:\n${report.broken.join('\n')}`).toEqual([]);
  });

  test('every #fragment of an internal link names an id on its target page', () => {
    expect(report.fragments).toBeGreaterThan(100);
    expect(report.dangling, `${report.dangling.length} dangling fragments:\n${report.dangling.join('\n')}`).toEqual([]);
  });

  test('every page is reachable from the home page by following links', () => {
    expect(report.reachable).toBeGreaterThan(80);
    expect(report.orphans, `${report.orphans.length} pages no link leads to:\n${report.orphans.join('\n')}`).toEqual([]);
  });

  test('the 404 page links only with root-relative paths, since it is served at any depth', () => {
    const relative = readDist('404.html').match(/\b(?:href|src|action)="(?!\/|https?:|#|mailto:)[^"]*"/g) ?? [];
    expect(relative).toEqual([]);
  });
});

describe('the 404 page on a static host', () => {
  let server: { url: string; close: () => Promise<void> };
  beforeAll(async () => {
    server = await serveStatic(distDir);
  });
  afterAll(async () => {
    await server?.close();
  });

  test.each(['/no-such-page/', '/articles/no-such-article/', '/actors/nobody/'])(
    '%s is answered with status 404 and "Page not found"',
    async (pathname) => {
      const response = await fetch(`${server.url}${pathname}`);
      expect(response.status).toBe(404);
      expect(response.headers.get('content-type')).toMatch(/^text\/html/);
      const body = await response.text();
      expect(body).toMatch(/<h1[^>]*>\s*Page not found\s*<\/h1>/);
    },
  );
});
