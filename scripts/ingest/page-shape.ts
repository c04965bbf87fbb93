/**
 * Limits a saved page must stay within before it is parsed. Readability walks the DOM recursively:
 * a page nested 2,000 elements deep takes over a minute, and past about 5,000 it dies with
 * "Maximum call stack size exceeded", which says nothing of why. Real article pages nest a few
 * dozen elements deep and weigh a few megabytes at most, so the limits are far above them.
 */

/** The deepest element nesting accepted. */
export const MAX_PAGE_DEPTH = 400;
/** The largest page accepted, in characters. */
export const MAX_PAGE_CHARACTERS = 20_000_000;

/** Elements that never have content, so never open a level. */
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
/** Elements whose content is text, not markup (a `<div>` inside a script is no element). */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'noscript']);
const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)\b[^>]*?(\/?)>|<!--[\s\S]*?-->/g;

/**
 * How deep a page's elements nest, read from its tags in one pass (no parsing: that is what the
 * limit protects); counting stops once it passes `stopAbove`. An unclosed element counts as open until its parent closes, which can only
 * overestimate the depth of a page that leaves elements open, never miss a deep one.
 */
export function pageDepth(html: string, stopAbove = Number.POSITIVE_INFINITY): number {
  const open: string[] = [];
  const lower = html.toLowerCase();
  let deepest = 0;
  TAG.lastIndex = 0;
  for (let match = TAG.exec(html); match !== null; match = TAG.exec(html)) {
    const [whole, closing, rawName, selfClosing] = match;
    if (whole.startsWith('<!--') || rawName === undefined) continue;
    const name = rawName.toLowerCase();
    if (closing) {
      const at = open.lastIndexOf(name);
      if (at >= 0) open.length = at;
      continue;
    }
    if (VOID.has(name) || selfClosing) continue;
    if (RAW_TEXT.has(name)) {
      // Skip to the element's end tag: its content is not markup.
      const end = lower.indexOf(`</${name}`, TAG.lastIndex);
      TAG.lastIndex = end < 0 ? html.length : end;
      continue;
    }
    open.push(name);
    deepest = Math.max(deepest, open.length);
    // Past the limit the exact depth does not matter; stopping keeps the closing-tag search short.
    if (deepest > stopAbove) break;
  }
  return deepest;
}

/** Why a page is refused before parsing, or null when it is within the limits. */
export function pageShapeProblem(html: string): string | null {
  if (html.length > MAX_PAGE_CHARACTERS) {
    return `the page is ${html.length.toLocaleString('en')} characters long, over the limit of ${MAX_PAGE_CHARACTERS.toLocaleString('en')}; save the article's page alone, or its text as a .txt file`;
  }
  if (pageDepth(html, MAX_PAGE_DEPTH) > MAX_PAGE_DEPTH) {
    return (
      `the page's elements are nested more than ${MAX_PAGE_DEPTH} deep, the limit (article pages nest a few dozen deep; ` +
      'a deeper page would take minutes to read or exhaust the stack); save the article text as a .txt file instead'
    );
  }
  return null;
}
