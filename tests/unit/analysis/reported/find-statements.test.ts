/**
 * Reported statements (src/analysis/reported/) through the whole analysis: one table of made-up
 * sentences per pattern in tests/fixtures/analysis/reported/statements.yaml (source first, words
 * first, according to, the passive, quoted fragments, pronouns, what is not speech, abstaining),
 * ids and spans, and a scan that stays linear on long paragraphs.
 */
import { describe, expect, test } from 'vitest';
import { boundedSentence } from '../../../../src/analysis/reported/find-statements.ts';
import { millisecondsOf } from '../../../helpers/elapsed-time.ts';
import { readCases, titledRows } from '../../../helpers/fixture-cases.ts';
import { analyseParagraphs, type StatementTable, statementNotation } from '../../../helpers/reported-statements.ts';

describe.each(titledRows(readCases<StatementTable>('analysis/reported/statements.yaml'), 'title'))('%s', (_title, table) => {
  test.each(titledRows(table.cases, 'name'))('%s', (_name, { paragraphs, statements }) => {
    expect(analyseParagraphs(paragraphs).statements.map(statementNotation)).toMatchObject(statements);
  });
});

describe('the statement record', () => {
  const analysis = analyseParagraphs(['Lavrov said the talks would be “constructive and long” if Kyiv agreed.']);
  const statement = analysis.statements[0]!;

  test('the content span is the printed text', () => {
    const block = analysis.blocks.find((b) => b.id === statement.content.block)!;
    expect(block.text.slice(statement.content.start, statement.content.end)).toBe(statement.text);
  });

  test('the cue and source spans are the printed words', () => {
    const text = analysis.blocks[0]!.text;
    expect([
      text.slice(statement.cue.start, statement.cue.end),
      text.slice(statement.source!.start, statement.source!.end),
    ]).toEqual([statement.cue.text, statement.source!.text]);
  });

  test('the quoted fragment keeps its own quote id', () => {
    expect(statement.quoted).toEqual([analysis.quotes[0]!.id]);
  });

  test('ids start with s- and are stable across runs', () => {
    const again = analyseParagraphs(['Lavrov said the talks would be “constructive and long” if Kyiv agreed.']).statements[0]!;
    expect([statement.id.startsWith('s-'), again.id]).toEqual([true, statement.id]);
  });

  test('the same words twice get two ids', () => {
    const twice = analyseParagraphs(['Lavrov said the talks would go on.', 'Putin said the talks would go on.']).statements;
    expect(new Set(twice.map((s) => s.id)).size).toBe(2);
  });
});

test.each([
  ['source-first statements', 'Lavrov said the talks would resume soon. '],
  ['words-first statements', 'The talks would resume soon, Lavrov said. '],
  ['according to, with commas', 'According to officials, the, talks, would, resume, '],
  ['commas and quotes with no cue', ', “a,” b, “c” d, '],
  ['said and commas', 'said, said, said, '],
])('the scan stays linear: %s', (_name, unit) => {
  const time = (repeats: number) => millisecondsOf(() => analyseParagraphs([unit.repeat(repeats)]));
  time(50); // warm up
  // 2,000 repetitions make one paragraph of 12,000 to 80,000 characters; a quadratic scan would take minutes.
  expect(time(2000)).toBeLessThan(4000);
});

describe('a paragraph with no full stop (issue 26 item 5)', () => {
  test('statements are read within a bounded window, so their words do not run to the paragraph’s end', () => {
    const { statements } = analyseParagraphs(['According to officials, the, talks, would, resume, '.repeat(4000)]);
    expect(statements.length).toBeGreaterThan(1000);
    expect(Math.max(...statements.map((statement) => statement.text.length))).toBeLessThanOrEqual(1500);
  });

  test('boundedSentence leaves an ordinary sentence whole and cuts a run-on one at spaces', () => {
    const text = `${'word '.repeat(200)}Peskov said ${'more words '.repeat(300)}`;
    const cue = { start: text.indexOf('said'), end: text.indexOf('said') + 4 } as Parameters<typeof boundedSentence>[2];
    expect(boundedSentence('Peskov said it.', { start: 0, end: 15 }, { start: 7, end: 11 } as typeof cue)).toEqual({
      start: 0,
      end: 15,
    });
    const bounded = boundedSentence(text, { start: 0, end: text.length }, cue);
    expect(cue.start - bounded.start).toBeLessThanOrEqual(400);
    expect(bounded.end - cue.end).toBeLessThanOrEqual(1500);
    expect(text[bounded.start - 1]).toBe(' ');
    expect(text[bounded.end]).toBe(' ');
  });
});
