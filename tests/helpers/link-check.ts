import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';

/**
 * The whole link check of a built site, as a static host serves it: every link the site makes to
 * itself lands on a file (and on an element with the fragment's id when it names one), and every
 * page is reachable from the home page. A site built for a base path (`SITE=…/dossier/`) is served
 * under it, so a link that leaves the base path is broken, however the files are laid out.
 */

/** Where a built site is and where it is served. */
export interface SiteUnderTest {
  /** The built site's folder. */
  distDir: string;
  /** The origin its absolute links to itself use (canonical, og:url); any origin when it has none. */
  origin: string;
  /** The path the site is served under (`/` or `/dossier/`). */
  base: string;
}

/** One link found in a page: which attribute of which element, and the URL it points to. */
export interface Link {
  from: string;
  element: string;
  attribute: string;
  url: URL;
}

/** What the link check found. */
export interface LinkReport {
  /** HTML pages read. */
  pages: number;
  /** Internal links followed (href, src, srcset, cite, action, meta refresh, og:url, og:image). */
  links: number;
  /** Internal links with no file behind them, described. */
  broken: string[];
  /** Links with a #fragment that were checked against their target page. */
  fragments: number;
  /** Fragments naming no id on their target page, described. */
  dangling: string[];
  /** Pages (other than 404 and alias redirects) reachable from the home page. */
  reachable: number;
  /** Pages no chain of links from the home page leads to. */
  orphans: string[];
}

const asList = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : value == null ? [] : [String(value)]);

/** Alias pages (`/actors/zelensky/`) only hold a meta refresh to the canonical page. */
export const isRedirectPage = (html: string): boolean => /<meta[^>]+http-equiv="refresh"/i.test(html);

/** Every HTML file of a built site (Pagefind's own files aside), relative to its folder. */
export function htmlFilesOf(distDir: string): string[] {
  return readdirSync(distDir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html') && !file.startsWith('pagefind'))
    .sort();
}

/** Checks every internal link of a built site; see the module comment. */
export function checkSiteLinks(site: SiteUnderTest): LinkReport {
  const distDir = path.resolve(site.distDir);
  /** The URL path a file is served at (`articles/x/index.html` → `/dossier/articles/x/`). */
  const urlPathOf = (file: string) => `${site.base}${file.split(path.sep).join('/')}`.replace(/index\.html$/, '');
  /** The file a URL path resolves to, as a static host under the base path resolves it; null when there is none. */
  const fileForPath = (pathname: string): string | null => {
    if (!pathname.startsWith(site.base)) return null;
    let file = path.join(distDir, decodeURIComponent(pathname.slice(site.base.length)));
    if (!file.startsWith(distDir)) return null;
    if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, 'index.html');
    return existsSync(file) && statSync(file).isFile() ? path.relative(distDir, file) : null;
  };

  const files = htmlFilesOf(distDir);
  const html = new Map(files.map((file) => [file, readFileSync(path.join(distDir, file), 'utf8')]));
  const trees = new Map(files.map((file) => [file, fromHtml(html.get(file)!)]));
  const linksByPath = new Map(files.map((file) => [urlPathOf(file), linksIn(urlPathOf(file), trees.get(file)!, site.origin)]));
  const describe = (link: Link) => `${link.from} <${link.element} ${link.attribute}="${link.url.pathname}${link.url.hash}">`;

  const report: LinkReport = { pages: files.length, links: 0, broken: [], fragments: 0, dangling: [], reachable: 0, orphans: [] };
  const idsByFile = new Map<string, Set<string>>();
  for (const links of linksByPath.values()) {
    for (const link of links) {
      report.links += 1;
      const target = fileForPath(link.url.pathname);
      if (!target) {
        report.broken.push(describe(link));
        continue;
      }
      // A bare "#" (top of the page) names no element; `cite` is a reference, not a jump, but the
      // site's cites name paragraphs and must land as well.
      const fragment = decodeURIComponent(link.url.hash.slice(1));
      if (!fragment || !target.endsWith('.html')) continue;
      report.fragments += 1;
      let ids = idsByFile.get(target);
      if (!ids) idsByFile.set(target, (ids = idsIn(trees.get(target)!)));
      if (!ids.has(fragment)) report.dangling.push(`${describe(link)}: no id="${fragment}" in ${target}`);
    }
  }

  const home = urlPathOf('index.html');
  const seen = new Set<string>([home]);
  const queue = [home];
  while (queue.length > 0) {
    for (const link of linksByPath.get(queue.shift()!) ?? []) {
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
  const required = files.filter((file) => file !== '404.html' && !isRedirectPage(html.get(file)!)).map(urlPathOf);
  report.reachable = required.filter((page) => seen.has(page)).length;
  report.orphans = required.filter((page) => !seen.has(page));
  return report;
}

/** The URL a meta refresh points to (`0; url=/actors/x/`). */
const refreshTarget = (content: string): string | null => /url=(.+)$/i.exec(content)?.[1]?.trim() ?? null;

/** Every link of a page to its own site: href, src, srcset candidates, cite, form action, meta refresh and og:url/og:image. */
function linksIn(from: string, tree: Root, origin: string): Link[] {
  const pageUrl = new URL(from, origin);
  const links: Link[] = [];
  const add = (node: Element, attribute: string, raw: string) => {
    const value = raw.trim();
    if (!value || /^(mailto|tel|data|javascript):/i.test(value)) return;
    const url = new URL(value, pageUrl);
    if (url.origin !== pageUrl.origin) return;
    links.push({ from, element: node.tagName, attribute, url });
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
