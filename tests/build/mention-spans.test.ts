/**
 * A mention is never cut in two by a quote's or a statement's edge: each `.mention` (and each actor
 * link) on an article page holds a word, not a lone stop left over when a statement ended before
 * "U.S." took its period (`clause-bounds.ts` `trimmedEnd`).
 */
import { selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { beforeAll, expect, test } from 'vitest';
import { assertBuilt, listHtmlFiles, readPage } from '../helpers/dist.ts';

beforeAll(assertBuilt);

test('every mention on an article page holds a letter or a digit', () => {
  const pages = listHtmlFiles().filter((file) => /articles\/[^/]+\/index\.html$/u.test(file));
  expect(pages.length).toBeGreaterThan(0);
  const broken: string[] = [];
  for (const file of pages) {
    const root = readPage(file);
    for (const mention of selectAll('.article-body .mention, .article-body .actor-link', root)) {
      const text = toString(mention);
      if (!/[\p{L}\p{N}]/u.test(text)) broken.push(`${file}: “${text}”`);
    }
  }
  expect(broken).toEqual([]);
});
