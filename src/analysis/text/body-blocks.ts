import type { Nodes, Root, RootContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import type { BodyBlock } from '../types.ts';

/** The anchor id of the n-th body block (1-based): `p-1`, `p-2`, … */
export function blockId(position: number): string {
  return `p-${position}`;
}

/**
 * The body's blocks as plain text, in reading order, with their anchor ids: its paragraphs and
 * subheadings, the paragraphs of its blockquotes, and the paragraphs of its list items (nested
 * lists included, each item before the items nested in it). One counter numbers them all.
 *
 * This is the one definition of "a block" shared by the Markdown plugins (which add the ids to
 * the page: `bodyBlockElements` in src/plugins/rehype-block-ids.ts walks the HTML the same way),
 * the analysis and the fidelity check, so offsets agree everywhere.
 */
export function bodyBlocksFromTree(tree: Root): BodyBlock[] {
  const blocks: BodyBlock[] = [];
  const walk = (children: readonly RootContent[], container: Container) => {
    for (const node of children) {
      if (node.type === 'blockquote') {
        walk(node.children, 'blockquote');
      } else if (node.type === 'list') {
        for (const item of node.children) walk(item.children, 'listItem');
      } else {
        const kind = blockKind(node, container);
        if (kind) blocks.push({ id: blockId(blocks.length + 1), text: blockText(node), kind });
      }
    }
  };
  walk(tree.children, 'root');
  return blocks;
}

/** Parses Markdown and returns its body blocks; see `bodyBlocksFromTree`. */
export function bodyBlocksFromMarkdown(markdown: string): BodyBlock[] {
  return bodyBlocksFromTree(fromMarkdown(markdown));
}

/** What a block sits directly in: the body itself, a blockquote or a list item. */
export type Container = 'root' | 'blockquote' | 'listItem';

/**
 * Whether a node is a body block, and which kind: a paragraph is a `quote` in a blockquote and a
 * `list-item` in a list item (whatever encloses those further out); a heading is a `heading`
 * wherever it is.
 */
export function blockKind(node: RootContent, container: Container = 'root'): BodyBlock['kind'] | null {
  if (node.type === 'heading') return 'heading';
  if (node.type !== 'paragraph') return null;
  if (container === 'blockquote') return 'quote';
  if (container === 'listItem') return 'list-item';
  return 'paragraph';
}

/**
 * The text of a block as the page shows it, so that offsets agree with the rendered HTML: a hard
 * line break is the line break the HTML has after its `<br>`, and an image's alt text, which is
 * an attribute on the page and not text, is left out (mdast-util-to-string would glue the words
 * around a break together and count the alt text).
 */
function blockText(node: Nodes): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value;
  if (node.type === 'break') return '\n';
  if ('children' in node) return node.children.map((child) => blockText(child as Nodes)).join('');
  return '';
}
