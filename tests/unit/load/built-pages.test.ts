/**
 * The data-loss guard (src/load/built-pages.ts, run by the `dossier:data-loss-guard` integration,
 * issue 15): after the build, every block of every article body must be on its page with the same
 * words, and every quote of `quotes.json` in the paragraph it names. Pages here are rendered by the
 * real plugins, then damaged the ways a broken plugin or template would.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { aliasesOf, createAliasMatcher } from '../../../src/analysis/mentions/find-mentions.ts';
import type { ArticleAnalysis } from '../../../src/analysis/types.ts';
import {
  checkBuiltSite,
  checkQuotesOnPages,
  compareArticlePage,
  expectedBlocks,
  pageBlocks,
} from '../../../src/load/built-pages.ts';
import { markdownFile, siteProcessor } from '../../helpers/markdown-processor.ts';
import { temporaryFolders } from '../../helpers/temp-dir.ts';

const FILE = 'content/articles/rubio-walks-away.md';
const SOURCE = `---
headline:
  value: Rubio walks away
  confidence: confirmed
published:
  value: "2025-04-18"
  confidence: confirmed
---

Standing on a tarmac in Paris, Marco Rubio said the US could “move on” from the talks.

## What Rubio said

“We’re not going to continue to fly all over the world and do meeting after meeting,” Rubio said on Friday.

> “It’s just a lot of detail attached to it,” he said, & more.

- Rubio met Ukrainian officials.
  - Then he flew home.
- The negoti\u00ADations go on, Petrova\u0301 said.

“First paragraph of a long quote.

“Second paragraph of it,” Rubio said.
`;

const matcher = createAliasMatcher(
  aliasesOf([
    { slug: 'marco-rubio', name: 'Marco Rubio', aliases: ['Rubio'], kind: 'person' },
    { slug: 'united-states', name: 'United States', aliases: ['US'], kind: 'country' },
    { slug: 'anna-petrova', name: 'Anna Petrová', aliases: ['Petrová'], kind: 'person' },
  ]),
);

/** The article's page body as the build renders it, and its analysis. */
function render(source: string): { html: string; analysis: ArticleAnalysis } {
  const body = source.slice(source.indexOf('\n---\n') + 5);
  const file = markdownFile(body, `/site/${FILE}`);
  const html = String(siteProcessor({ isArticle: () => true, matcher }).processSync(file));
  const head = '<head><title>x</title><script type="module">const p = "<p id=\\"p-1\\">";</script></head>';
  return { html: `<!doctype html><html>${head}<body><main>${html}</main></body></html>`, analysis: file.data.analysis! };
}

const page = '/articles/rubio-walks-away/';
const quotesOf = (analysis: ArticleAnalysis) =>
  analysis.quotes.map((quote) => ({
    id: quote.id,
    text: quote.text,
    article: 'rubio-walks-away',
    paragraph: quote.parts[0]!.block,
  }));

describe('a page rendered by the plugins matches its article', () => {
  const { html, analysis } = render(SOURCE);
  const expected = expectedBlocks(SOURCE, FILE);

  test('every block, heading, blockquote and list item included, with the same words', () => {
    expect(expected.map((block) => block.id)).toEqual(['p-1', 'p-2', 'p-3', 'p-4', 'p-5', 'p-6', 'p-7', 'p-8', 'p-9']);
    expect(compareArticlePage(FILE, page, expected, pageBlocks(html))).toEqual([]);
  });

  test('the soft hyphen is gone and the name composed on both sides', () => {
    expect(expected[6]!.text).toBe('The negotiations go on, Petrová said.');
    expect(pageBlocks(html).get('p-7')?.text).toContain('negotiations go on, Petrová said');
  });

  test('every quote is in its paragraph, a two-paragraph one in both', () => {
    const twoParagraphs = quotesOf(analysis).find((quote) => quote.text.includes('\n\n'))!;
    const damaged = html.replace('Second paragraph of it', 'Second paragraph');
    expect(checkQuotesOnPages([twoParagraphs], () => pageBlocks(damaged))).toEqual([
      `data/quotes.json: quote ${twoParagraphs.id} (rubio-walks-away, p-8): the words "Second paragraph of ` +
        `it," are not in the paragraphs after p-8 of /articles/rubio-walks-away/`,
    ]);
    const quotes = quotesOf(analysis);
    expect(quotes.some((quote) => quote.text.includes('\n\n'))).toBe(true);
    expect(checkQuotesOnPages(quotes, () => pageBlocks(html))).toEqual([]);
  });

  test('quotes are found in any order, and thousands in one paragraph are read in one pass (issue 26)', () => {
    const blocks = new Map([
      ['p-1', { tag: 'p', text: Array.from({ length: 20_000 }, (_, i) => `“word ${i}” he said`).join(' ') }],
    ]);
    const quote = (i: number) => ({ id: `q${i}`, text: `word ${i}`, article: 'a', paragraph: 'p-1' });
    expect(checkQuotesOnPages([quote(5), quote(2), quote(7)], () => blocks)).toEqual([]);
    const started = performance.now();
    expect(
      checkQuotesOnPages(
        Array.from({ length: 20_000 }, (_, i) => quote(i)),
        () => blocks,
      ),
    ).toEqual([]);
    // Reading the 400 KB paragraph once per quote took about 20 s; one pass takes milliseconds.
    expect(performance.now() - started).toBeLessThan(3000);
  });
});

describe('a damaged page fails the guard, naming the file, the block and the words', () => {
  const { html, analysis } = render(SOURCE);
  const expected = expectedBlocks(SOURCE, FILE);

  test('a paragraph left out of the page', () => {
    const damaged = html.replace(/<p id="p-3">[\s\S]*?<\/p>/, '');
    expect(compareArticlePage(FILE, page, expected, pageBlocks(damaged))).toEqual([
      `${FILE}: body: block p-3 ("“We’re not going to continue to fly all over the world and do meeting …") is missing from ${page}`,
    ]);
  });

  test('words lost inside a quote’s markup', () => {
    const damaged = html.replace('world and do meeting after meeting', 'world and meeting');
    expect(compareArticlePage(FILE, page, expected, pageBlocks(damaged))).toEqual([
      `${FILE}: body: block p-3 differs on ${page} from character 60: the article has "…to fly all over the ` +
        `world and do meeting after meeting,” Rubio said on…", the page shows "…to fly all over the world and ` +
        `meeting,” Rubio said on Friday."`,
    ]);
  });

  test('text a plugin added into a block (not marked as added)', () => {
    const damaged = html.replace('</q>', '</q> — Marco Rubio');
    expect(compareArticlePage(FILE, page, expected, pageBlocks(damaged))[0]).toMatch(/body: block p-\d differs/);
  });

  test('a block id given twice or too many', () => {
    const damaged = html.replace('</main>', '<p id="p-10">Extra.</p></main>');
    expect(compareArticlePage(FILE, page, expected, pageBlocks(damaged))).toEqual([
      `${FILE}: body: ${page} has 10 blocks but the article has 9 (extra: p-10)`,
    ]);
  });

  test('a quote whose paragraph no longer holds its words', () => {
    const quotes = quotesOf(analysis);
    const moved = quotes.map((quote) => (quote.paragraph === 'p-3' ? { ...quote, paragraph: 'p-1' } : quote));
    expect(checkQuotesOnPages(moved, () => pageBlocks(html))).toEqual([
      expect.stringMatching(
        /^data\/quotes\.json: quote \w+ \(rubio-walks-away, p-1\): the words "We’re not going to continue.*" are not in p-1 of \/articles\/rubio-walks-away\/$/,
      ),
    ]);
  });
});

describe('pageBlocks reads the build’s HTML as a reader sees it', () => {
  test('entities, line breaks, nested list items, added markup, attribute values with ">"', () => {
    const html = [
      '<p id="p-1">A &amp; B &#x3C;tag&#x3E; &#8220;q&#8221;<br>next&nbsp;line</p>',
      '<h2 id="p-2" class="x">Head <time title="a > b" datetime="2025">2025</time></h2>',
      '<ul><li id="p-3">Outer <a class="quote-marker" data-pagefind-ignore href="/q/">— Rubio</a><ul><li id="p-4">Inner</li></ul></li></ul>',
      '<!-- <p id="p-9">a comment</p> -->',
    ].join('\n');
    const blocks = pageBlocks(html);
    expect([...blocks].map(([id, block]) => [id, block.tag, block.text.replace(/\s+/g, ' ').trim()])).toEqual([
      ['p-1', 'p', 'A & B <tag> “q” next line'],
      ['p-2', 'h2', 'Head 2025'],
      ['p-4', 'li', 'Inner'],
      ['p-3', 'li', 'Outer Inner'],
    ]);
  });
});

describe('checkBuiltSite: a content folder against a built site', () => {
  const temporaryFolder = temporaryFolders('input-guard-');

  function site(pages: Record<string, string>, quotes?: unknown[], options?: Parameters<typeof checkBuiltSite>[2]) {
    const dir = temporaryFolder();
    mkdirSync(path.join(dir, 'content/articles'), { recursive: true });
    writeFileSync(path.join(dir, 'content/articles/rubio-walks-away.md'), SOURCE);
    for (const [url, html] of Object.entries(pages)) {
      mkdirSync(path.join(dir, 'dist', url), { recursive: true });
      writeFileSync(path.join(dir, 'dist', url, 'index.html'), html);
    }
    if (quotes) {
      mkdirSync(path.join(dir, 'dist/data'), { recursive: true });
      writeFileSync(path.join(dir, 'dist/data/quotes.json'), JSON.stringify(quotes));
    }
    return checkBuiltSite(path.join(dir, 'content'), path.join(dir, 'dist'), options);
  }

  test('a matching site', () => {
    const { html, analysis } = render(SOURCE);
    expect(site({ 'articles/rubio-walks-away': html }, quotesOf(analysis))).toEqual({
      problems: [],
      articles: 1,
      quotes: analysis.quotes.length,
      alreadyVerified: 0,
      verified: new Set([expect.stringMatching(/^[0-9a-f]{32}$/)]),
    });
  });

  test('an article a build verified is not parsed again while its bytes and code are the same', () => {
    const { html, analysis } = render(SOURCE);
    const first = site({ 'articles/rubio-walks-away': html }, quotesOf(analysis), { renderInputs: 'code-1' });
    const again = site({ 'articles/rubio-walks-away': html }, quotesOf(analysis), {
      renderInputs: 'code-1',
      verified: first.verified,
    });
    expect(again).toMatchObject({ problems: [], alreadyVerified: 1, verified: first.verified });
    // Other guard code: checked again.
    const newCode = site({ 'articles/rubio-walks-away': html }, quotesOf(analysis), {
      renderInputs: 'code-2',
      verified: first.verified,
    });
    expect(newCode.alreadyVerified).toBe(0);
    // A page that lost words has other bytes, so an earlier pass does not cover it.
    const damaged = site({ 'articles/rubio-walks-away': html.replace('Rubio', 'Rubi') }, quotesOf(analysis), {
      renderInputs: 'code-1',
      verified: first.verified,
    });
    expect(damaged.alreadyVerified).toBe(0);
    expect(damaged.problems.length).toBeGreaterThan(0);
    expect(damaged.verified.size).toBe(0);
  });

  test('an article with no page, and no quotes export', () => {
    const { problems } = site({});
    expect(problems).toEqual([
      expect.stringMatching(
        /content\/articles\/rubio-walks-away\.md: body: the article has no page \(\/articles\/rubio-walks-away\/ was not built\)$/,
      ),
      expect.stringMatching(/dist\/data\/quotes\.json: the quotes export was not built$/),
    ]);
  });
});
