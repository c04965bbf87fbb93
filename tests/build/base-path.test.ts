import { mkdirSync, readdirSync, readFileSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchChromium } from '../../scripts/lib/browser.ts';
import { indexSite } from '../../scripts/lib/search-index.ts';
import { serveStatic } from '../../scripts/lib/static-server.ts';
import { buildFixture, type FixtureBuild, removeFixtureBuilds } from '../helpers/fixture-build.ts';
import { checkSiteLinks, htmlFilesOf, isRedirectPage, type LinkReport } from '../helpers/link-check.ts';

/**
 * The real site built for an address with a path, `SITE=https://news.example.net/dossier/`, the
 * way a newsroom or GitHub Pages project site publishes it: every internal link, asset and the
 * search page's Pagefind bundle under /dossier/, and every absolute URL (canonical, og:url,
 * share image, JSON-LD, sitemap, RSS, robots.txt, iCalendar) under the full address. One build
 * (the real content, a fresh cache, its own folder), then Pagefind, as `npm run build` runs it.
 */

const SITE = 'https://news.example.net/dossier/';
const ORIGIN = 'https://news.example.net';
const BASE = '/dossier/';

let build: FixtureBuild;
let links: LinkReport;
const read = (file: string) => readFileSync(path.join(build.distDir, file), 'utf8');

beforeAll(async () => {
  build = await buildFixture('base-path', { contentDir: path.resolve('content'), site: SITE, timeoutMs: 300_000 });
  if (!build.ok) throw new Error(`The build under a base path failed:\n${build.output.slice(-3000)}`);
  await indexSite(build.distDir, BASE);
  links = checkSiteLinks({ distDir: build.distDir, origin: ORIGIN, base: BASE });
  console.info(
    `base-path.test: ${links.pages} pages, ${links.links} internal links under ${BASE} (${links.broken.length} broken), ` +
      `${links.fragments} fragments, ${links.reachable} pages reachable from ${BASE}`,
  );
});
afterAll(removeFixtureBuilds);

describe(`the site built with SITE=${SITE}`, () => {
  test('builds without the warning for a missing address', () => {
    expect(build.output).not.toMatch(/SITE is not set/);
  });

  test('the whole link check passes under the base path: no broken link, no dangling fragment, no orphan page', () => {
    expect(links.links).toBeGreaterThan(1000);
    expect(links.broken, `${links.broken.length} broken links:\n${links.broken.slice(0, 50).join('\n')}`).toEqual([]);
    expect(links.dangling, links.dangling.slice(0, 50).join('\n')).toEqual([]);
    expect(links.orphans, links.orphans.slice(0, 50).join('\n')).toEqual([]);
    expect(links.reachable).toBeGreaterThan(80);
  });

  test('every absolute URL to the site’s host starts with the full address, and no placeholder domain is left', () => {
    const textFiles = readdirSync(build.distDir, { recursive: true, encoding: 'utf8' }).filter(
      (file) => /\.(html|xml|txt|ics|json|csv)$/.test(file) && !file.startsWith('pagefind'),
    );
    const own: string[] = [];
    const wrong: string[] = [];
    for (const file of textFiles) {
      const text = read(file);
      expect(text, file).not.toMatch(/dossier\.example|example\.org/);
      for (const [url] of text.matchAll(/https?:\/\/[^\s"'<>)\\]+/g)) {
        if (new URL(url).host !== new URL(SITE).host) continue;
        own.push(url);
        if (!url.startsWith(SITE)) wrong.push(`${file}: ${url}`);
      }
    }
    console.info(`base-path.test: ${own.length} absolute URLs to ${ORIGIN}, all under ${SITE}: ${wrong.length === 0}`);
    expect(own.length).toBeGreaterThan(500);
    expect(wrong).toEqual([]);
  });

  test('every page names its full address as canonical link and og:url, and a full share image', () => {
    for (const file of htmlFilesOf(build.distDir).filter((file) => file !== '404.html' && !isRedirectPage(read(file)))) {
      const html = read(file);
      const address = `${SITE}${file.replace(/index\.html$/, '')}`;
      expect(html, file).toContain(`<link rel="canonical" href="${address}">`);
      expect(html, file).toContain(`<meta property="og:url" content="${address}">`);
      expect(html, file).toContain(`<meta property="og:image" content="${SITE}og-image.png">`);
    }
  });

  test('the sitemap lists every content page by its full address', () => {
    expect(XMLValidator.validate(read('sitemap-index.xml'))).toBe(true);
    const xml = read('sitemap-0.xml');
    const listed = ([new XMLParser().parse(xml).urlset.url].flat() as Array<{ loc: string }>).map((url) => url.loc);
    const pages = htmlFilesOf(build.distDir)
      .filter((file) => file !== '404.html' && !isRedirectPage(read(file)))
      .map((file) => `${SITE}${file.replace(/index\.html$/, '')}`);
    expect(listed.sort()).toEqual(pages.sort());
    expect(read('robots.txt')).toBe(`User-agent: *\nAllow: /\n\nSitemap: ${SITE}sitemap-index.xml\n`);
  });

  test('an alias page leads to its actor under the base path, names the full canonical address, and stays out of the sitemap', () => {
    const html = read('actors/zelensky/index.html');
    expect(html).toContain(`content="0; url=${BASE}actors/volodymyr-zelenskyy/"`);
    expect(html).toContain(`<link rel="canonical" href="${SITE}actors/volodymyr-zelenskyy/">`);
    const sitemap = read('sitemap-0.xml');
    expect(sitemap).not.toContain(`${SITE}actors/zelensky/<`);
    expect(sitemap).toContain(`${SITE}actors/volodymyr-zelenskyy/<`);
  });

  test('rss.xml is valid and links every article by its full address, newest first', () => {
    const xml = read('rss.xml');
    expect(XMLValidator.validate(xml)).toBe(true);
    const channel = new XMLParser().parse(xml).rss.channel;
    expect(channel.link).toBe(SITE);
    const articles = JSON.parse(read('data/articles.json')) as Array<{ url: string; publishedAt: string }>;
    const expected = [...articles].sort((a, b) => b.publishedAt.localeCompare(a.publishedAt)).map((a) => `${ORIGIN}${a.url}`);
    expect(expected.every((url) => url.startsWith(`${SITE}articles/`))).toBe(true);
    expect(([channel.item].flat() as Array<{ link: string }>).map((item) => item.link)).toEqual(expected);
  });

  test('citations and JSON-LD name the full address', () => {
    const articlePage = read('articles/leaders-retreat-to-their-corners/index.html');
    // Each quote's note cites its anchor by the full address.
    const citations = [...articlePage.matchAll(/<p class="note__citation"[^>]*>([^<]*)<\/p>/g)].map((match) => match[1]!);
    expect(citations.length).toBeGreaterThan(5);
    for (const citation of citations)
      expect(citation).toMatch(new RegExp(`” ${SITE}articles/leaders-retreat-to-their-corners/#q-[\\w-]+$`));
    expect(articlePage).not.toContain('built without its web address');
    expect(articlePage).toContain(`"url":"${SITE}articles/leaders-retreat-to-their-corners/"`);
  });
});

describe('search under the base path, in Chromium', () => {
  let browser: Browser;
  let server: { url: string; close: () => Promise<void> };
  beforeAll(async () => {
    // A host whose /dossier/ folder is the build, as a project site is served.
    const host = path.join(path.dirname(build.distDir), 'host');
    mkdirSync(host);
    symlinkSync(build.distDir, path.join(host, 'dossier'));
    server = await serveStatic(host);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  test('the search page loads Pagefind from /dossier/pagefind/, and every result, pages and reported statements, opens', async () => {
    expect(readdirSync(path.join(build.distDir, 'pagefind'))).toContain('pagefind.js');
    const page = await browser.newPage();
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    const hrefs: string[] = [];
    for (const query of ['?q=Rubio', '?q=said&type=statement']) {
      await page.goto(`${server.url}${BASE}search/${query}`);
      await page.waitForFunction(() => /result|No results/.test(document.querySelector('#search-status')?.textContent ?? ''));
      hrefs.push(...(await page.$$eval('#search-results > li a', (anchors) => anchors.map((a) => a.getAttribute('href') ?? ''))));
    }
    const pagefind = requested.filter((pathname) => pathname.includes('/pagefind/'));
    expect(pagefind.length).toBeGreaterThan(0);
    expect(pagefind.filter((pathname) => !pathname.startsWith(`${BASE}pagefind/`))).toEqual([]);
    expect(hrefs.length).toBeGreaterThan(1);
    const unresolved: string[] = [];
    for (const href of new Set(hrefs)) {
      const url = new URL(href, server.url);
      if (!url.pathname.startsWith(BASE) || (await fetch(url)).status !== 200) unresolved.push(href);
    }
    expect(unresolved).toEqual([]);
    await page.close();
  });
});
