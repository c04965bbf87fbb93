/**
 * Reported statements in the built site: the downloads (`data/statements.json` and `.csv`, columns
 * exactly as documented), every statement's anchor in its article page with its note and marker,
 * and no page of their own. That the article's words are unchanged by the markup is the body-text
 * test of articles-output.test.ts, which covers the statement spans like any other markup.
 */
import type { Element } from 'hast';
import { select, selectAll } from 'hast-util-select';
import { toString as textOf } from 'hast-util-to-string';
import { beforeAll, describe, expect, test } from 'vitest';
import { STATEMENT_COLUMNS, type StatementExport } from '../../src/outputs/statement-exports.ts';
import { parseCsv } from '../helpers/csv.ts';
import { assertBuilt, listHtmlFiles, readDist, readDistJson, readPage, squash } from '../helpers/dist.ts';

beforeAll(assertBuilt);
const statements = readDistJson<StatementExport[]>('data/statements.json');

describe('data/statements.json and data/statements.csv', () => {
  test('the five articles report statements, each row with exactly the documented keys, ids unique per article', () => {
    expect(statements.length).toBeGreaterThan(0);
    expect(new Set(statements.map((row) => Object.keys(row).join(',')))).toEqual(new Set([STATEMENT_COLUMNS.join(',')]));
    expect(new Set(statements.map((row) => `${row.article}#${row.id}`)).size).toBe(statements.length);
  });

  test('the CSV has the columns in order and matches the JSON row for row (quote ids joined by a space)', () => {
    const [header, ...rows] = parseCsv(readDist('data/statements.csv'));
    expect(header).toEqual([...STATEMENT_COLUMNS]);
    const cell = (value: unknown) => (value === null ? '' : Array.isArray(value) ? value.join(' ') : String(value));
    const expected = statements.map((row) => STATEMENT_COLUMNS.map((column) => cell(row[column])));
    // A cell starting a formula is the one difference (a leading apostrophe); the corpus has none.
    expect(rows).toEqual(expected);
  });
});

describe('every statement is an anchor in its article', () => {
  const byArticle = Map.groupBy(statements, (row) => row.article);
  test.each([...byArticle.keys()])('%s', (slug) => {
    const article = select('article', readPage(`/articles/${slug}/`))!;
    for (const row of byArticle.get(slug)!) {
      const anchor = select(`[id="${row.id}"]`, article) as Element | undefined;
      expect(anchor, row.id).toBeDefined();
      expect(anchor!.properties.className, row.id).toEqual(['statement']);
      // The element with the id holds the clause's first words (a clause cut by an element is wrapped piecewise).
      expect(squash(row.content).startsWith(squash(textOf(anchor!))), row.id).toBe(true);
      expect(select(`button.statement-marker[popovertarget="note-${row.id}"]`, article), row.id).toBeDefined();
      expect(select(`.margin-notes [id="note-${row.id}"][popover]`, article), row.id).toBeDefined();
    }
    expect(selectAll('.statement[id]', article).length).toBe(byArticle.get(slug)!.length);
  });
});

test('no statement has a page of its own', () => {
  const ids = new Set(statements.map((row) => row.id));
  expect(listHtmlFiles().filter((file) => file.split('/').some((part) => ids.has(part)))).toEqual([]);
});
