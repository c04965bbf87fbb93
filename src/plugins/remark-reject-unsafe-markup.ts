import { readFileSync } from 'node:fs';
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

/** Link and image addresses allowed in article bodies: the web, mail, and this site. */
const SAFE_URL = /^(https?:|mailto:|\/|#|\.\.?\/)/i;

/**
 * Stops the build on markup that could run code on a reader's page. Astro passes raw HTML in
 * Markdown through unsanitised, and an article is data, not code: raw HTML and `javascript:`
 * (or any other non-web) links are rejected with the file and the offending text named.
 */
export default function remarkRejectUnsafeMarkup(options: { isArticle: (filePath: string) => boolean }) {
  return function transformer(tree: Root, file: VFile) {
    if (!file.path || !options.isArticle(file.path)) return;
    visit(tree, (node) => {
      const where = () => {
        const bodyLine = node.position?.start.line;
        return `${file.path}:${bodyLine === undefined ? '?' : bodyLine + frontmatterLines(file.path!)}`;
      };
      if (node.type === 'html') {
        throw new Error(`${where()}: body: raw HTML is not allowed in articles (found ${JSON.stringify(node.value.slice(0, 60))})`);
      }
      if ((node.type === 'link' || node.type === 'image' || node.type === 'definition') && !SAFE_URL.test(node.url.trim())) {
        throw new Error(`${where()}: body: unsafe link address ${JSON.stringify(node.url.slice(0, 60))} (only http(s), mailto and site paths)`);
      }
    });
  };
}

/**
 * How many lines the frontmatter takes, so errors give the line in the file: Astro parses the
 * body alone, and its positions count from the line after the closing `---`. Only read on error.
 */
function frontmatterLines(filePath: string): number {
  let source: string;
  try {
    source = readFileSync(filePath, 'utf8');
  } catch {
    return 0; // a file that exists only in memory (tests, tools) has no frontmatter to skip
  }
  const lines = source.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (lines[0]?.trim() !== '---') return 0;
  const closing = lines.findIndex((line, index) => index > 0 && line.trim() === '---');
  return closing < 0 ? 0 : closing + 1;
}
