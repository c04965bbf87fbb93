import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { bodyBlocksFromTree } from '../analysis/text/body-blocks.ts';
import type { BodyBlock } from '../analysis/types.ts';
import { displayPath } from './content-files.ts';
import { jsonArrayRows } from './json-array-rows.ts';
import { normalizeBodyTree } from '../analysis/text/text-hygiene.ts';

/**
 * The data-loss guard: after the build, every block of every article body must be on the
 * article's page, with the same words, under its id (`#p-3`), and every quote of
 * `data/quotes.json` must be in the paragraph it names. The expected blocks are read again from
 * the Markdown files, not from the analysis, so a plugin that drops, duplicates or garbles text
 * on its way to the page (a quote wrapped at wrong offsets, a block left without an id) fails the
 * build instead of publishing a page that silently differs from the article.
 */

/** One block as the page shows it: its element and its text, as a reader reads it. */
export interface PageBlock {
  tag: string;
  text: string;
}

/** HTML elements with no end tag. */
export const VOID_ELEMENTS: ReadonlySet<string> = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
]);
// A tag with its attributes (quoted values may hold `>`), a comment, or a doctype.
const TAG =
  /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>|<!--[\s\S]*?-->|<![^>]*>/g;
const BLOCK_ID = /\sid\s*=\s*(?:"(p-\d+)"|'(p-\d+)'|(p-\d+)(?=[\s>]))/;
// Markup a plugin added beside the article's words, never part of them (see annotate-text.ts).
const NOT_ARTICLE_TEXT = /\sdata-pagefind-ignore(?:[\s=>]|$)/;
const RAW_TEXT_ELEMENTS = new Set(['script', 'style', 'template', 'textarea', 'title']);

/**
 * The text of every body block element of an article page (`id="p-N"`), by id, without the text
 * of markup added beside the article's words (`data-pagefind-ignore`). The HTML is the build's
 * own output, so a small tokenizer does: elements of a block are closed in order.
 */
export function pageBlocks(html: string): Map<string, PageBlock> {
  const blocks = new Map<string, PageBlock>();
  // Open block captures (a list item's block holds the blocks of its nested items).
  const open: Array<{ id: string; tag: string; depth: number; text: string[] }> = [];
  let skipping: { tag: string; depth: number } | null = null;
  let rawText: string | null = null;
  let last = 0;
  const addText = (text: string) => {
    if (skipping || text === '') return;
    const decoded = decodeEntities(text);
    for (const capture of open) capture.text.push(decoded);
  };
  for (const match of html.matchAll(TAG)) {
    const [token, closing, rawName, attributes = ''] = match;
    if (rawText !== null) {
      // Inside <script>/<style>: only its own end tag counts.
      if (closing && rawName?.toLowerCase() === rawText) {
        rawText = null;
        last = match.index + token.length;
      }
      continue;
    }
    addText(html.slice(last, match.index));
    last = match.index + token.length;
    if (rawName === undefined) continue; // a comment or doctype
    const tag = rawName.toLowerCase();
    if (!closing && RAW_TEXT_ELEMENTS.has(tag)) {
      rawText = tag;
      continue;
    }
    if (VOID_ELEMENTS.has(tag)) {
      if (tag === 'br') addText(' ');
      continue;
    }
    if (skipping) {
      if (tag === skipping.tag) skipping.depth += closing ? -1 : 1;
      if (skipping.depth === 0) skipping = null;
      continue;
    }
    if (closing) {
      for (const capture of open) if (capture.tag === tag) capture.depth -= 1;
      while (open.length > 0 && open.at(-1)!.depth === 0) {
        const done = open.pop()!;
        blocks.set(done.id, { tag: done.tag, text: done.text.join('') });
      }
      continue;
    }
    if (open.length > 0 && NOT_ARTICLE_TEXT.test(attributes)) {
      skipping = { tag, depth: 1 };
      continue;
    }
    for (const capture of open) if (capture.tag === tag) capture.depth += 1;
    const id = BLOCK_ID.exec(attributes);
    if (id) open.push({ id: (id[1] ?? id[2] ?? id[3])!, tag, depth: 1, text: [] });
  }
  return blocks;
}

const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00A0' };

/** Character references as the build writes them (numeric, and the few named ones). */
function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(
    /&(?:#[xX]([0-9a-fA-F]+)|#(\d+)|([a-zA-Z]+));/g,
    (whole, hex: string | undefined, decimal: string | undefined, name: string | undefined) => {
      if (hex !== undefined) return String.fromCodePoint(Number.parseInt(hex, 16));
      if (decimal !== undefined) return String.fromCodePoint(Number.parseInt(decimal, 10));
      return NAMED_ENTITIES[name!] ?? whole;
    },
  );
}

/** White space collapsed, as a reader sees it (a line break in the source is a space on the page). */
function readerText(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Where two texts first differ (the shorter one's length when one starts the other). */
function firstDifference(a: string, b: string): number {
  let index = 0;
  while (index < a.length && index < b.length && a[index] === b[index]) index++;
  return index;
}

/** The text around `index`, marked with … where it is cut. */
function around(text: string, index: number): string {
  const start = Math.max(0, index - 30);
  const end = Math.min(text.length, index + 40);
  return `${start > 0 ? '…' : ''}${text.slice(start, end)}${end < text.length ? '…' : ''}`;
}

function shorten(text: string): string {
  return text.length > 70 ? `${text.slice(0, 70)}…` : text;
}

/**
 * Compares an article's blocks (from its Markdown) with its page: the same number of blocks, and
 * each block's words under its id. A tight list item's element also holds the items nested in
 * it, so there the block's words must start the element's text.
 */
export function compareArticlePage(
  file: string,
  page: string,
  expected: readonly BodyBlock[],
  blocks: ReadonlyMap<string, PageBlock>,
): string[] {
  const problems: string[] = [];
  for (const block of expected) {
    const shown = blocks.get(block.id);
    const words = readerText(block.text);
    if (!shown) {
      problems.push(`${file}: body: block ${block.id} ("${shorten(words)}") is missing from ${page}`);
      continue;
    }
    const text = readerText(shown.text);
    const same = shown.tag === 'li' ? text.startsWith(words) : text === words;
    if (!same) {
      const at = firstDifference(words, text);
      problems.push(
        `${file}: body: block ${block.id} differs on ${page} from character ${at + 1}: ` +
          `the article has "${around(words, at)}", the page shows "${around(text, at)}"`,
      );
    }
  }
  if (blocks.size > expected.length) {
    const known = new Set(expected.map((block) => block.id));
    const extra = [...blocks.keys()].filter((id) => !known.has(id));
    problems.push(
      `${file}: body: ${page} has ${blocks.size} blocks but the article has ${expected.length} (extra: ${extra.join(', ')})`,
    );
  }
  return problems;
}

/** A quote as `data/quotes.json` lists it. */
export interface ExportedQuote {
  id: string;
  text: string;
  article: string;
  paragraph: string;
}

/**
 * Checks that each quote's words are in the paragraph it names, on its article's page; a quote
 * running over several paragraphs (its paragraphs joined by a blank line) has each part in the
 * paragraphs from the named one on.
 */
export function checkQuotesOnPages(
  quotes: Iterable<ExportedQuote>,
  blocksOf: (article: string) => ReadonlyMap<string, PageBlock> | undefined,
): string[] {
  const problems: string[] = [];
  // Per article, once: its paragraph ids in order and each paragraph's text as a reader sees it;
  // per paragraph, where the last quote found in it ended. Quotes come in reading order, so each
  // search starts where the previous one stopped, and an article with thousands of quotes in one
  // long paragraph is read once, not once per quote (issue 26).
  const pages = new Map<
    string,
    { ids: string[]; index: Map<string, number>; text: Map<string, string>; cursor: Map<string, number> }
  >();
  const pageOf = (article: string, blocks: ReadonlyMap<string, PageBlock>) => {
    let page = pages.get(article);
    if (!page) {
      const ids = [...blocks.keys()].sort((a, b) => blockNumber(a) - blockNumber(b));
      page = { ids, index: new Map(ids.map((id, at) => [id, at])), text: new Map(), cursor: new Map() };
      pages.set(article, page);
    }
    return page;
  };
  const find = (page: ReturnType<typeof pageOf>, blocks: ReadonlyMap<string, PageBlock>, id: string, part: string) => {
    let text = page.text.get(id);
    if (text === undefined) {
      text = readerText(blocks.get(id)!.text);
      page.text.set(id, text);
    }
    const from = page.cursor.get(id) ?? 0;
    let at = text.indexOf(part, from);
    if (at < 0 && from > 0) at = text.indexOf(part);
    if (at >= 0) page.cursor.set(id, at + part.length);
    return at >= 0;
  };
  for (const quote of quotes) {
    const blocks = blocksOf(quote.article);
    const where = `data/quotes.json: quote ${quote.id} (${quote.article}, ${quote.paragraph})`;
    if (!blocks) {
      problems.push(`${where}: its article has no page`);
      continue;
    }
    const page = pageOf(quote.article, blocks);
    const ids = page.ids;
    let position = page.index.get(quote.paragraph) ?? -1;
    if (position < 0) {
      problems.push(`${where}: the page has no paragraph ${quote.paragraph}`);
      continue;
    }
    // The first part in the named paragraph; each further part of a long quote in one of the few
    // paragraphs after the previous part's.
    quote.text
      .split(/\n\s*\n/)
      .map(readerText)
      .every((part, index) => {
        const candidates = index === 0 ? [ids[position]!] : ids.slice(position + 1, position + 4);
        const found = candidates.findIndex((id) => find(page, blocks, id, part));
        if (found < 0) {
          const after = index === 0 ? `in ${quote.paragraph}` : `in the paragraphs after ${ids[position]}`;
          problems.push(`${where}: the words "${shorten(part)}" are not ${after} of /articles/${quote.article}/`);
          return false;
        }
        position += index === 0 ? 0 : found + 1;
        return true;
      });
  }
  return problems;
}

function blockNumber(id: string): number {
  return Number(id.slice('p-'.length));
}

/**
 * The body blocks of an article file, as the build makes them (normalised text, same block
 * rules). The frontmatter is cut off as `readArticleFile` cuts it, without parsing it (the build
 * has validated it; parsing it here would only slow the guard down).
 */
export function expectedBlocks(source: string, file: string): BodyBlock[] {
  const text = source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const body = /^---\n[\s\S]*?\n---\n?([\s\S]*)$/.exec(text)?.[1];
  if (body === undefined) throw new Error(`${file}: frontmatter: the file must start with a --- fenced YAML block`);
  return bodyBlocksFromTree(normalizeBodyTree(fromMarkdown(body)));
}

/** What the guard found: every problem, the articles and quotes it checked, and the verified keys to keep. */
export interface BuiltSiteCheck {
  problems: string[];
  articles: number;
  quotes: number;
  /** How many articles were verified by an earlier build, byte for byte the same (not parsed again). */
  alreadyVerified: number;
  /** The keys of the articles that passed, for the next build (`verifiedKey`). */
  verified: Set<string>;
}

/**
 * The key of one article's check: a digest of everything the check reads (the guard's code, by
 * way of the render-inputs digest; the article file; its page; its rows of `data/quotes.json`).
 * The check is a pure function of these, so a key that passed once passes again.
 */
export function verifiedKey(renderInputs: string, source: Buffer, page: Buffer, quotes: readonly ExportedQuote[]): string {
  const hash = createHash('sha256').update(renderInputs).update('\0').update(source).update('\0').update(page).update('\0');
  return hash.update(JSON.stringify(quotes)).digest('hex').slice(0, 32);
}

/**
 * Checks the whole built site against the content folder. Returns every problem found. Each
 * article is checked with its own rows of the quotes export (the export lists them together,
 * article by article), so the guard holds one page at a time, whatever the archive's size. An
 * article whose key is in `verified` (an earlier build checked the same bytes) is not parsed
 * again: after adding one article to a large archive, only the pages that changed are.
 */
export function checkBuiltSite(
  contentDir: string,
  distDir: string,
  options: { verified?: ReadonlySet<string>; renderInputs?: string } = {},
): BuiltSiteCheck {
  const { verified = new Set<string>(), renderInputs = '' } = options;
  const problems: string[] = [];
  const passed = new Set<string>();
  let alreadyVerified = 0;
  const articlesDir = path.join(contentDir, 'articles');
  const files = existsSync(articlesDir)
    ? readdirSync(articlesDir)
        .filter((name) => name.endsWith('.md') && !name.startsWith('.'))
        .sort()
    : [];
  const unchecked = new Set(files.map((name) => name.slice(0, -'.md'.length)));
  const checkArticle = (slug: string, quotes: readonly ExportedQuote[]) => {
    unchecked.delete(slug);
    const file = path.join(articlesDir, `${slug}.md`);
    const pageFile = path.join(distDir, 'articles', slug, 'index.html');
    const page = `/articles/${slug}/`;
    if (!existsSync(file)) {
      problems.push(...checkQuotesOnPages(quotes, () => undefined));
      return;
    }
    if (!existsSync(pageFile)) {
      problems.push(`${displayPath(file)}: body: the article has no page (${page} was not built)`);
      problems.push(...checkQuotesOnPages(quotes, () => undefined));
      return;
    }
    const source = readFileSync(file);
    const html = readFileSync(pageFile);
    const key = verifiedKey(renderInputs, source, html, quotes);
    if (verified.has(key)) {
      alreadyVerified += 1;
      passed.add(key);
      return;
    }
    const blocks = pageBlocks(html.toString('utf8'));
    const found = [
      ...compareArticlePage(displayPath(file), page, expectedBlocks(source.toString('utf8'), file), blocks),
      ...checkQuotesOnPages(quotes, () => blocks),
    ];
    problems.push(...found);
    if (found.length === 0) passed.add(key);
  };

  const quotesFile = path.join(distDir, 'data', 'quotes.json');
  let quoteCount = 0;
  if (existsSync(quotesFile)) {
    // Read a row at a time: at 100,000 articles the file is longer than a string can be.
    let group: ExportedQuote[] = [];
    for (const row of jsonArrayRows<ExportedQuote>(quotesFile)) {
      quoteCount += 1;
      if (group.length > 0 && group[0]!.article !== row.article) {
        checkArticle(group[0]!.article, group);
        group = [];
      }
      group.push(row);
    }
    if (group.length > 0) checkArticle(group[0]!.article, group);
  }
  for (const slug of [...unchecked]) checkArticle(slug, []);
  if (!existsSync(quotesFile)) problems.push(`${displayPath(quotesFile)}: the quotes export was not built`);
  return { problems, articles: files.length, quotes: quoteCount, alreadyVerified, verified: passed };
}
