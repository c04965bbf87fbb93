import { test } from 'vitest';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { aliasesOf, createAliasMatcher } from '../../src/analysis/mentions.ts';
import rehypeActorLinks from '../../src/plugins/rehype-actor-links.ts';
import rehypeBlockIds from '../../src/plugins/rehype-block-ids.ts';
import rehypeDateTimes from '../../src/plugins/rehype-date-times.ts';
import rehypeQuoteMarkup from '../../src/plugins/rehype-quote-markup.ts';
import remarkArticleAnalysis from '../../src/plugins/remark-article-analysis.ts';
import remarkRejectUnsafeMarkup from '../../src/plugins/remark-reject-unsafe-markup.ts';

const actors = [
  { slug: 'marco-rubio', name: 'Marco Rubio', aliases: ['Rubio'], kind: 'person' },
  { slug: 'donald-trump', name: 'Donald Trump', aliases: ['Trump'], kind: 'person' },
  { slug: 'united-states', name: 'United States', aliases: ['US', 'U.S.'], kind: 'country' },
  { slug: 'europe', name: 'Europe', aliases: [], kind: 'country' },
  { slug: 'sergey-lavrov', name: 'Sergey Lavrov', aliases: ['Lavrov', 'Sergei Lavrov'], kind: 'person' },
  { slug: 'vladimir-putin', name: 'Vladimir Putin', aliases: ['Putin'], kind: 'person' },
  { slug: 'volodymyr-zelenskyy', name: 'Volodymyr Zelenskyy', aliases: ['Zelenskyy'], kind: 'person' },
  { slug: 'kristen-welker', name: 'Kristen Welker', aliases: ['Welker'], kind: 'person' },
  { slug: 'nbc', name: 'NBC', aliases: [], kind: 'media' },
];
const matcher = createAliasMatcher(aliasesOf(actors));
const actorNames = new Map(actors.map((a) => [a.slug, a.name]));
const isArticle = (p: string) => p.includes('/articles/');

function render(markdown: string, path: string, published = '2025-04-18') {
  const file = new VFile({ path, value: markdown });
  file.data.astro = { frontmatter: { published: { value: published } } } as never;
  return String(
    unified()
      .use(remarkParse)
      .use(remarkRejectUnsafeMarkup, { isArticle })
      .use(remarkArticleAnalysis, { isArticle, matcher })
      .use(remarkRehype)
      .use(rehypeBlockIds, { isArticle })
      .use(rehypeQuoteMarkup, { actorNames })
      .use(rehypeDateTimes)
      .use(rehypeActorLinks)
      .use(rehypeStringify)
      .processSync(file),
  );
}

test('explore', () => {
  console.log(render(`Standing on a tarmac in Paris, the US secretary of state, Marco Rubio, issued a threat that the US could simply “move on” from mediating the biggest military conflict in Europe since the second world war.

## How did we get here?

There have been plenty of meetings: Rubio was on the phone with Sergei Lavrov, the Russian foreign minister, and met with Ukrainian officials and European leaders in Paris on Thursday.

But there are few indications. One element of a “Trump deal” appears to be this: that it doesn’t take very long.
`, '/site/content/articles/trump-team-impatience-walk-away.md'));
  console.log(render(`Lavrov dismissed the idea of addressing security guarantees for Ukraine without Russia. “This will not work," he said.

He later told NBC’s “Meet the Press with Kristen Welker” in an interview airing Sunday that there is no meeting planned. "Putin is ready to meet with Zelenskyy when the agenda would be ready for a summit. And this agenda is not ready at all."
`, '/site/content/articles/leaders-retreat-to-their-corners.md', '2025-08-22'));
});
