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
      const line = node.position?.start.line ?? '?';
      if (node.type === 'html') {
        throw new Error(`${file.path}:${line}: body: raw HTML is not allowed in articles (found ${JSON.stringify(node.value.slice(0, 60))})`);
      }
      if ((node.type === 'link' || node.type === 'image' || node.type === 'definition') && !SAFE_URL.test(node.url.trim())) {
        throw new Error(`${file.path}:${line}: body: unsafe link address ${JSON.stringify(node.url.slice(0, 60))} (only http(s), mailto and site paths)`);
      }
    });
  };
}
