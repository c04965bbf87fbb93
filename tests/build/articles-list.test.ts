/**
 * The articles list (issue 23, item 11): an article without the outlet's standfirst shows the
 * body's first sentence instead, labelled as such and never styled as a standfirst; an article
 * with one shows only the standfirst.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { Element } from 'hast';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { beforeAll, describe, expect, test } from 'vitest';
import { bodyBlocksFromMarkdown } from '../../src/analysis/text/body-blocks.ts';
import { normalizeBodyText } from '../../src/analysis/text/text-hygiene.ts';
import { readArticleFile } from '../../scripts/lib/read-article-file.ts';
import { cachedPage as page } from '../helpers/cached-pages.ts';
import { assertBuilt, squash } from '../helpers/dist.ts';

beforeAll(assertBuilt);

/** Each article's standfirst and first paragraph, read from content/ (not from the build). */
const articlesDir = path.resolve('content/articles');
const articles = new Map(
  readdirSync(articlesDir)
    .filter((file) => file.endsWith('.md'))
    .map((file) => {
      const { frontmatter, body } = readArticleFile(readFileSync(path.join(articlesDir, file), 'utf8'), file);
      const first = bodyBlocksFromMarkdown(body).find((block) => block.kind === 'paragraph')!;
      const dek = (frontmatter as { dek?: { value: string | null } }).dek?.value ?? null;
      return [`/articles/${file.replace(/\.md$/, '')}/`, { dek, firstParagraph: squash(normalizeBodyText(first.text)) }];
    }),
);
const text = (node: Element | undefined) => squash(node ? toString(node) : '');

describe.each(['/articles/', '/'])('the list of articles on %s', (url) => {
  const entries = selectAll('main .card-list > li', page(url)).filter((li) => select('a[href^="/articles/"]', li));

  test('it lists articles', () => {
    expect(entries.length).toBeGreaterThan(0);
  });

  test('an article with a standfirst shows it and nothing else; one without shows its first sentence, labelled', () => {
    let openings = 0;
    for (const entry of entries) {
      const href = String(select('a[href^="/articles/"]', entry)!.properties.href);
      const article = articles.get(href)!;
      const dek = select('.dek', entry);
      const opening = select('.opening', entry);
      if (article.dek) {
        expect(text(dek), href).toBe(article.dek);
        expect(opening, href).toBeUndefined();
        continue;
      }
      openings++;
      expect(dek, href).toBeUndefined();
      expect(text(select('.opening__label', opening)), href).toBe('First sentence of the article:');
      const words = text(select('.opening__text', opening));
      // The outlet's words, from the start of the first paragraph, a whole sentence or cut with "…".
      expect(article.firstParagraph.startsWith(words.replace(/…$/, '')), href).toBe(true);
      expect(words, href).toMatch(/[.!?”"’…]$/);
      expect(words.length, href).toBeLessThan(article.firstParagraph.length);
    }
    expect(openings).toBeGreaterThan(0);
  });

  test('the first sentence is not cut at "U.S." (the Politico article)', () => {
    const politico = entries.find((entry) => select('a[href="/articles/leaders-retreat-to-their-corners/"]', entry));
    expect(text(select('.opening__text', politico))).toBe(
      'Three days ago, President Donald Trump announced the leaders of Russia and Ukraine had agreed to meet, ' +
        'an event that would validate his recent summits in Alaska and the White House.',
    );
  });
});
