import type { Element, Root } from 'hast';
import type { VFile } from 'vfile';
import type { ArticleAnalysis } from '../analysis/types.ts';
import { markAdded } from './annotate-text.ts';
import { blockElementsById } from './rehype-block-ids.ts';

/**
 * A rehype plugin that marks up part of an article's analysis in its body (quotes, dates,
 * mentions): `markUp` gets the analysis the remark plugin stored on the file and the body's
 * blocks by id. Files with no analysis (Markdown that is not an article) are left alone.
 */
export function analysisMarkupPlugin(
  markUp: (analysis: ArticleAnalysis, blocks: Map<string, Element>) => void,
): () => (tree: Root, file: VFile) => void {
  return () => (tree, file) => {
    const analysis = file.data.analysis;
    if (!analysis) return;
    markUp(analysis, blockElementsById(tree));
  };
}

/**
 * The marker after a quote or a statement: a button with no text (CSS draws its glyph, an
 * `aria-label` names it) that opens the note `noteId` (a `popover`, no JavaScript), so it adds
 * nothing to the article's words. Marked as added, so offsets into the block's text skip it.
 */
export function noteMarker(className: string, noteId: string, ariaLabel: string): Element {
  return markAdded({
    type: 'element',
    tagName: 'button',
    properties: {
      type: 'button',
      className: [className],
      popovertarget: noteId,
      ariaLabel,
      dataPagefindIgnore: '',
    },
    children: [],
  });
}

/** Inserts `node` right after `reference`, wherever it sits under `root`; true once inserted. */
export function insertAfter(root: Element, reference: Element, node: Element): boolean {
  const index = root.children.indexOf(reference);
  if (index >= 0) {
    root.children.splice(index + 1, 0, node);
    return true;
  }
  return root.children.some((child) => child.type === 'element' && insertAfter(child, reference, node));
}
