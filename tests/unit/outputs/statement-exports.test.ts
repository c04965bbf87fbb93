/** The `data/statements.json` rows and `data/statements.csv` (src/outputs/statement-exports.ts). */
import { describe, expect, test } from 'vitest';
import {
  STATEMENT_COLUMNS,
  type StatementForExport,
  statementExport,
  statementCsvRows,
  statementPermalink,
} from '../../../src/outputs/statement-exports.ts';
import { toCsv } from '../../../src/outputs/csv.ts';
import { parseCsv } from '../../helpers/csv.ts';
import { statementRow } from '../../helpers/made-up-statements.ts';

/** A statement as the corpus index gives it, with only what the export reads. */
function statement(fields: Partial<StatementForExport> = {}): StatementForExport {
  return {
    id: 's-1a2b3c4d5e',
    content: { block: 'p-4', start: 11, end: 45 },
    text: 'the Kremlin was ready to continue talks',
    cue: { block: 'p-4', start: 7, end: 11, text: 'said' },
    speaker: { actor: 'dmitry-peskov', label: 'Peskov' },
    speakerConfidence: 0.8649,
    quoted: [],
    article: { slug: 'talks-resume' },
    ...fields,
  };
}

describe('statementExport', () => {
  test('the keys of a row are the CSV columns, in their order', () => {
    expect(Object.keys(statementExport(statement()))).toEqual([...STATEMENT_COLUMNS]);
  });

  test('a named speaker: slug, the article’s words, the confidence to two decimals', () => {
    expect(statementExport(statement())).toEqual(statementRow());
  });

  test('an unnamed source keeps the article’s words and no slug', () => {
    const row = statementExport(statement({ speaker: { actor: null, label: 'two officials' }, speakerConfidence: 0.7 }));
    expect([row.speaker, row.speakerLabel, row.speakerConfidence]).toEqual([null, 'two officials', 0.7]);
  });

  test('no speaker: null speaker, label and confidence', () => {
    const row = statementExport(statement({ speaker: null, speakerConfidence: null }));
    expect([row.speaker, row.speakerLabel, row.speakerConfidence]).toEqual([null, null, null]);
  });
});

/** `data/statements.csv` as its page writes it, as one string. */
const statementsCsv = (rows: Parameters<typeof statementCsvRows>[0]) => toCsv(statementCsvRows(rows), STATEMENT_COLUMNS);

describe('data/statements.csv', () => {
  test('a header, one record per statement, quote ids joined by a space, no speaker an empty cell', () => {
    const rows = [
      statement({ quoted: ['0df5b15167', '5668443bcf'] }),
      statement({ id: 's-2', speaker: null, speakerConfidence: null }),
    ];
    const [header, first, second] = parseCsv(statementsCsv(rows.map(statementExport)));
    expect(header).toEqual([...STATEMENT_COLUMNS]);
    expect(first).toEqual([
      's-1a2b3c4d5e',
      'talks-resume',
      'p-4',
      'the Kremlin was ready to continue talks',
      'said',
      'dmitry-peskov',
      'Peskov',
      '0.86',
      '0df5b15167 5668443bcf',
    ]);
    expect(second!.slice(5)).toEqual(['', '', '', '']);
  });

  test('a content clause that would start a formula is neutralised', () => {
    const [, row] = parseCsv(statementsCsv([statementExport(statement({ text: '=HYPERLINK("http://evil.example","x")' }))]));
    expect(row![3]).toBe('\'=HYPERLINK("http://evil.example","x")');
  });
});

test('the permalink is the statement’s anchor in its article', () => {
  expect(statementPermalink(statement())).toBe('/articles/talks-resume/#s-1a2b3c4d5e');
});
