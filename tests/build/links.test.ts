import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { assertBuilt, distDir, listHtmlFiles, readDist, readPage } from '../helpers/dist.ts';
import { serveStatic } from '../../scripts/lib/static-server.ts';

/**
 * Every link the built site makes to itself must land: on a file in dist/, and on an element
 * with the fragment's id when it names one. Every page must be reachable from the home page.
 */

/** The origin the site is built for: absolute links to it (canonical, og:url) are internal too. */
const SITE_ORIGIN = new URL(process.env.DOSSIER_SITE_URL ?? 'https://dossier.example.org').origin;

/** One link found in a page: which attribute of which element, and the URL it points to. */
interface Link {
  from: string;
  element: string;
  attribute: string;
  url: URL;
}

/** The URL path a dist file is served at (`articles/x/index.html` → `/articles/x/`). */
function urlPathOf(file: string): string {
  return `/${file}`.replace(/index\.html$/, '');
}

/** The dist file a URL path resolves to, as a static host resolves it; null when there is none. */
function fileForPath(pathname: string): string | null {
  let file = path.join(distDir, decodeURIComponent(pathname));
  if (!file.startsWith(distDir)) return null;
  if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, 'index.html');
  return existsSync(file) && statSync(file).isFile() ? path.relative(distDir, file) : null;
}

/** Alias pages (`/actors/zelensky/`) only hold a meta refresh to the canonical page. */
function isRedirectPage(html: string): boolean {
  return /<meta[^>]+http-equiv="refresh"/i.test(html);
}

/** The URL a meta refresh points to (`0; url=/actors/x/`). */
function refreshTarget(content: string): string | null {
  return /url=(.+)$/i.exec(content)?.[1]?.trim() ?? null;
}

const asList = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : value == null ? [] : [String(value)]);

/** Every site link in a page: href, src, srcset candidates, cite, form action, meta refresh and og:url/og:image. */
function linksIn(file: string, tree: Root): Link[] {
  const base = new URL(urlPathOf(file), SITE_ORIGIN);
  const links: Link[] = [];
  const add = (node: Element, attribute: string, raw: string) => {
    const value = raw.trim();
    if (!value || /^(mailto|tel|data|javascript):/i.test(value)) return;
    const url = new URL(value, base);
    if (url.origin !== SITE_ORIGIN) return;
    links.push({ from: urlPathOf(file), element: node.tagName, attribute, url });
  };
  visit(tree, 'element', (node: Element) => {
    const p = node.properties;
    for (const value of asList(p.href)) add(node, 'href', value);
    for (const value of asList(p.src)) add(node, 'src', value);
    for (const value of asList(p.cite)) add(node, 'cite', value);
    for (const value of asList(p.action)) add(node, 'action', value);
    // hast splits srcset on commas; each candidate is "url [descriptor]".
    for (const candidate of asList(p.srcSet)) add(node, 'srcset', candidate.trim().split(/\s+/)[0] ?? '');
    if (node.tagName === 'meta') {
      const content = String(p.content ?? '');
      if (String(p.httpEquiv ?? '').toLowerCase() === 'refresh') {
        const target = refreshTarget(content);
        if (target) add(node, 'http-equiv=refresh', target);
      }
      if (/^og:(url|image)$/.test(String(p.property ?? ''))) add(node, `property=${String(p.property)}`, content);
    }
  });
  return links;
}

function idsIn(tree: Root): Set<string> {
  const ids = new Set<string>();
  visit(tree, 'element', (node: Element) => {
    if (node.properties.id != null) ids.add(String(node.properties.id));
  });
  return ids;
}

const describeLink = (link: Link) => `${link.from} <${link.element} ${link.attribute}="${link.url.pathname}${link.url.hash}">`;

let files: string[];
const trees = new Map<string, Root>();
const idsByFile = new Map<string, Set<string>>();
const linksByPath = new Map<string, Link[]>();
const counts = { pages: 0, links: 0, fragments: 0, reachable: 0 };

function parsed(file: string): Root {
  let tree = trees.get(file);
  if (!tree) {
    tree = readPage(urlPathOf(file));
    trees.set(file, tree);
  }
  return tree;
}

function ids(file: string): Set<string> {
  let set = idsByFile.get(file);
  if (!set) {
    set = idsIn(parsed(file));
    idsByFile.set(file, set);
  }
  return set;
}

beforeAll(() => {
  assertBuilt();
  files = listHtmlFiles();
  for (const file of files) linksByPath.set(urlPathOf(file), linksIn(file, parsed(file)));
  counts.pages = files.length;
});

afterAll(() => {
  console.info(
    `links.test: ${counts.pages} pages checked, ${counts.links} internal links checked, ` +
      `${counts.fragments} fragments checked, ${counts.reachable} pages reachable from /`,
  );
});

describe('internal links in the built site', () => {
  test('every internal href, src, srcset, cite and action resolves to a file in dist/', () => {
    const broken: string[] = [];
    for (const links of linksByPath.values()) {
      for (const link of links) {
        counts.links += 1;
        if (!fileForPath(link.url.pathname)) broken.push(describeLink(link));
      }
    }
    expect(counts.links).toBeGreaterThan(1000);
    expect(broken, `${broken.length} broken links:\n${broken.join('\n')}`).toEqual([]);
  });

  test('every #fragment of an internal link names an id on its target page', () => {
    const missing: string[] = [];
    for (const links of linksByPath.values()) {
      for (const link of links) {
        const fragment = decodeURIComponent(link.url.hash.slice(1));
        // A bare "#" (top of the page) names no element; `cite` is a reference, not a jump,
        // but the site's cites name paragraphs and must land as well.
        if (!fragment) continue;
        const target = fileForPath(link.url.pathname);
        if (!target?.endsWith('.html')) continue;
        counts.fragments += 1;
        if (!ids(target).has(fragment)) missing.push(`${describeLink(link)}: no id="${fragment}" in ${target}`);
      }
    }
    expect(counts.fragments).toBeGreaterThan(100);
    expect(missing, `${missing.length} dangling fragments:\n${missing.join('\n')}`).toEqual([]);
  });

  test('every page is reachable from the home page by following links', () => {
    const seen = new Set<string>(['/']);
    const queue = ['/'];
    while (queue.length > 0) {
      const current = queue.shift()!;
      for (const link of linksByPath.get(current) ?? []) {
        // rel=canonical and og:url say where a page lives, not a way a reader gets there.
        if (link.element === 'meta' || (link.element === 'link' && link.attribute === 'href')) continue;
        const target = fileForPath(link.url.pathname);
        if (!target?.endsWith('.html')) continue;
        const next = urlPathOf(target);
        if (!seen.has(next)) {
          seen.add(next);
          queue.push(next);
        }
      }
    }
    const required = files.filter((file) => file !== '404.html' && !isRedirectPage(readDist(file))).map(urlPathOf);
    counts.reachable = required.filter((page) => seen.has(page)).length;
    const orphans = required.filter((page) => !seen.has(page));
    expect(orphans, `${orphans.length} pages no link leads to:\n${orphans.join('\n')}`).toEqual([]);
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
