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
import { remarkCollectImages } from '@astrojs/markdown-remark';
import Slugger from 'github-slugger';
import type { ElementContent, Root as HastRoot, RootContent } from 'hast';
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

/**
 * Astro's `rehypeHeadingIds` for Markdown (not MDX), written as one walk over the tree: an id on
 * each heading from its text (GitHub's slugs, numbered when repeated) unless it has one, and the
 * headings listed for Astro. Astro's own took about a millisecond an article (a profile of the
 * 1,000-article bench build), mostly in its generic tree visitor; the Markdown processor test
 * checks that the two give the same HTML and headings.
 */
function rehypeHeadingIdsInOneWalk() {
  return (tree: HastRoot, file: VFile): void => {
    const headings: MarkdownHeading[] = [];
    const slugger = new Slugger();
    // As Astro's: text and raw nodes under the heading, in order; inside code as written, elsewhere
    // with "{" as "${"; a raw node that is a single tag adds nothing.
    const textOf = (node: ElementContent, parent: ElementContent | null): string => {
      if (node.type === 'element') return node.children.map((child) => textOf(child, node)).join('');
      if (parent === null || (node.type !== 'text' && node.type !== 'raw')) return '';
      if (node.type === 'raw' && /^\n?<.*>\n?$/.test(node.value)) return '';
      return parent.type === 'element' && (parent.tagName === 'code' || parent.tagName === 'pre')
        ? node.value
        : node.value.replace(/\{/g, '${');
    };
    const walk = (nodes: readonly RootContent[]) => {
      for (const node of nodes) {
        if (node.type !== 'element') continue;
        const level = node.tagName[0] === 'h' ? /h([0-6])/.exec(node.tagName)?.[1] : undefined;
        if (level !== undefined) {
          const text = node.children.map((child) => textOf(child, node)).join('');
          if (typeof node.properties.id !== 'string') node.properties.id = slugger.slug(text);
          headings.push({ depth: Number(level), slug: node.properties.id as string, text });
        }
        walk(node.children);
      }
    };
    walk(tree.children);
    const data = file.data as { astro?: { headings?: MarkdownHeading[] } };
    data.astro ??= {};
    data.astro.headings = headings;
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
        .use(rehypeHeadingIdsInOneWalk)
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
