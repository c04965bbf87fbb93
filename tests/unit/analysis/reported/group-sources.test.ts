/**
 * Groups as unnamed sources of reported statements (src/analysis/reported/group-sources.ts) and subjects
 * shared by two verbs (coordinated-subject.ts), for the
 * cases of tests/fixtures/analysis/reported/statements-groups.yaml, through the whole analysis; and
 * the reading stays linear on a long paragraph.
 */
import { describe, expect, test } from 'vitest';
import { millisecondsOf } from '../../../helpers/elapsed-time.ts';
import { readCases, titledRows } from '../../../helpers/fixture-cases.ts';
import { analyseParagraphs, type StatementTable, statementNotation } from '../../../helpers/reported-statements.ts';

describe.each(titledRows(readCases<StatementTable>('analysis/reported/statements-groups.yaml'), 'title'))(
  '%s',
  (_title, table) => {
    test.each(titledRows(table.cases, 'name'))('%s', (_name, { paragraphs, statements }) => {
      expect(analyseParagraphs(paragraphs).statements.map(statementNotation)).toMatchObject(statements);
    });
  },
);

test('the group reading stays linear on a long paragraph', () => {
  const unit = 'Some advocates for the families of the workers that have endorsed him say the talks would resume, ';
  const time = (repeats: number) => millisecondsOf(() => analyseParagraphs([unit.repeat(repeats)]));
  time(50); // warm up
  expect(time(1000)).toBeLessThan(4000);
});
