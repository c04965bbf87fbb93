import { readFileSync } from 'node:fs';
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

/** How an address is used: followed as a link, or loaded as an image. */
export type AddressUse = 'link' | 'image';

/**
 * Why an address may not appear in an article body, or null when it may. Links may go to this
 * site (`/…`), to a part of the page (`#…`), to the web over `https:`, or to `mailto:`; images
 * only come from this site. Everything else is refused, however harmless it may look:
 * - `//host/…` (and `/\host/…`, which browsers read the same way) is another site, not a path;
 * - `javascript:`, `data:`, `vbscript:` run code or carry a page of their own; `http:` is not
 *   private and is blocked as mixed content on an `https:` page;
 * - a relative address (`x.html`, `../x`) means something else on every page that shows it;
 * - an image from another origin would tell that origin who reads what (and is blocked by the
 *   Content Security Policy anyway, with a console error).
 * The address is read as a browser reads it: surrounding spaces and control characters and any
 * tab or line break inside are dropped first.
 */
export function unsafeAddressReason(url: string, use: AddressUse): string | null {
  const address = url.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '').replace(/[\t\n\r]/g, '');
  if (address === '') return 'an empty address';
  if (/^[/\\][/\\]/.test(address) || address.startsWith('\\')) {
    return 'a protocol-relative address ("//…") is another site, not a path of this one; write https://… for another site or /… for this one';
  }
  if (address.startsWith('/')) return null;
  if (use === 'image') return 'images must be files of this site (an address starting with /), never from another origin';
  if (address.startsWith('#')) return null;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(address)?.[1]?.toLowerCase();
  if (scheme === 'https' || scheme === 'mailto') return null;
  if (scheme === 'http') return 'http: is not allowed; use the https: address';
  if (scheme !== undefined) return `${scheme}: addresses are not allowed (only https:, mailto: and site paths starting with /)`;
  return 'a relative address depends on the page that shows it; write a site path starting with / or a full https: address';
}

/**
 * Stops the build on markup that could run code on a reader's page, load something from another
 * site, or show text unanalysed. Astro passes raw HTML in Markdown through unsanitised, and an
 * article is data, not code: raw HTML, unsafe link and image addresses (`unsafeAddressReason`)
 * and code blocks (an indented line becomes one, shown in monospace, outside every paragraph, and
 * no analysis reads it) are rejected with the file, the line and the offending text named.
 */
export default function remarkRejectUnsafeMarkup(options: { isArticle: (filePath: string) => boolean }) {
  return function transformer(tree: Root, file: VFile) {
    if (!file.path || !options.isArticle(file.path)) return;
    // A definition is an image's address when an image reference uses it (`![x][ref]`).
    const imageDefinitions = new Set<string>();
    visit(tree, 'imageReference', (node) => {
      imageDefinitions.add(node.identifier);
    });
    visit(tree, (node) => {
      const where = () => {
        const bodyLine = node.position?.start.line;
        return `${file.path}:${bodyLine === undefined ? '?' : bodyLine + frontmatterLines(file.path!)}`;
      };
      if (node.type === 'html') {
        throw new Error(
          `${where()}: body: raw HTML is not allowed in articles (found ${JSON.stringify(node.value.slice(0, 60))})`,
        );
      }
      if (node.type === 'code') {
        throw new Error(
          `${where()}: body: a code block (an indented or fenced block) is not allowed in articles: ` +
            'it is shown outside the paragraphs and never analysed; ' +
            `remove the indentation or the fence (found ${JSON.stringify(node.value.slice(0, 60))})`,
        );
      }
      if (node.type === 'link' || node.type === 'image' || node.type === 'definition') {
        const use: AddressUse =
          node.type === 'image' || (node.type === 'definition' && imageDefinitions.has(node.identifier)) ? 'image' : 'link';
        const reason = unsafeAddressReason(node.url, use);
        if (reason) {
          const what = use === 'image' ? 'unsafe link address (of an image)' : 'unsafe link address';
          throw new Error(`${where()}: body: ${what} ${JSON.stringify(node.url.slice(0, 60))}: ${reason}`);
        }
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
