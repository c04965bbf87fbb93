/**
 * Body blocks, the HTML side (`bodyBlockElements`, src/plugins/rehype-block-ids.ts, which the
 * plugins give ids and mark up): it must find the blocks `bodyBlocksFromMarkdown` finds, in the
 * same order with the same text, or quotes, mentions and dates land on the wrong words. Runs
 * through a real unified processor.
 */
import type { Element, ElementContent, Root } from 'hast';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, test } from 'vitest';
import type { ArticleAnalysis } from '../../../src/analysis/types.ts';
import rehypeActorLinks from '../../../src/plugins/rehype-actor-links.ts';
import rehypeBlockIds, { bodyBlockElements } from '../../../src/plugins/rehype-block-ids.ts';
import rehypeDateTimes from '../../../src/plugins/rehype-date-times.ts';
import rehypeQuoteMarkup from '../../../src/plugins/rehype-quote-markup.ts';
import remarkArticleAnalysis from '../../../src/plugins/remark-article-analysis.ts';
import { EVERY_KIND } from '../../helpers/every-kind-of-block.ts';
import { articleOptions } from '../../helpers/markdown-processor.ts';

const options = articleOptions([
  { slug: 'marco-rubio', name: 'Marco Rubio', aliases: ['Rubio'], kind: 'person' },
  { slug: 'sergey-lavrov', name: 'Sergey Lavrov', aliases: ['Lavrov'], kind: 'person' },
  { slug: 'donald-trump', name: 'Donald Trump', aliases: ['Trump'], kind: 'person' },
]);
const ARTICLE = '/site/content/articles/trump-team-impatience-walk-away.md';

// ---------------------------------------------------------------------------------------------
// The HTML side, through the plugins

function processor() {
  return unified()
    .use(remarkParse)
    .use(remarkArticleAnalysis, options)
    .use(remarkRehype)
    .use(rehypeBlockIds, options)
    .use(rehypeQuoteMarkup)
    .use(rehypeDateTimes)
    .use(rehypeActorLinks);
}

/** The article's HTML tree after every plugin, and its analysis. */
function renderTree(markdown: string, withPlugins = true): { tree: Root; analysis: ArticleAnalysis } {
  const file = new VFile({ path: ARTICLE, value: markdown });
  file.data.astro = { frontmatter: { published: { value: '2025-04-18' } } } as never;
  const run = withPlugins ? processor() : unified().use(remarkParse).use(remarkRehype);
  const tree = run.runSync(run.parse(file), file) as Root;
  return { tree, analysis: file.data.analysis! };
}

function* elements(node: Root | Element): Generator<Element> {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    yield child;
    yield* elements(child);
  }
}

const isSpeakerLink = (node: ElementContent) =>
  node.type === 'element' &&
  String(node.properties.className ?? '')
    .split(' ')
    .includes('quote-marker');

/** The article text under a node: all its text but the note markers the quote markup adds (which hold none). */
function textOf(node: Root | ElementContent): string {
  if (node.type === 'text') return node.value;
  if ((node.type === 'element' && !isSpeakerLink(node)) || node.type === 'root') {
    return (node.children as ElementContent[]).map(textOf).join('');
  }
  return '';
}

const NESTED_BLOCK = new Set(['p', 'ul', 'ol', 'blockquote', 'hr', 'pre', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** The text a block element holds itself: for a list item, what comes before the blocks nested in it. */
function ownText(element: Element): string {
  if (element.tagName !== 'li') return textOf(element);
  const end = element.children.findIndex((child) => child.type === 'element' && NESTED_BLOCK.has(child.tagName));
  return (end < 0 ? element.children : element.children.slice(0, end)).map(textOf).join('').trimEnd();
}

/** Markdown with every kind of block and the shapes lists and blockquotes can take. */
const SHAPES: Array<[string, string]> = [
  ['every kind of block', EVERY_KIND],
  [
    'a loose list with two paragraphs in an item',
    '- “We will not sign,” Lavrov said.\n\n  “Nor will we pay,” he added.\n\n- Rubio left on Friday.',
  ],
  ['a tight list item with a blockquote in it', '- Rubio said:\n  > “We are done,” on Friday.\n- Next.'],
  [
    'a blockquote holding a list and a heading',
    '> ## Lavrov’s terms\n>\n> - “No NATO,” Lavrov said.\n> - “No troops,” he said.\n>\n> He ended there.',
  ],
  ['an item whose paragraph does not come first', '- ```\n  code\n  ```\n  “After the code,” Rubio said on Friday.\n- x'],
  ['an item with two stretches of text around a rule', '- Rubio spoke on Friday.\n  ***\n  “We are done,” Rubio said.'],
  [
    'hard breaks and emphasis in a list item',
    '- Rubio *said* on Friday:\\\n  “We are **done**,” and left.\n  - Lavrov said “no.”',
  ],
  ['an ordered list starting at 3, nested in a bulleted one', '- Points:\n  3. “First,” Rubio said.\n  4. Second, on Monday.'],
];

describe('the HTML blocks are the Markdown blocks', () => {
  test.each(SHAPES)('%s: each block element carries the id of the block whose text it holds', (_name, markdown) => {
    const { tree, analysis } = renderTree(markdown);
    const found = bodyBlockElements(tree);
    expect(found.map((element) => [element.properties.id, ownText(element)])).toEqual(
      analysis.blocks.map((block) => [block.id, block.text]),
    );
    // No other element has a block id, and no block id is given twice.
    const withIds = [...elements(tree)].filter((element) => /^p-\d+$/.test(String(element.properties.id ?? '')));
    expect(withIds).toHaveLength(found.length);
    expect(new Set(withIds)).toEqual(new Set(found));
  });

  test.each(SHAPES)('%s: the marked-up article has exactly the words of the plain one', (_name, markdown) => {
    const plain = textOf(renderTree(markdown, false).tree);
    expect(textOf(renderTree(markdown).tree).replace(/\s+/g, ' ')).toBe(plain.replace(/\s+/g, ' '));
  });

  test('quotes, dates and actor links are marked up inside blockquotes and list items', () => {
    const { tree, analysis } = renderTree(EVERY_KIND);
    const inside = (tagName: string, wanted: (element: Element) => boolean) =>
      tree.children
        .filter((node): node is Element => node.type === 'element' && node.tagName === tagName)
        .flatMap((container) => [...elements(container)].filter(wanted));
    const quotes = (element: Element) => element.tagName === 'q';
    const quoted = (tagName: string) => inside(tagName, quotes).map(textOf);
    expect(quoted('blockquote')).toEqual(['“We will not sign anything that leaves Crimea out,”', '“Nor will we pay for it,”']);
    expect(quoted('ul')).toEqual(['“move on”', '“We are done with this,”', '“Deeper still,”']);
    expect(quoted('ol')).toEqual(['“talks without preconditions,”']);
    // Each <q> sits in the block its quote is in, with the quote's id on it.
    for (const quote of analysis.quotes.filter((q) => q.kind !== 'scare')) {
      const block = bodyBlockElements(tree).find((element) => element.properties.id === quote.parts[0]!.block)!;
      const q = [...elements(block)].find((element) => element.properties.id === `q-${quote.id}`);
      expect(q && textOf(q), quote.text).toBe(`“${quote.text}”`);
    }
    const times = (tagName: string) => inside(tagName, (element) => element.tagName === 'time').map(textOf);
    expect(times('blockquote')).toEqual(['on Thursday']);
    expect(times('ul')).toEqual(['on Monday']);
    // An actor's first mention in the article is a link; later ones are marked, not linked.
    const isMention = (element: Element) =>
      String(element.properties.className ?? '')
        .split(' ')
        .includes('mention');
    const links = (tagName: string) =>
      inside(tagName, (element) => element.tagName === 'a' && !isSpeakerLink(element)).map(textOf);
    const mentions = (tagName: string) =>
      inside(tagName, (element) => (element.tagName === 'a' && !isSpeakerLink(element)) || isMention(element)).map(textOf);
    expect(links('blockquote')).toEqual(['Lavrov']);
    expect(mentions('ul')).toEqual(['Rubio', 'Rubio', 'Lavrov']);
    expect(links('ul')).toEqual([]);
    expect(links('ol')).toEqual(['Trump']);
  });
});
