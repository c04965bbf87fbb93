import type { Element, Root } from 'hast';
import type { VFile } from 'vfile';
import { blockId } from '../analysis/body-blocks.ts';

/** Elements that correspond to body blocks (see `bodyBlocksFromTree`). */
const BLOCK_TAGS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** The body blocks of an article's HTML, in order: its top-level paragraphs and headings. */
export function topLevelBlocks(tree: Root): Element[] {
  return tree.children.filter(
    (node): node is Element => node.type === 'element' && BLOCK_TAGS.has(node.tagName),
  );
}

/**
 * Gives every paragraph and subheading of an article a stable id (`p-1`, `p-2`, …), so any
 * paragraph can be linked and every quote, mention and event excerpt can point to its source.
 */
export default function rehypeBlockIds(options: { isArticle: (filePath: string) => boolean }) {
  return function transformer(tree: Root, file: VFile) {
    if (!file.path || !options.isArticle(file.path)) return;
    topLevelBlocks(tree).forEach((element, index) => {
      element.properties.id = blockId(index + 1);
    });
  };
}
