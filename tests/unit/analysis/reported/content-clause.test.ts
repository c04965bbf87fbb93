/**
 * Reported statements through the whole analysis, for the table of
 * tests/fixtures/analysis/reported/statements-cues.yaml (src/analysis/reported/content-clause.ts and its callers).
 */
import { describe, expect, test } from 'vitest';
import { readCases, titledRows } from '../../../helpers/fixture-cases.ts';
import { analyseParagraphs, type StatementTable, statementNotation } from '../../../helpers/reported-statements.ts';

describe.each(titledRows(readCases<StatementTable>('analysis/reported/statements-cues.yaml'), 'title'))('%s', (_title, table) => {
  test.each(titledRows(table.cases, 'name'))('%s', (_name, { paragraphs, statements }) => {
    expect(analyseParagraphs(paragraphs).statements.map(statementNotation)).toMatchObject(statements);
  });
});
