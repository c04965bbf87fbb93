/**
 * Sources a statement shares with the words around it (src/analysis/reported/shared-sources.ts), and
 * statements held back when no source is read (find-statements.ts), through the whole analysis, for
 * the cases of tests/fixtures/analysis/reported/statements-shared-sources.yaml.
 */
import { describe, expect, test } from 'vitest';
import { readCases, titledRows } from '../../../helpers/fixture-cases.ts';
import { analyseParagraphs, type StatementTable, statementNotation } from '../../../helpers/reported-statements.ts';

describe.each(titledRows(readCases<StatementTable>('analysis/reported/statements-shared-sources.yaml'), 'title'))(
  '%s',
  (_title, table) => {
    test.each(titledRows(table.cases, 'name'))('%s', (_name, { paragraphs, statements }) => {
      expect(analyseParagraphs(paragraphs).statements.map(statementNotation)).toMatchObject(statements);
    });
  },
);
