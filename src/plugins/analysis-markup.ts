import type { Element, Root } from 'hast';
import type { VFile } from 'vfile';
import type { ArticleAnalysis } from '../analysis/types.ts';
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
