/**
 * The site's Markdown processor without Astro: the plugin lists astro.config.mjs uses
 * (`markdownPlugins`), in a real unified processor that writes HTML, and files carrying the
 * frontmatter Astro hands the plugins. The plugin tests run articles through it.
 */
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { aliasesOf, createAliasMatcher } from '../../src/analysis/mentions/find-mentions.ts';
import { type MarkdownPluginOptions, markdownPlugins } from '../../src/plugins/markdown-plugins.ts';

/**
 * The plugins' options for made-up articles: a file under an `articles/` folder is an article (as
 * under content/articles/ on the site), and its mentions are of `actors`.
 */
export function articleOptions(actors: Parameters<typeof aliasesOf>[0]): MarkdownPluginOptions {
  return { isArticle: (filePath) => filePath.includes('/articles/'), matcher: createAliasMatcher(aliasesOf(actors)) };
}

/** Markdown to HTML through the site's plugins, in the order of astro.config.mjs. */
export function siteProcessor(options: MarkdownPluginOptions) {
  const { remarkPlugins, rehypePlugins } = markdownPlugins(options);
  return unified().use(remarkParse).use(remarkPlugins).use(remarkRehype).use(rehypePlugins).use(rehypeStringify);
}

/** Markdown to HTML with no plugin at all: the plain rendering the plugins must not change the words of. */
export function plainProcessor() {
  return unified().use(remarkParse).use(remarkRehype).use(rehypeStringify);
}

/** A Markdown file at `path` with the frontmatter Astro gives the plugins (by default, a publication date only). */
export function markdownFile(
  markdown: string,
  path: string,
  frontmatter: Record<string, unknown> = { published: { value: '2025-04-18' } },
): VFile {
  const file = new VFile({ path, value: markdown });
  file.data.astro = { frontmatter } as never;
  return file;
}

/** The message of what `run` throws, or null when it throws nothing. */
export function thrownMessage(run: () => unknown): string | null {
  try {
    run();
    return null;
  } catch (error) {
    return (error as Error).message;
  }
}
