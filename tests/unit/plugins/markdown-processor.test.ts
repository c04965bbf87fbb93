/**
 * The site's Markdown processor (src/plugins/markdown-processor.ts) against Astro's own unified
 * pipeline with the same plugins: the same HTML and headings for every corpus article and for
 * made-up Markdown of every kind of block, raw HTML outside articles parsed as Astro parses it,
 * and an image that is not a site path refused.
 */
import { pathToFileURL } from 'node:url';
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { describe, expect, test } from 'vitest';
import { loadActorRegistry } from '../../../src/load/actor-registry.ts';
import { markdownPlugins } from '../../../src/plugins/markdown-plugins.ts';
import { siteMarkdownProcessor } from '../../../src/plugins/markdown-processor.ts';
import { contentDir, corpusArticleSlugs, readCorpusArticle } from '../../helpers/corpus-files.ts';

const { matcher } = loadActorRegistry(new URL('actors/', contentDir).pathname);
const isArticle = (file: string) => file.includes('/articles/');
/** Fresh plugin lists for each renderer: the analysis plugin keeps per-build state (its pool). */
const plugins = () => markdownPlugins({ isArticle, matcher });

async function renderers() {
  const site = await siteMarkdownProcessor(plugins()).createRenderer();
  const astro = await createMarkdownProcessor({ ...plugins(), gfm: false, smartypants: false, syntaxHighlight: false });
  return { site, astro };
}

const ARTICLE = pathToFileURL('/site/content/articles/made-up.md');
const frontmatter = () => ({ published: { value: '2025-04-18' } });

describe('the site’s Markdown processor renders as Astro’s unified pipeline does', () => {
  test('every corpus article: the same HTML and headings', async () => {
    const { site, astro } = await renderers();
    for (const slug of corpusArticleSlugs()) {
      const { body, data } = readCorpusArticle(slug);
      const fileURL = pathToFileURL(`/site/content/articles/${slug}.md`);
      const ours = await site.render(body, { fileURL, frontmatter: structuredClone(data) });
      const theirs = await astro.render(body, { fileURL, frontmatter: structuredClone(data) });
      expect(ours.code, slug).toBe(theirs.code);
      expect(ours.metadata.headings, slug).toEqual(theirs.metadata.headings);
    }
  }, 60_000);

  test('made-up Markdown with headings (repeated, nested, with code and braces), lists, block quotes, links, emphasis and entities', async () => {
    const { site, astro } = await renderers();
    const markdown = [
      '## Talks in “Geneva” & beyond',
      'Rubio said the US would *move on* if there was no progress, [the State Department](https://state.gov/) said.',
      '> “We are ready,” Peskov said on Friday.',
      '- Lavrov spoke first.\n- Then Witkoff.',
      '### Talks in “Geneva” & beyond',
      'A line with &amp; and &lt;tags&gt; and a site image: ![map](/images/map.png)',
      '## The `{plan}` and *its* {critics}',
      '> ### A heading in a quote',
      '#### Talks in “Geneva” & beyond',
    ].join('\n\n');
    // As an article, headings take their block ids; elsewhere, ids made from their text.
    for (const fileURL of [ARTICLE, pathToFileURL('/site/content/notes/about.md')]) {
      const ours = await site.render(markdown, { fileURL, frontmatter: frontmatter() });
      const theirs = await astro.render(markdown, { fileURL, frontmatter: frontmatter() });
      expect(ours.code).toBe(theirs.code);
      expect(ours.metadata.headings).toEqual(theirs.metadata.headings);
    }
    const { metadata } = await site.render(markdown, { fileURL: pathToFileURL('/site/content/notes/about.md'), frontmatter: {} });
    expect(metadata.headings.map((heading) => heading.slug)).toEqual([
      'talks-in-geneva--beyond',
      'talks-in-geneva--beyond-1',
      'the-plan-and-its-critics',
      'a-heading-in-a-quote',
      'talks-in-geneva--beyond-2',
    ]);
  });

  test('raw HTML outside an article is parsed as Astro parses it', async () => {
    const { site, astro } = await renderers();
    const fileURL = pathToFileURL('/site/content/notes/about.md');
    const markdown = 'Some <em>raw</em> HTML.\n\n<div class="box"><p>Inside</p></div>';
    const ours = await site.render(markdown, { fileURL, frontmatter: {} });
    expect(ours.code).toBe((await astro.render(markdown, { fileURL, frontmatter: {} })).code);
    expect(ours.code).toContain('<em>raw</em>');
  });

  test('an image that is not a file of this site stops the render, naming the file', async () => {
    const { site } = await renderers();
    const fileURL = pathToFileURL('/site/content/notes/about.md');
    await expect(site.render('![x](pictures/x.png)', { fileURL, frontmatter: {} })).rejects.toThrow(
      /about\.md: images must be files of this site .*pictures\/x\.png/,
    );
  });
});
