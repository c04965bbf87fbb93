/**
 * A small set of built pages that between them show every kind of element the site renders,
 * for the browser checks that are too slow to run on every page (axe takes one to three
 * seconds a page). Pages of one template differ in their words, not in their markup: an actor
 * page with quotes and one without differ by the quote list, which another actor page shows.
 * So a page is described by the kinds of element it holds (tag, classes, ARIA and state
 * attributes, and the same of its parent), and pages are picked until every kind is on at least
 * one of them, with every route template among them. What depends on the words themselves
 * (duplicate ids, empty links, alt text) is checked on every page by html-validate and the
 * build tests.
 */
import { VOID_ELEMENTS } from '../../src/load/built-pages.ts';

/** Attributes that change what an element is to a reader or to assistive technology. */
const STATE_ATTRIBUTE = /^(role|aria-[a-z]+|popover|popovertarget|hidden|open|disabled|inert|tabindex|data-[a-z-]+)$/;
const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g;
const ATTRIBUTE = /([^\s=/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g;

/** One element as the sample compares it: its tag, its classes (Astro's scoping classes left out) and its state attributes. */
function describeElement(tag: string, attributes: string): string {
  const classes: string[] = [];
  const states: string[] = [];
  for (const [, name, ...values] of attributes.matchAll(ATTRIBUTE)) {
    const attribute = name!.toLowerCase();
    const value = values.find((candidate) => candidate !== undefined) ?? '';
    if (attribute === 'class') classes.push(...value.split(/\s+/).filter((name) => name && !name.startsWith('astro-')));
    else if (STATE_ATTRIBUTE.test(attribute)) states.push(attribute === 'role' ? `role=${value}` : attribute);
  }
  return `${tag}${classes
    .sort()
    .map((name) => `.${name}`)
    .join('')}${states.length ? `[${states.sort().join(',')}]` : ''}`;
}

/**
 * The kinds of element in a page: each element as `parent > element`, so a link in a note and a
 * link in a table are two kinds. Scripts' and styles' contents are not markup and are skipped.
 */
export function elementKinds(html: string): Set<string> {
  const markup = html.replace(/<(script|style)\b([^>]*)>[\s\S]*?<\/\1>/gi, '<$1$2></$1>');
  const kinds = new Set<string>();
  const open: string[] = ['root'];
  for (const [, closing, rawTag, attributes = ''] of markup.matchAll(TAG)) {
    const tag = rawTag!.toLowerCase();
    if (closing) {
      const at = open.findLastIndex((entry) => entry.split(/[.[]/)[0] === tag);
      if (at > 0) open.length = at;
      continue;
    }
    const element = describeElement(tag, attributes);
    kinds.add(`${open.at(-1)} > ${element}`);
    if (!VOID_ELEMENTS.has(tag) && !attributes.trimEnd().endsWith('/')) open.push(element);
  }
  return kinds;
}

/** The route a page is built from: `/actors/marco-rubio/` and `/actors/jd-vance/` share `/actors/*`. */
export function routeTemplate(urlPath: string): string {
  return urlPath.replace(/\/page\/\d+\/$/, '/page/*/').replace(/^(\/[^/]+\/)[^/?]+\/(\?.*)?$/, '$1*/');
}

/**
 * Pages, in the order given, chosen greedily until every element kind of every page is on one of
 * them (each pick is the page that adds the most kinds not yet covered; ties go to the earlier
 * page), then the first page of each route template no pick came from.
 */
export function coveringSample(pages: ReadonlyMap<string, ReadonlySet<string>>): string[] {
  const uncovered = new Set([...pages.values()].flatMap((kinds) => [...kinds]));
  const chosen: string[] = [];
  while (uncovered.size > 0) {
    let best = '';
    let bestGain = 0;
    for (const [page, kinds] of pages) {
      let gain = 0;
      for (const kind of kinds) if (uncovered.has(kind)) gain += 1;
      if (gain > bestGain) [best, bestGain] = [page, gain];
    }
    chosen.push(best);
    for (const kind of pages.get(best)!) uncovered.delete(kind);
  }
  const templates = new Set(chosen.map(routeTemplate));
  for (const page of pages.keys()) {
    if (templates.has(routeTemplate(page))) continue;
    templates.add(routeTemplate(page));
    chosen.push(page);
  }
  return chosen;
}
