/**
 * Reported statements (src/analysis/reported/) through the whole analysis, for the shapes of
 * tests/fixtures/analysis/reported/statements-precision.yaml: words after a verb that are no
 * reported words (content-clause.ts), kept apart from PolNeAR train's spurious statements.
 */
import { describe, expect, test } from 'vitest';
import { readCases, titledRows } from '../../../helpers/fixture-cases.ts';
import { analyseParagraphs, type StatementTable, statementNotation } from '../../../helpers/reported-statements.ts';

describe.each(titledRows(readCases<StatementTable>('analysis/reported/statements-precision.yaml'), 'title'))(
  '%s',
  (_title, table) => {
    test.each(titledRows(table.cases, 'name'))('%s', (_name, { paragraphs, statements }) => {
      expect(analyseParagraphs(paragraphs).statements.map(statementNotation)).toMatchObject(statements);
    });
  },
);
