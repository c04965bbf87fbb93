/**
 * Reported statements (src/analysis/reported/) through the whole analysis, for the patterns of
 * tests/fixtures/analysis/reported/statements-unread.yaml: attributions inside a sentence, verbs
 * whose words are a noun phrase, sources the quote candidates do not read (unread-sources.ts), and
 * pronoun sources named only when nobody else could be meant (pronoun-sources.ts); and the new
 * readings stay linear on long paragraphs.
 */
import { describe, expect, test } from 'vitest';
import { millisecondsOf } from '../../../helpers/elapsed-time.ts';
import { readCases, titledRows } from '../../../helpers/fixture-cases.ts';
import { analyseParagraphs, type StatementTable, statementNotation } from '../../../helpers/reported-statements.ts';

describe.each(titledRows(readCases<StatementTable>('analysis/reported/statements-unread.yaml'), 'title'))(
  '%s',
  (_title, table) => {
    test.each(titledRows(table.cases, 'name'))('%s', (_name, { paragraphs, statements }) => {
      expect(analyseParagraphs(paragraphs).statements.map(statementNotation)).toMatchObject(statements);
    });
  },
);

test.each([
  ['attributions inside sentences', 'The talks, officials said, would resume soon. '],
  ['bare plural sources', 'Western officials said the talks would resume. '],
  ['pronoun sources after a name', 'Lavrov spoke. He said the talks would resume. '],
  ['according to a phrase', 'The talks would resume, according to people close to them. '],
  ['noun-phrase objects', 'Lavrov criticized the draft on grain, '],
])('the scan stays linear: %s', (_name, unit) => {
  const time = (repeats: number) => millisecondsOf(() => analyseParagraphs([unit.repeat(repeats)]));
  time(50); // warm up
  // 2,000 repetitions make one paragraph of 70,000 to 110,000 characters; a quadratic scan would take minutes.
  expect(time(2000)).toBeLessThan(4000);
});

test('the scan stays linear on a run-on paragraph of one description ("the voters say …, the voters say …")', () => {
  const unit = 'the voters say the talks would resume, ';
  const time = (repeats: number) => millisecondsOf(() => analyseParagraphs([unit.repeat(repeats)]));
  time(50); // warm up
  // Each "the voters" looked back through every earlier one: 4,000 repetitions took 11 s, now under half a second.
  expect(time(4000)).toBeLessThan(4000);
});
