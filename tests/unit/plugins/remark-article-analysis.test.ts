/**
 * The analysis plugin (src/plugins/remark-article-analysis.ts) in the site's Markdown processor:
 * it leaves the analysis for the rehype plugins and the corpus index, refuses an article with no
 * text or no publication date, passes the not-people list to the analysis and resolves discovered
 * people against the actor files (the actor links then mark a provisional actor's name).
 */
import { describe, expect, test } from 'vitest';
import { registeredNames } from '../../../src/analysis/attribution/provisional-people.ts';
import { aliasesOf, createAliasMatcher } from '../../../src/analysis/mentions/find-mentions.ts';
import { markdownFile, siteProcessor, thrownMessage } from '../../helpers/markdown-processor.ts';

const actors = [
  { slug: 'russia', name: 'Russia', aliases: [], kind: 'country' },
  { slug: 'sergey-lavrov', name: 'Sergey Lavrov', aliases: ['Lavrov'], kind: 'person' },
];
const matcher = createAliasMatcher(aliasesOf(actors));
const isArticle = () => true;
const GUARDIAN = '/site/content/articles/trump-team-impatience-walk-away.md';

/** The error a file makes the processor throw, or null. */
function renderError(markdown: string, frontmatter?: Record<string, unknown>): string | null {
  return thrownMessage(() => siteProcessor({ isArticle, matcher }).processSync(markdownFile(markdown, GUARDIAN, frontmatter)));
}

describe('article Markdown through the plugins, in the order of astro.config.mjs', () => {
  test('the analysis is left on file.data and in the frontmatter, for the rehype plugins and the corpus index', () => {
    const frontmatter: Record<string, unknown> = { published: { value: '2025-04-18' } };
    const file = markdownFile('Rubio said the US could “move on” on Friday.', GUARDIAN, frontmatter);
    siteProcessor({ isArticle, matcher }).processSync(file);
    expect(file.data.analysis).toBeDefined();
    expect(frontmatter.analysis).toBe(file.data.analysis);
    expect(file.data.analysis!.blocks).toEqual([
      { id: 'p-1', text: 'Rubio said the US could “move on” on Friday.', kind: 'paragraph' },
    ]);
  });
});

describe('unsafe article bodies stop the build, naming the file', () => {
  test.each([
    { what: 'an empty body', markdown: '' },
    { what: 'a body of blank lines', markdown: '\n\n\n' },
    { what: 'a body with no paragraph or heading', markdown: '***' },
  ])('$what throws, naming the file and `body`', ({ markdown }) => {
    expect(renderError(markdown)).toBe(`${GUARDIAN}: body: the article has no text`);
  });

  test('a missing publication date throws, naming the file and published.value', () => {
    expect(renderError('Rubio said it on Friday.', {})).toContain(`${GUARDIAN}: published.value:`);
  });
});

const MARKDOWN = [
  'Talks with Russia resumed on Tuesday.',
  '“No one is in a hurry,” Deputy Foreign Minister Anna Petrova told reporters.',
  '“Shipping will not stop,” said Oleg Sokolov, the port director.',
].join('\n\n');

function render(notPeople: string[]) {
  const file = markdownFile(MARKDOWN, '/site/content/articles/talks-resume.md', { published: { value: '2025-05-07' } });
  const html = siteProcessor({ isArticle, matcher, notPeople, registeredNames: registeredNames(actors) }).processSync(file);
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
