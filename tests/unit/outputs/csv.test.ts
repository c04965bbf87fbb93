/**
 * CSV exports (src/outputs/csv.ts) against spreadsheet formula injection (issue 15): a cell that starts with `=`, `+`, `-`, `@`, a tab or a
 * carriage return gets a leading apostrophe (OWASP), so `events.csv` and `quotes.csv` open as text.
 * Read back with an RFC 4180 parser, as a spreadsheet reads them.
 */
import { describe, expect, test } from 'vitest';
import { csvField, toCsv } from '../../../src/outputs/csv.ts';
import { parseCsv } from '../../helpers/csv.ts';

/** Whether a spreadsheet would evaluate the cell as a formula (OWASP's list of first characters). */
const isFormula = (cell: string) => /^[=+\-@\t\r]/.test(cell);

const HOSTILE = ['=HYPERLINK("http://evil.example","Click")', '+1+1', "-2+3+cmd|' /C calc'!A0", '@SUM(1,2)', '\t=1+1', '\r=1+1'];

describe('toCsv neutralises formulas', () => {
  test.each(HOSTILE)('%j is text when parsed back, with only a leading apostrophe added', (title) => {
    const [header, row] = parseCsv(toCsv([{ slug: 'evil', title }], ['slug', 'title']));
    expect(header).toEqual(['slug', 'title']);
    expect(row).toEqual(['evil', `'${title}`]);
    expect(isFormula(row![1]!)).toBe(false);
  });

  test('every cell of a table of hostile values parses back as text, each in its own column', () => {
    const rows = HOSTILE.map((text, index) => ({ id: String(index), text, speakers: [text, 'Rubio'] }));
    const parsed = parseCsv(toCsv(rows, ['id', 'text', 'speakers']));
    expect(parsed).toHaveLength(rows.length + 1);
    for (const cells of parsed) {
      expect(cells).toHaveLength(3);
      for (const cell of cells) expect(isFormula(cell), cell).toBe(false);
    }
  });

  test('a list is one cell, quoted, so a semicolon-separated spreadsheet does not split it into cells', () => {
    expect(csvField(['donald-trump', 'vladimir-putin'])).toBe('"donald-trump;vladimir-putin"');
  });

  test.each([
    ['plain text', 'Rubio said', 'Rubio said'],
    ['a comma', 'Paris, France', '"Paris, France"'],
    ['a quote', 'the “deal” and "this"', '"the “deal” and ""this"""'],
    ['a line break', 'a\nb', '"a\nb"'],
    ['a hyphen inside', 'win-win', 'win-win'],
    ['a formula with a comma', '=1,2', `"'=1,2"`],
    ['null', null, ''],
    ['a number', 3, '3'],
  ])('%s', (_, value, field) => {
    expect(csvField(value)).toBe(field);
  });
});
