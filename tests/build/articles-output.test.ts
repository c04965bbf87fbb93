import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { select, selectAll } from 'hast-util-select';
import { beforeAll, describe, expect, test } from 'vitest';
import { readArticleFile } from '../../scripts/lib/read-article-file.ts';
import { bodyBlocksFromMarkdown } from '../../src/analysis/text/body-blocks.ts';
import { normalizeBodyText } from '../../src/analysis/text/text-hygiene.ts';
import { assertBuilt, listHtmlFiles, readDist, readPage, squash } from '../helpers/dist.ts';

/** The real corpus, read from content/ (not from the build) to check the build against it. */
const articlesDir = path.resolve('content/articles');
const articles = readdirSync(articlesDir)
  .filter((file) => file.endsWith('.md'))
  .map((file) => {
    const { frontmatter, body } = readArticleFile(readFileSync(path.join(articlesDir, file), 'utf8'), file);
    return { slug: file.replace(/\.md$/, ''), frontmatter, blocks: bodyBlocksFromMarkdown(body) };
  });

beforeAll(assertBuilt);

describe('the built site', () => {
  test.each(['index.html', 'articles/index.html', '404.html', 'data/articles.json', 'about/index.html'])('%s exists', (file) => {
    expect(readDist(file).length).toBeGreaterThan(0);
  });

  test('there is one page per article', () => {
    const pages = listHtmlFiles().filter((file) => /^articles\/[^/]+\/index\.html$/.test(file));
    expect(pages.map((file) => file.split('/')[1]).sort()).toEqual(articles.map((a) => a.slug).sort());
  });

  test('a note’s “Also in” names each outlet once', () => {
    const repeated = articles.flatMap(({ slug }) =>
      selectAll('.note__versions', readPage(`articles/${slug}/index.html`)).flatMap((line) => {
        const outlets = selectAll('a', line).map((link) => toString(link));
        return new Set(outlets).size === outlets.length ? [] : [`${slug}: ${toString(line)}`];
      }),
    );
    expect(repeated).toEqual([]);
  });

  test('the provenance box does not claim a stored copy of the page in general: each fact says how it is known', () => {
    // It once opened with "transcribed from a stored copy of the page" above "No copy of the page was found".
    const claims = articles.flatMap(({ slug }) => {
      const opening = select('.provenance > p', readPage(`articles/${slug}/index.html`));
      return opening && /stored copy/i.test(toString(opening)) ? [slug] : [];
    });
    expect(claims).toEqual([]);
  });

  test('reading pages ship no JavaScript', () => {
    // Articles, actors, events and quotes are read, not used: no script at all (JSON-LD is data).
    const executable = /<script\b(?![^>]*type="application\/ld\+json")/i;
    const readingPage = /^(articles|actors|events|quotes)\/[^/]+\/index\.html$/;
    const reading = listHtmlFiles().filter((file) => readingPage.test(file) && file !== 'actors/unnamed-sources/index.html');
    expect(reading.length).toBeGreaterThan(100);
    expect(reading.filter((file) => executable.test(readDist(file)))).toEqual([]);
    // The search page, by contrast, must load its script.
    expect(executable.test(readDist('search/index.html'))).toBe(true);
  });
});

describe.each(articles)('article page $slug', ({ slug, frontmatter, blocks }) => {
  let page: Root;
  let article: Element;
  beforeAll(() => {
    page = readPage(`/articles/${slug}/`);
    article = select('article', page)!;
  });

  test('has its body inside <article>, closing sentence included', () => {
    const lastBlock = blocks.at(-1)!;
    const closing = lastBlock.text.split(/(?<=[.!?”"])\s+/).at(-1)!;
    expect(toString(article).replace(/\s+/g, ' ')).toContain(closing);
  });

  test('the text of its body is the Markdown body, word for word (white space aside): the analysis adds no word', () => {
    // Issue 14: quote speakers, notes and explanations sit beside the text, never inside it, so a
    // reader who copies a paragraph gets the outlet's words and nothing else. The site shows the
    // body in one Unicode form, without soft hyphens (src/analysis/text/text-hygiene.ts).
    const expected = squash(normalizeBodyText(blocks.map((block) => block.text).join(' ')));
    expect(squash(toString(select('.article-body', article)!))).toBe(expected);
  });

  test('gives every body block a stable id in order', () => {
    const ids = selectAll('.article-body > p, .article-body > h2', article).map((node) => node.properties.id);
    expect(ids).toEqual(blocks.map((block) => block.id));
  });

  test('keeps the removed furniture out of <article>', () => {
    // The headline and dek lines of a raw file are furniture of the body but rightly head the page.
    const whole = toString(article).replace(/\s+/g, ' ');
    const body = toString(select('.article-body', article)!).replace(/\s+/g, ' ');
    const furniture = (frontmatter.furniture as Array<{ kind: string; text: string }> | undefined) ?? [];
    for (const item of furniture) {
      // Short labels ("Marco Rubio", "Comments") are also ordinary words; check the distinctive ones.
      if (item.text.split(/\s+/).length < 4) continue;
      const text = item.kind === 'headline' || item.kind === 'dek' ? body : whole;
      expect(text, `furniture "${item.text.slice(0, 50)}…" leaked into the article`).not.toContain(
        item.text.replace(/\s+/g, ' '),
      );
    }
  });

  test('shows the date in <time datetime> and the author or "Author unknown"', () => {
    const published = (frontmatter.published as { value: string }).value;
    expect(select(`header time[datetime="${published}"]`, article)).toBeTruthy();
    const author = (frontmatter.author as { value: string | null }).value;
    expect(toString(select('header', article)!)).toContain(author === null ? 'Author unknown' : author);
  });

  test('puts the provenance box in an <aside> outside <article>', () => {
    const aside = select('aside.provenance', page)!;
    expect(aside).toBeTruthy();
    expect(select('aside', article)).toBeFalsy();
    expect(toString(aside)).toContain('Other text on the saved page, left out');
  });
});

describe('data/articles.json', () => {
  const rows = () => JSON.parse(readDist('data/articles.json')) as Array<Record<string, unknown>>;

  test('has one row per article with the documented fields', () => {
    expect(rows()).toHaveLength(articles.length);
    for (const row of rows()) {
      expect(Object.keys(row).sort()).toEqual(
        ['author', 'outlet', 'publishedAt', 'slug', 'sourceUrl', 'title', 'url', 'wordCount', 'raw'].sort(),
      );
      expect(row.publishedAt).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(row.url).toBe(`/articles/${row.slug}/`);
      expect(row.wordCount).toBeGreaterThan(100);
    }
  });

  test('keeps unknown metadata null, never invented', () => {
    const bySlug = new Map(rows().map((row) => [row.slug, row]));
    for (const { slug, frontmatter } of articles) {
      const row = bySlug.get(slug)!;
      expect(row.author).toBe((frontmatter.author as { value: unknown }).value);
      expect(row.sourceUrl).toBe((frontmatter.sourceUrl as { value: unknown }).value);
    }
  });
});
