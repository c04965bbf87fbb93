import type { Root, RootContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toString } from 'mdast-util-to-string';
import type { BodyBlock } from './types.ts';

/** The anchor id of the n-th body block (1-based): `p-1`, `p-2`, … */
export function blockId(position: number): string {
  return `p-${position}`;
}

/**
 * The body's paragraphs and subheadings as plain text, in order, with their anchor ids.
 * This is the one definition of "a block" shared by the Markdown plugins (which add the ids to
 * the page), the analysis and the fidelity check, so offsets agree everywhere.
 */
export function bodyBlocksFromTree(tree: Root): BodyBlock[] {
  const blocks: BodyBlock[] = [];
  for (const node of tree.children) {
    const kind = blockKind(node);
    if (kind) blocks.push({ id: blockId(blocks.length + 1), text: toString(node), kind });
  }
  return blocks;
}

/** Parses Markdown and returns its body blocks; see `bodyBlocksFromTree`. */
export function bodyBlocksFromMarkdown(markdown: string): BodyBlock[] {
  return bodyBlocksFromTree(fromMarkdown(markdown));
}

/** Whether a top-level node is a body block, and which kind. */
export function blockKind(node: RootContent): BodyBlock['kind'] | null {
  if (node.type === 'paragraph') return 'paragraph';
  if (node.type === 'heading') return 'heading';
  return null;
}
