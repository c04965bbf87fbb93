/**
 * Words a reader won't know (issue 23, item 10): no built page shows the analysis' terms
 * ("fragment", "¶", "page furniture", "secondary" …) in its own text. The outlets' words (the
 * article bodies, quoted and excerpted text) are theirs and not checked; a term may appear where it
 * links to its definition, and in the About page's glossary, which defines them.
 */
import type { Element, Root, RootContent } from 'hast';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { beforeAll, describe, expect, test } from 'vitest';
import { assertBuilt, listHtmlFiles, readPage, squash } from '../helpers/dist.ts';

beforeAll(assertBuilt);

/**
 * What is not the site's own text: scripts and styles, the outlets' words (article bodies, quotes
 * and excerpts in lists, statements, sentences that mention an actor, headlines in lists), the
 * glossary and links to its entries, which name the terms on purpose.
 */
const NOT_OURS = [
  'script',
  'style',
  'template',
  '.article-body',
  'blockquote',
  '.statement-item',
  'mark',
  '[data-glossary]',
  'a[href^="#term-"]',
  'h1',
  'h2 a',
  'h3 a',
  '.dek',
  '.opening__text',
].join(', ');

/** The page's own words for readers, tags stripped, the outlets' words left out. */
function ownText(page: Root): string {
  const skipped = new Set<Element>(selectAll(NOT_OURS, page));
  const text = (node: Root | RootContent): string => {
    if (node.type === 'text') return node.value;
    if (node.type === 'element' && skipped.has(node)) return ' ';
    // A space between elements, so that "Last seen" and "In the corpus" in a <dt> stay words apart.
    if (node.type === 'element' || node.type === 'root') return node.children.map(text).join(' ');
    return '';
  };
  return squash(text(page));
}

/** The old words, each with why a reader trips over it. */
const OLD_PHRASES: Array<[RegExp, string]> = [
  [/¶/, 'a pilcrow for "paragraph"'],
  [/\bin the corpus\b/i, 'the fact box heading "In the corpus"'],
  [/page furniture/i, 'the trade term "page furniture"'],
  [/scare quotes/i, 'the term "scare quotes"'],
  [/from another source/i, 'the uncertainty "outlet from another source"'],
  [/\bsecondary\b/i, 'the confidence level "secondary"'],
  [/\(as of \d/, 'a role "(as of 18 April 2025)"'],
  [/found automatically:/, 'the confidence "found automatically: very sure (1.00)"'],
  [/\b(very|fairly|less) sure\b/, 'the confidence bands "very sure", "fairly sure", "less sure"'],
  [/statement, took place/i, 'the event summary "Statement, took place"'],
  [/\(\d+ ¶\)/, 'the shared paragraphs "(16 ¶)"'],
];

const pages = listHtmlFiles().map((file) => `/${file.replace(/index\.html$/, '')}`);
/** Each page's own words, read once for all the phrases. */
const ownTexts = new Map<string, string>();
const ownTextOf = (url: string) => ownTexts.get(url) ?? ownTexts.set(url, ownText(readPage(url))).get(url)!;

describe('no built page shows the analysis’ terms in its own words', () => {
  test('there are pages to read', () => {
    expect(pages.length).toBeGreaterThan(20);
  });

  test.each(OLD_PHRASES)('%s (%s)', (phrase) => {
    const offending = pages.filter((url) => phrase.test(ownTextOf(url)));
    expect(offending).toEqual([]);
  });
});

describe('notes and lists say what a quote is in plain words', () => {
  const articles = pages.filter((url) => /^\/articles\/[^/]+\/$/.test(url));

  test('a margin note never names the kind of quote ("fragment", "statement")', () => {
    expect(articles.length).toBeGreaterThan(0);
    const metas = articles.flatMap((url) => selectAll('.note .note__meta', readPage(url)).map((meta) => squash(toString(meta))));
    expect(metas.length).toBeGreaterThan(0);
    // A reported statement's note quotes its cue in the article's words (“Trump's statement”): only
    // the note's own words are checked.
    const ownWords = metas.map((meta) => meta.replace(/“[^”]*”/g, '“…”'));
    expect(ownWords.filter((meta) => /\b(fragment|statement)\b/i.test(meta))).toEqual([]);
  });

  test('a confidence on a note keeps its number in the tooltip', () => {
    const flags = articles.flatMap((url) => selectAll('.note__flag[title]', readPage(url)));
    expect(flags.length).toBeGreaterThan(0);
    for (const flag of flags) {
      expect(squash(toString(flag))).toMatch(/^identified automatically, (very likely|likely|less certain)$/);
      expect(String(flag.properties.title)).toMatch(/^Confidence [01]\.\d\d of 1/);
    }
  });

  test('a quote in a list says "quoted sentence" or "quoted phrase", with the term in the tooltip', () => {
    const kinds = selectAll('.quote-item__meta span[title]', readPage('/quotes/')).map((span) => squash(toString(span)));
    expect(kinds).toContain('quoted phrase');
    expect(kinds.filter((kind) => /\b(fragment|statement|scare)\b/i.test(kind))).toEqual([]);
  });

  test('no article is badged "headline unknown" beside its headline', () => {
    const badges = ['/articles/', '/'].flatMap((url) =>
      selectAll('.badge', readPage(url)).map((badge) => squash(toString(badge))),
    );
    expect(badges.filter((badge) => /headline unknown/i.test(badge))).toEqual([]);
  });
});

describe('the About page keeps the precise terms', () => {
  const glossary = select('[data-glossary]', readPage('/about/')) as Element | undefined;

  test.each(['Fragment', 'Statement', 'Scare quotes', 'Page furniture', 'Secondary source', 'Confidence'])(
    'its glossary defines “%s”',
    (term) => {
      const terms = glossary ? selectAll('dt', glossary).map((dt) => squash(toString(dt))) : [];
      expect(terms).toContain(term);
    },
  );
});

test('the methods text links each term with a space before it (“a statement”, not “astatement”)', () => {
  const text = squash(toString(readPage('/about/')));
  expect(text).toContain('quoted sentence (a statement)');
  expect(text).toContain('(a fragment)');
});
