import { Readability } from '@mozilla/readability';
import { DOMParser } from 'linkedom';
import { BLOCK_ELEMENTS } from '../../src/lib/block-elements.ts';
import type { SourceLine } from './furniture/classify.ts';
import { normalise } from './furniture/normalise.ts';
import type { PageContext } from './furniture/page-rules.ts';
import { readPageMetadata, type PageMetadata } from './metadata.ts';
import { pageShapeProblem } from './page-shape.ts';

/**
 * A saved web page as text: the words a reader sees on it, one block of the page per line, and
 * for each line where it sat and whether Readability (Firefox's reader view) kept it as article
 * content. The text is what the article's raw file records and what the fidelity check compares
 * the article with; the page itself is kept next to it, unedited.
 */

/** A saved page as `draftArticle` reads it: its text, line by line, and its metadata. */
export interface SavedPage extends PageText {
  metadata: PageMetadata;
}

/** Parses a saved page: its metadata first (before anything is removed), then its text. */
export function readSavedPage(html: string): SavedPage {
  // Refused before parsing: the parser and Readability are what a pathological page would hang.
  const problem = pageShapeProblem(html);
  if (problem !== null) throw new Error(problem);
  const document = parsePage(html);
  const metadata = readPageMetadata(document);
  return { ...readPageText(document), metadata };
}

/** A page's text: its lines, and what Readability made of them. */
export interface PageText {
  lines: SourceLine[];
  /** The lines joined, one per line: the raw text of the article. */
  text: string;
  /** Readability found an article on the page (when it did not, every line is plain text). */
  readable: boolean;
  /** Readability's byline, when it found one (read from the page's text, so only inferred). */
  readabilityByline: string | null;
}

/** A parsed HTML document (linkedom's, typed as the DOM's). */
export type PageDocument = Document;

export function parsePage(html: string): PageDocument {
  return new DOMParser().parseFromString(html, 'text/html') as unknown as Document;
}

/** Elements whose content a reader does not see as text. */
const SKIPPED = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'math',
  'iframe',
  'object',
  'embed',
  'canvas',
  'select',
  'option',
  'head',
  'meta',
  'link',
  'title',
  'img',
  'picture',
  'source',
  'video',
  'audio',
  'input',
  'textarea',
]);

/** Elements that start a new line of text: the block elements, and those a page's own markup uses as blocks. */
const BLOCKS = new Set([
  ...BLOCK_ELEMENTS,
  'body',
  'dd',
  'dialog',
  'dt',
  'figcaption',
  'hgroup',
  'tbody',
  'thead',
  'tfoot',
  'tr',
  'td',
  'th',
  'summary',
  'caption',
  'legend',
  'center',
  'menu',
]);

const BLOCK_ID = 'data-dossier-block';

interface CollectedLine {
  text: string;
  owner: Element;
  linkOnly: boolean;
  boldOnly: boolean;
}

/**
 * Reads a page's text and asks Readability which lines are the article. Removes what a reader
 * does not see (scripts, styles, hidden elements), numbers the block elements, collects the
 * lines, then runs Readability on the same document and marks the lines it kept.
 */
export function readPageText(document: PageDocument): PageText {
  const body = document.body ?? document.documentElement;
  for (const element of [...document.querySelectorAll('*')]) {
    if (isHidden(element)) element.remove();
  }
  let next = 0;
  for (const element of [body, ...body.querySelectorAll('*')]) {
    if (BLOCKS.has(element.localName)) element.setAttribute(BLOCK_ID, String(next++));
  }
  const collected = collectLines(body);
  const lines: SourceLine[] = collected.map((line, i) => ({
    line: i + 1,
    text: line.text,
    page: { ...contextOf(line.owner), linkOnly: line.linkOnly, boldOnly: line.boldOnly, kept: false },
  }));

  let article: ReturnType<Readability<Element>['parse']> = null;
  try {
    article = new Readability<Element>(document, { serializer: (node) => node as Element, keepClasses: true }).parse();
  } catch {
    article = null;
  }
  if (article?.content) {
    const kept = new Map<string, string[]>();
    for (const line of collectLines(article.content)) {
      const id = ownerId(line.owner);
      if (id !== null) kept.set(id, [...(kept.get(id) ?? []), line.text]);
    }
    collected.forEach((line, i) => {
      const texts = kept.get(line.owner.getAttribute(BLOCK_ID) ?? '') ?? [];
      lines[i]!.page!.kept = texts.some((text) => text === line.text || overlaps(text, line.text));
    });
  }
  const readable = lines.some((line) => line.page?.kept);
  return {
    lines: readable ? lines : lines.map(({ line, text }) => ({ line, text })),
    text: `${lines.map((line) => line.text).join('\n')}\n`,
    readable,
    readabilityByline: article?.byline ? normalise(article.byline) : null,
  };
}

/** Readability dropped a piece of the line (a share link inside a paragraph) or merged two. */
function overlaps(kept: string, line: string): boolean {
  const [shorter, longer] = kept.length < line.length ? [kept, line] : [line, kept];
  return shorter.length >= longer.length * 0.5 && longer.includes(shorter);
}

function ownerId(element: Element): string | null {
  for (let node: Element | null = element; node; node = node.parentElement) {
    const id = node.getAttribute(BLOCK_ID);
    if (id !== null) return id;
  }
  return null;
}

function isHidden(element: Element): boolean {
  // Only the body is read; the head stays for Readability.
  if (element.closest('body') === null) return false;
  if (SKIPPED.has(element.localName) || element.hasAttribute('hidden')) return true;
  const style = (element.getAttribute('style') ?? '').replace(/\s+/g, '').toLowerCase();
  return style.includes('display:none') || style.includes('visibility:hidden');
}

/** The text of `root`, one line per run of inline text, each with the block element it is in. */
function collectLines(root: Element): CollectedLine[] {
  const lines: CollectedLine[] = [];
  let buffer = '';
  let linkChars = 0;
  let boldChars = 0;
  let owner = root;
  const flush = () => {
    const text = normalise(buffer);
    if (text) {
      const chars = countChars(buffer);
      lines.push({ text, owner, linkOnly: linkChars >= chars, boldOnly: boldChars >= chars });
    }
    buffer = '';
    linkChars = 0;
    boldChars = 0;
  };
  const walk = (node: Element, inLink: boolean, inBold: boolean) => {
    for (const child of [...node.childNodes]) {
      if (child.nodeType === 3) {
        const data = (child as Text).data;
        buffer += data;
        const chars = countChars(data);
        if (inLink) linkChars += chars;
        if (inBold) boldChars += chars;
        continue;
      }
      if (child.nodeType !== 1) continue;
      const element = child as Element;
      const tag = element.localName;
      if (SKIPPED.has(tag)) continue;
      if (tag === 'br') {
        flush();
      } else if (BLOCKS.has(tag)) {
        flush();
        const outer = owner;
        owner = element;
        walk(element, false, false);
        flush();
        owner = outer;
      } else {
        walk(element, inLink || tag === 'a', inBold || tag === 'strong' || tag === 'b');
      }
    }
  };
  walk(root, false, false);
  flush();
  return lines;
}

/** Letters and digits: brackets or a full stop outside a link do not make a line more than a link. */
function countChars(text: string): number {
  return (text.match(/[\p{L}\p{N}]/gu) ?? []).length;
}

/** How far up class and id names are read: the nearest boxes say what a line is part of. */
const HINT_DEPTH = 6;

/** How far up a line inside the article is read: the box it is directly in. */
const NEAR_HINT_DEPTH = 3;

function contextOf(owner: Element): Omit<PageContext, 'linkOnly' | 'boldOnly' | 'kept'> {
  const ancestors: string[] = [];
  const hints: string[] = [];
  let nearHints = '';
  for (let node: Element | null = owner, depth = 0; node && node.localName !== 'html'; node = node.parentElement, depth++) {
    if (node !== owner) ancestors.push(node.localName);
    if (depth < HINT_DEPTH && node.localName !== 'body') {
      for (const name of ['class', 'id', 'role', 'itemprop', 'data-component', 'aria-label']) {
        const value = node.getAttribute(name);
        if (value) hints.push(value);
      }
    }
    if (depth === NEAR_HINT_DEPTH - 1) nearHints = hints.join(' ');
  }
  if (ancestors.length < NEAR_HINT_DEPTH - 1) nearHints = hints.join(' ');
  const clean = (text: string) => text.toLowerCase().replace(/_+/g, '-');
  return { tag: owner.localName, ancestors, hints: clean(hints.join(' ')), nearHints: clean(nearHints) };
}
