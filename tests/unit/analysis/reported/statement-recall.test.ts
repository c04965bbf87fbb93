/**
 * Reported statements (src/analysis/reported/) through the whole analysis, for the shapes of
 * tests/fixtures/analysis/reported/statements-recall.yaml: shapes of reported words found
 * for PolNeAR train's missed statements (content-clause.ts, lexicon/statement-words.ts).
 */
import { describe, expect, test } from 'vitest';
import { readCases, titledRows } from '../../../helpers/fixture-cases.ts';
import { analyseParagraphs, type StatementTable, statementNotation } from '../../../helpers/reported-statements.ts';

describe.each(titledRows(readCases<StatementTable>('analysis/reported/statements-recall.yaml'), 'title'))(
  '%s',
  (_title, table) => {
    test.each(titledRows(table.cases, 'name'))('%s', (_name, { paragraphs, statements }) => {
      expect(analyseParagraphs(paragraphs).statements.map(statementNotation)).toMatchObject(statements);
    });
  },
);
