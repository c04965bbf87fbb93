/**
 * Reported statements (src/analysis/reported/) through the whole analysis, for the shapes of
 * tests/fixtures/analysis/reported/statements-shapes.yaml: an "as" clause that attributes its
 * sentence (content-clause.ts), base forms of statement verbs (lexicon/statement-words.ts), and a
 * description between a comma and its verb (unread-sources.ts).
 */
import { describe, expect, test } from 'vitest';
import { readCases, titledRows } from '../../../helpers/fixture-cases.ts';
import { analyseParagraphs, type StatementTable, statementNotation } from '../../../helpers/reported-statements.ts';

describe.each(titledRows(readCases<StatementTable>('analysis/reported/statements-shapes.yaml'), 'title'))(
  '%s',
  (_title, table) => {
    test.each(titledRows(table.cases, 'name'))('%s', (_name, { paragraphs, statements }) => {
      expect(analyseParagraphs(paragraphs).statements.map(statementNotation)).toMatchObject(statements);
    });
  },
);
