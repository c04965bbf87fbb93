import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { normalizeBodyTree } from '../analysis/text/text-hygiene.ts';

/**
 * Gives the page and the analysis an article's text in one form: Unicode NFC, so a name typed
 * with a combining accent matches its alias, and without soft hyphens (the publishing
 * convention; the content check warns about each file that has them). Runs before the analysis,
 * so offsets into the text are offsets into the text the page shows. Characters that are refused
 * outright (direction controls, zero-width spaces) never get here: the content check stops the
 * build on them first (src/load/content-files.ts).
 */
export default function remarkNormalizeText(options: { isArticle: (filePath: string) => boolean }) {
  return function transformer(tree: Root, file: VFile) {
    if (!file.path || !options.isArticle(file.path)) return;
    normalizeBodyTree(tree);
  };
}
