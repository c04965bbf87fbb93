/**
 * Provisional people through the Markdown plugins, the lists astro.config.mjs uses: the
 * analysis plugin passes the not-people list to the analysis and resolves discovered people
 * against the actor files; the actor links mark a provisional actor's name.
 */
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, test } from 'vitest';
import { aliasesOf, createAliasMatcher } from '../../src/analysis/mentions/find-mentions.ts';
import { registeredNames } from '../../src/analysis/attribution/provisional-people.ts';
import { markdownPlugins } from '../../src/plugins/markdown-plugins.ts';

const actors = [
  { slug: 'russia', name: 'Russia', aliases: [], kind: 'country' },
  { slug: 'sergey-lavrov', name: 'Sergey Lavrov', aliases: ['Lavrov'], kind: 'person' },
];
const matcher = createAliasMatcher(aliasesOf(actors));
const isArticle = () => true;
const MARKDOWN = [
  'Talks with Russia resumed on Tuesday.',
  '“No one is in a hurry,” Deputy Foreign Minister Anna Petrova told reporters.',
  '“Shipping will not stop,” said Oleg Sokolov, the port director.',
].join('\n\n');

function render(notPeople: string[]) {
  const file = new VFile({ path: '/site/content/articles/talks-resume.md', value: MARKDOWN });
  file.data.astro = { frontmatter: { published: { value: '2025-05-07' } } } as never;
  const { remarkPlugins, rehypePlugins } = markdownPlugins({
    isArticle,
    matcher,
    notPeople,
    registeredNames: registeredNames(actors),
  });
  const html = unified()
    .use(remarkParse)
    .use(remarkPlugins)
    .use(remarkRehype)
    .use(rehypePlugins)
    .use(rehypeStringify)
    .processSync(file);
  return { html: String(html), analysis: file.data.analysis! };
}

describe('provisional people in the Markdown plugins', () => {
  test('a quoted person with no actor file is linked to their provisional page, marked as such, their quote with a note marker', () => {
    const { html, analysis } = render([]);
    expect(analysis.people.map((person) => person.slug)).toEqual(['anna-petrova', 'oleg-sokolov']);
    expect(html).toContain('<a href="/actors/anna-petrova/" class="actor-link actor-link--provisional">Anna Petrova</a>');
    expect(html).toContain('<a href="/actors/russia/" class="actor-link">Russia</a>');
    // The speaker is named in the quote's note, beside the text, never inside it.
    expect(html).not.toContain('— Anna Petrova');
    expect(html).toMatch(/<button type="button" class="quote-marker" popovertarget="note-[0-9a-f]+"[^>]*><\/button>/);
  });

  test('the not-people list reaches the analysis: a listed name is nobody', () => {
    const { html, analysis } = render(['Oleg Sokolov']);
    expect(analysis.people.map((person) => person.slug)).toEqual(['anna-petrova']);
    expect(html).not.toContain('/actors/oleg-sokolov/');
    expect(analysis.quotes.find((quote) => quote.text.startsWith('Shipping'))!.speaker).toBeNull();
  });
});
