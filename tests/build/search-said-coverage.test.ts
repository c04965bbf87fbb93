/**
 * Every spoken quote and reported statement can be found by search (issue 24: they have no search
 * record of their own). In the built index, each one's anchor is among the anchors Pagefind kept
 * for its article's page, and the page's `said` metadata names it, so the search page can list it
 * as a result of its own (src/scripts-client/said-results.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { expect, test } from 'vitest';
import { decodeSaidMeta } from '../../src/lib/said-meta.ts';
import { unescapeMeta } from '../../src/scripts-client/search-query.ts';
import type { QuoteExport } from '../../src/outputs/exports.ts';
import type { StatementExport } from '../../src/outputs/statement-exports.ts';
import { isSpokenQuote, type QuoteKind } from '../../src/schemas/quote.ts';
import { assertBuilt, distDir, readDistJson } from '../helpers/dist.ts';

assertBuilt();

interface Fragment {
  url: string;
  meta: Record<string, string>;
  anchors: Array<{ id: string; text: string }>;
}

/** Pagefind's page fragments: gzip, a signature, then the page's JSON. */
function fragments(): Fragment[] {
  const folder = path.join(distDir, 'pagefind', 'fragment');
  return readdirSync(folder).map((file) => {
    const text = gunzipSync(readFileSync(path.join(folder, file))).toString('utf8');
    return JSON.parse(text.slice(text.indexOf('{'))) as Fragment;
  });
}

test('each spoken quote and statement is an anchor of its article in the index, and its said metadata names it', () => {
  const anchors = new Set<string>();
  const said = new Set<string>();
  for (const fragment of fragments()) {
    for (const anchor of fragment.anchors) anchors.add(`${fragment.url}#${anchor.id}`);
    for (const id of decodeSaidMeta(unescapeMeta(fragment.meta.said ?? '')).keys()) said.add(`${fragment.url}#${id}`);
  }
  const expected = [
    ...readDistJson<QuoteExport[]>('data/quotes.json')
      .filter((quote) => isSpokenQuote(quote.kind as QuoteKind))
      .map((quote) => quote.url),
    ...readDistJson<StatementExport[]>('data/statements.json').map((row) => `/articles/${row.article}/#${row.id}`),
  ];
  expect(expected.length).toBeGreaterThan(100);
  expect(expected.filter((url) => !anchors.has(url))).toEqual([]);
  expect(expected.filter((url) => !said.has(url))).toEqual([]);
  // Nothing else is named: titles and scare quotes are no one's words.
  expect([...said].filter((url) => !expected.includes(url))).toEqual([]);
});
