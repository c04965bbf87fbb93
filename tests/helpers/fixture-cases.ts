import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';

/** Where the long case tables live, one YAML file per table, in a folder per area (`analysis/quotes/`). */
const FIXTURES = new URL('../fixtures/', import.meta.url);

/**
 * A case table of tests/fixtures/ (`analysis/quotes/edge-cases.yaml`), as YAML parsed it, for
 * `test.each`. `Case` is the test's own description of a row; the file's header says what each field holds.
 */
export function readCases<Case>(file: string): Case[] {
  return readFixture<Case[]>(file);
}

/**
 * Rows as `[title, row]` (or `[title, title, row]`) pairs for `test.each(…)('%s', …)`: vitest cuts a
 * `$key` value in a title at 40 characters, and prints `%s` whole.
 */
export function titledRows<Row>(rows: readonly Row[], key: keyof Row): Array<[string, Row]>;
export function titledRows<Row>(rows: readonly Row[], key: keyof Row, second: keyof Row): Array<[string, string, Row]>;
export function titledRows<Row>(rows: readonly Row[], ...keys: Array<keyof Row>): Array<[...string[], Row]> {
  return rows.map((row) => [...keys.map((key) => String(row[key])), row]);
}

/** A case table whose rows are named by `key` (`name` by default), as `[name, row]` pairs: see `titledRows`. */
export function readNamedCases<Case>(file: string, key = 'name' as keyof Case): Array<[string, Case]> {
  return titledRows(readCases<Case>(file), key);
}

/** A fixture of tests/fixtures/ that is not a single table (several tables under their names), as YAML parsed it. */
export function readFixture<Fixture>(file: string): Fixture {
  return load(readFileSync(new URL(file, FIXTURES), 'utf8')) as Fixture;
}
