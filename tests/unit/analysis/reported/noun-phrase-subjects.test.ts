/**
 * Subjects read by their noun phrase's shape (src/analysis/reported/noun-phrase-subjects.ts), for the cases of
 * tests/fixtures/analysis/reported/statements-noun-phrases.yaml, through the whole analysis; and the reading
 * stays linear on a long paragraph.
 */
import { describe, expect, test } from 'vitest';
import { millisecondsOf } from '../../../helpers/elapsed-time.ts';
import { readCases, titledRows } from '../../../helpers/fixture-cases.ts';
import { analyseParagraphs, type StatementTable, statementNotation } from '../../../helpers/reported-statements.ts';

describe.each(titledRows(readCases<StatementTable>('analysis/reported/statements-noun-phrases.yaml'), 'title'))(
  '%s',
  (_title, table) => {
    test.each(titledRows(table.cases, 'name'))('%s', (_name, { paragraphs, statements }) => {
      expect(analyseParagraphs(paragraphs).statements.map(statementNotation)).toMatchObject(statements);
    });
  },
);

test('the noun-phrase reading stays linear on a long paragraph', () => {
  // A share repeated in one run-on paragraph is slow before these readers too (each "say" reads a statement), so the
  // unit is a description whose postmodifier the readers try at every cue.
  const unit = 'grain traders clamoring to reopen the port of Odesa say the talks would resume, ';
  const time = (repeats: number) => millisecondsOf(() => analyseParagraphs([unit.repeat(repeats)]));
  time(50); // warm up
  expect(time(1000)).toBeLessThan(4000);
});
