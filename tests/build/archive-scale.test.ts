/**
 * The site at archive scale: a synthetic corpus of 200 articles (the benchmark's generator) built
 * with the real `astro build`. List pages are paginated or bounded so no page grows with the
 * corpus, and nothing becomes unreachable: every article, event and unnamed source is still on
 * one of the pages, and every capped list says how many it leaves out and links to the rest.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { PAGE_SIZES } from '../../src/lib/pagination.ts';
import { buildFixture, removeFixtureBuilds, type FixtureBuild } from '../helpers/fixture-build.ts';
import { squash } from '../helpers/dist.ts';

/**
 * Enough articles for every paginated list to have four pages or more, an actor with more quotes
 * than their page shows and quote sections that are capped; the benchmark measures larger corpora.
 */
const ARTICLES = 200;

/** The corpus, generated the way the benchmark generates one (tests run the bench scripts, never import them). */
function generateCorpus(): Record<string, string> {
  const out = mkdtempSync(path.join(tmpdir(), 'dossier-archive-scale-'));
  try {
    execFileSync(process.execPath, [
      'scripts/cli/generate-corpus.ts',
      '--articles',
      String(ARTICLES),
      '--seed',
      'archive-scale',
      '--out',
      out,
    ]);
    const files = readdirSync(out, { recursive: true, encoding: 'utf8' }).filter((file) =>
      /^(articles|actors|events|raw)\/[^/]+\.\w+$/.test(file),
    );
    return Object.fromEntries(files.map((file) => [file, readFileSync(path.join(out, file), 'utf8')]));
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

let articleSlugs: string[];
let eventSlugs: string[];
let build: FixtureBuild;
beforeAll(async () => {
  const corpus = generateCorpus();
  const slugsIn = (folder: string, extension: string) =>
    Object.keys(corpus)
      .filter((file) => file.startsWith(`${folder}/`) && file.endsWith(extension))
      .map((file) => path.basename(file, extension));
  articleSlugs = slugsIn('articles', '.md');
  eventSlugs = slugsIn('events', '.yaml');
  build = await buildFixture('archive-scale', { withBase: false, files: corpus, timeoutMs: 300_000 });
}, 320_000);
afterAll(() => removeFixtureBuilds());

function html(urlPath: string): string {
  return readFileSync(path.join(build.distDir, urlPath, 'index.html'), 'utf8');
}
function page(urlPath: string): Root {
  return fromHtml(html(urlPath));
}
const hrefs = (tree: Root, selector: string) => selectAll(selector, tree).map((node) => String(node.properties.href));
/** Every page of a paginated list, following its "next page" links from the first. */
function followPages(firstUrl: string): string[] {
  const urls = [firstUrl];
  for (let next = select('a[rel="next"]', page(firstUrl)); next; next = select('a[rel="next"]', page(urls.at(-1)!))) {
    urls.push(String(next.properties.href));
    if (urls.length > 1000) throw new Error('pagination does not end');
  }
  return urls;
}

test('the synthetic archive builds', () => {
  expect(build.output).toMatch(/page\(s\) built/);
  expect(build.ok, build.output.slice(-3000)).toBe(true);
  expect(articleSlugs).toHaveLength(ARTICLES);
});

describe('/articles/ is paginated', () => {
  test(`pages of ${PAGE_SIZES.articles}, and every article is on exactly one of them, newest first`, () => {
    const urls = followPages('/articles/');
    expect(urls).toEqual(
      Array.from({ length: Math.ceil(ARTICLES / PAGE_SIZES.articles) }, (_, i) =>
        i === 0 ? '/articles/' : `/articles/page/${i + 1}/`,
      ),
    );
    const listed = urls.flatMap((url) => hrefs(page(url), 'main .card-list h2 a'));
    expect(listed).toHaveLength(ARTICLES);
    expect([...listed].sort()).toEqual(articleSlugs.map((slug) => `/articles/${slug}/`).sort());
  });

  test('the pager marks the current page and links back', () => {
    const second = page('/articles/page/2/');
    expect(String(select('nav.list-pager [aria-current="page"]', second)?.properties.href)).toBe('/articles/page/2/');
    expect(String(select('nav.list-pager a[rel="prev"]', second)?.properties.href)).toBe('/articles/');
    expect(squash(toString(select('main p.meta', second)!))).toContain(
      `${ARTICLES} articles, newest first; ${PAGE_SIZES.articles + 1}–${2 * PAGE_SIZES.articles} on page 2 of ${Math.ceil(ARTICLES / PAGE_SIZES.articles)}`,
    );
  });
});

test('/events/ is paginated, oldest first, and every event is on one page', () => {
  const urls = followPages('/events/');
  expect(urls.length).toBeGreaterThan(1);
  expect(urls).toHaveLength(Math.ceil(eventSlugs.length / PAGE_SIZES.events));
  const listed = urls.flatMap((url) => hrefs(page(url), 'tbody th[scope="row"] a'));
  expect([...listed].sort()).toEqual(eventSlugs.map((slug) => `/events/${slug}/`).sort());
});

test('/actors/unnamed-sources/ is paginated by article, and keeps every unnamed quote', () => {
  const urls = followPages('/actors/unnamed-sources/');
  expect(urls.length).toBeGreaterThan(1);
  const sections = urls.flatMap((url) => selectAll('main section', page(url)));
  expect(sections.length).toBeLessThanOrEqual(urls.length * PAGE_SIZES.unnamedSourceArticles);
  const quotes = urls.flatMap((url) => hrefs(page(url), 'main section a[href*="#q-"]'));
  expect(new Set(quotes).size).toBe(quotes.length);
  expect(quotes.length).toBeGreaterThan(sections.length);
});

describe('/quotes/ stays bounded', () => {
  test('each section shows at most 15 quotes and says where the rest are', () => {
    const tree = page('/quotes/');
    const sections = selectAll('main > section', tree);
    expect(sections.length).toBeGreaterThan(3);
    const capped = sections.filter(
      (section) => select('p.more', section) && /The newest/.test(toString(select('p.more', section)!)),
    );
    expect(capped.length).toBeGreaterThan(0);
    for (const section of sections) expect(selectAll('.card-list > li', section).length).toBeLessThanOrEqual(15);
    for (const section of capped) {
      const more = select('p.more', section)!;
      expect(squash(toString(more))).toMatch(/^The newest 15 of \d+[.;]/);
      // Named speakers lead to a search for all their quotes, unnamed sources to their index;
      // titles and scare quotes, which have no list of their own, say they are in their articles.
      const link = select('a', more);
      if (link) expect(String(link.properties.href)).toMatch(/^\/(search\/\?speaker=.+&type=quote|actors\/unnamed-sources\/)$/);
      else expect(squash(toString(more))).toMatch(/the others are marked in their articles/);
    }
  });
});

test('an actor page shows the newest 40 quotes and links to all of them', () => {
  // The most quoted speakers head the quotes index.
  const actorPages = hrefs(page('/quotes/'), 'main > section h2 a[href^="/actors/"]');
  const busiest = actorPages
    .map((href) => ({ href, tree: page(href) }))
    .find(({ tree }) =>
      /The newest 40 of \d+ quotes/.test(toString(select('#quotes-heading + p', tree) ?? { type: 'root', children: [] })),
    );
  expect(busiest, 'no actor with more than 40 quotes in the synthetic archive').toBeDefined();
  const section = select('section[aria-labelledby="quotes-heading"]', busiest!.tree)!;
  // Quotes and reported statements share the list, each capped at 40.
  expect(selectAll('.card-list > li.said-item--quoted', section)).toHaveLength(40);
  expect(selectAll('.card-list > li.said-item--reported', section).length).toBeLessThanOrEqual(40);
  expect(String(select('#quotes-heading + p a', busiest!.tree)?.properties.href)).toMatch(/^\/search\/\?speaker=.+&type=quote$/);
});

test('the home page lists the 10 newest articles and links to the rest', () => {
  const tree = page('/');
  const latest = hrefs(tree, 'main .card-list h3 a');
  expect(latest).toEqual(hrefs(page('/articles/'), 'main .card-list h2 a').slice(0, 10));
  expect(hrefs(tree, 'main p.more a')).toEqual(['/articles/']);
});

test('the timeline overview draws one mark per date, not one per article', () => {
  // One strip drawing (the wide one; the phone one is drawn the same way), one mark per date.
  const svg = select('svg.strip__svg', page('/timeline/'))!;
  const coverageMarks = selectAll('.strip__coverage', svg).length;
  expect(coverageMarks).toBeGreaterThan(0);
  expect(coverageMarks).toBeLessThan(ARTICLES);
});

test('the timeline is paginated, oldest first: every event is on exactly one page, where its links lead', () => {
  const first = page('/timeline/');
  const pageLinks = hrefs(first, 'nav.list-pager a').filter((href) => /^\/timeline\/page\/\d+\/$/.test(href));
  expect(pageLinks.length).toBeGreaterThan(0);
  const count = Math.max(...pageLinks.map((href) => Number(/(\d+)\/$/.exec(href)![1])));
  const pageOf = new Map<string, string>();
  for (let number = 1; number <= count; number++) {
    const url = number === 1 ? '/timeline/' : `/timeline/page/${number}/`;
    for (const entry of selectAll('li.timeline-event', page(url))) {
      const slug = String(entry.properties.id);
      expect(pageOf.has(slug), `${slug} is on two timeline pages`).toBe(false);
      pageOf.set(slug, url);
    }
  }
  expect([...pageOf.keys()].sort()).toEqual([...eventSlugs].sort());
  // An event page's "On the timeline" link and a strip dot on another page lead to the page that lists the event.
  const slug = eventSlugs.find((event) => pageOf.get(event) !== '/timeline/')!;
  expect(hrefs(page(`/events/${slug}/`), 'nav.pager a')).toContain(`${pageOf.get(slug)}#${slug}`);
  // A timeline of several pages filters one page at a time: no actor page sends readers there for all their events.
  const actorPage = (slug: string) => path.join(build.distDir, 'actors', slug, 'index.html');
  const actorLinks = readdirSync(path.join(build.distDir, 'actors'))
    .filter((slug) => existsSync(actorPage(slug)))
    .flatMap((slug) => (/timeline\/\?actor=/.test(readFileSync(actorPage(slug), 'utf8')) ? [slug] : []));
  expect(actorLinks).toEqual([]);
  // Drawn twice (wide and narrow strips), each dot leading there.
  expect(new Set(hrefs(first, `svg.strip__svg a[data-event="${slug}"]`))).toEqual(new Set([`${pageOf.get(slug)}#${slug}`]));
});

test('/about/ names the raw copies in the articles export instead of listing them', () => {
  const tree = page('/about/');
  expect(selectAll('#corpus ~ .table-scroll table', tree)).toEqual([]);
  expect(hrefs(tree, 'main a')).toContain('/data/articles.json');
  const rows = JSON.parse(readFileSync(path.join(build.distDir, 'data/articles.json'), 'utf8')) as Array<{ raw: string }>;
  expect(rows).toHaveLength(ARTICLES);
  expect(rows.every((row) => /\.(txt|html?)$/.test(row.raw))).toBe(true);
});

test('no list page weighs more than 200 KB of HTML', () => {
  const lists = ['/', '/articles/', '/events/', '/quotes/', '/actors/', '/actors/unnamed-sources/', '/timeline/', '/about/'];
  const heavy = lists.map((url) => ({ url, bytes: Buffer.byteLength(html(url)) })).filter(({ bytes }) => bytes > 200_000);
  expect(heavy).toEqual([]);
});
