import { streamedResponse } from './streamed-body.ts';
import { withoutForbiddenControls } from '../lib/forbidden-controls.ts';

/**
 * A cell a spreadsheet would read as a formula: one starting with `=`, `+`, `-` or `@`, or with a
 * tab or carriage return (which some spreadsheets skip before looking for those). A title or quote
 * such as `=HYPERLINK("http://evil.example","Click")` would otherwise run when the file is opened.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One CSV field per RFC 4180, made safe to open in a spreadsheet (OWASP "CSV injection"): a cell
 * that would start a formula gets a leading apostrophe, which spreadsheets show as text and do not
 * display; a field holding a comma, semicolon (the separator in many locales), quote or line
 * break is quoted. Control characters no reader expects are dropped (src/lib/forbidden-controls.ts).
 */
export function csvField(value: unknown): string {
  const given = value === null || value === undefined ? '' : Array.isArray(value) ? value.join(';') : String(value);
  const raw = withoutForbiddenControls(given);
  const text = FORMULA_START.test(raw) ? `'${raw}` : raw;
  return /[",;\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The lines of `rows` as CSV, each with its CRLF, the header row first; arrays become `;`-separated lists. */
export function* csvLines<T extends object>(rows: Iterable<T>, columns: ReadonlyArray<keyof T & string>): Generator<string> {
  yield `${columns.map(csvField).join(',')}\r\n`;
  for (const row of rows) yield `${columns.map((column) => csvField(row[column])).join(',')}\r\n`;
}

/** Rows as CSV with a header row (`csvLines`, joined). */
export function toCsv<T extends object>(rows: Iterable<T>, columns: ReadonlyArray<keyof T & string>): string {
  return [...csvLines(rows, columns)].join('');
}

/** A CSV response for a data download, streamed a line at a time: the file may outgrow a string. */
export function csvResponse<T extends object>(rows: Iterable<T>, columns: ReadonlyArray<keyof T & string>): Response {
  return streamedResponse(csvLines(rows, columns), 'text/csv; charset=utf-8');
}
