import type { Element, ElementContent, Root, RootContent } from 'hast';
import type { VFile } from 'vfile';
import { blockId } from '../analysis/text/body-blocks.ts';
import { BLOCK_ELEMENTS } from '../lib/block-elements.ts';

const HEADING = /^h[1-6]$/;

/**
 * The element of each body block in an article's HTML, in reading order: the HTML side of
 * `bodyBlocksFromTree` (src/analysis/text/body-blocks.ts), which walks the Markdown the same way.
 *
 * - a paragraph or heading of the body, of a blockquote or of a list item: its `<p>` or `<hN>`;
 * - the paragraph of an item in a tight list, which Markdown renders without a `<p>`: the `<li>`
 *   itself, whose text begins with the paragraph's (items nested in it follow its own text, so
 *   offsets into the paragraph are offsets into the `<li>`). `rehypeBlockIds` first gives any
 *   other paragraph text loose in an `<li>` a `<p>` of its own, so this holds for every item.
 */
export function bodyBlockElements(tree: Root): Element[] {
  const found: Element[] = [];
  collect(tree.children, found);
  return found;
}

function collect(children: readonly (RootContent | ElementContent)[], found: Element[]): void {
  for (const node of children) {
    if (node.type !== 'element') continue;
    if (node.tagName === 'p' || HEADING.test(node.tagName)) {
      found.push(node);
    } else if (node.tagName === 'blockquote') {
      collect(node.children, found);
    } else if (node.tagName === 'ul' || node.tagName === 'ol') {
      for (const item of node.children) {
        if (item.type !== 'element' || item.tagName !== 'li') continue;
        if (leadingTextRun(item)) found.push(item);
        collect(item.children, found);
      }
    }
  }
}

/**
 * Whether a child of a list item is running text (not a block of its own): text, links, emphasis,
 * a `<q>` or `<time>` a plugin added are the text of its paragraph.
 */
function isRunningText(node: ElementContent): boolean {
  return node.type === 'text' || (node.type === 'element' && !BLOCK_ELEMENTS.has(node.tagName));
}

/** Whether a node is only white space (the line breaks Markdown puts between blocks). */
function isBlank(node: ElementContent): boolean {
  return node.type === 'text' && !/\S/u.test(node.value);
}

/**
 * The stretches of running text directly in a list item that hold words (or an element such as
 * an image), as [first, end) child indexes, without the white space around them.
 */
function textRuns(item: Element): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  const { children } = item;
  let index = 0;
  while (index < children.length) {
    if (!isRunningText(children[index]!) || isBlank(children[index]!)) {
      index++;
      continue;
    }
    const start = index;
    let end = index;
    while (index < children.length && isRunningText(children[index]!)) {
      if (!isBlank(children[index]!)) end = index + 1;
      index++;
    }
    runs.push([start, end]);
  }
  return runs;
}

/** A tight list item's own paragraph: running text that starts the item, or null. */
function leadingTextRun(item: Element): [number, number] | null {
  const first = textRuns(item)[0];
  return first && first[0] === 0 ? first : null;
}

/**
 * Gives paragraph text that lies loose in a list item after something else (a rule, a code
 * block, a second stretch of text) a `<p>` of its own, so that every body block has one element
 * whose text starts with the block's. Markdown does this only in loose lists; in a tight one the
 * item's first paragraph stays the item's own text. The words are not touched.
 */
function wrapLooseListText(tree: Root): void {
  const visit = (node: Root | Element) => {
    for (const child of node.children) if (child.type === 'element') visit(child);
    if (node.type !== 'element' || node.tagName !== 'li') return;
    const runs = textRuns(node).filter(([start]) => start > 0);
    for (const [start, end] of runs.reverse()) {
      const paragraph: Element = { type: 'element', tagName: 'p', properties: {}, children: node.children.slice(start, end) };
      node.children.splice(start, end - start, paragraph);
    }
  };
  visit(tree);
}

/**
 * Gives every body block of an article (paragraphs, subheadings, blockquote paragraphs, list
 * items) a stable id (`p-1`, `p-2`, …), so any of them can be linked and every quote, mention and
 * event excerpt can point to its source. The ids are those of `bodyBlocksFromTree`.
 */
export default function rehypeBlockIds(options: { isArticle: (filePath: string) => boolean }) {
  return function transformer(tree: Root, file: VFile) {
    if (!file.path || !options.isArticle(file.path)) return;
    wrapLooseListText(tree);
    bodyBlockElements(tree).forEach((element, index) => {
      element.properties.id = blockId(index + 1);
    });
    // Stored with the rendered article (Astro keeps the frontmatter), for the page's margin notes.
    const frontmatter = file.data.astro?.frontmatter;
    if (frontmatter) frontmatter.bodyRows = bodyRows(tree);
  };
}

/**
 * The ids of the body blocks under each top-level element of an article's HTML, in order: one
 * row per paragraph or heading, one per list or blockquote (with all the blocks inside it), an
 * empty one for a rule. The article page sets its margin notes beside these elements, row by row
 * (src/components/ArticleReading.astro), so it must know which blocks share one.
 */
export function bodyRows(tree: Root): string[][] {
  return tree.children
    .filter((node): node is Element => node.type === 'element')
    .map((element) => bodyBlockElements({ type: 'root', children: [element] }).map((block) => String(block.properties.id)));
}

/** The body block elements of an article whose ids `rehypeBlockIds` has set, by id. */
export function blockElementsById(tree: Root): Map<string, Element> {
  return new Map(bodyBlockElements(tree).map((element) => [String(element.properties.id), element]));
}
