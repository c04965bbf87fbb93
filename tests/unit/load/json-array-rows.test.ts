import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { jsonArrayRows } from '../../../src/load/json-array-rows.ts';
import { jsonArrayPieces } from '../../../src/outputs/streamed-body.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'json-array-rows-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const written = (name: string, text: string) => {
  const file = path.join(dir, name);
  writeFileSync(file, text);
  return file;
};

describe('a download read a row at a time', () => {
  test('gives back the rows the site wrote, across reads that split lines and characters', () => {
    // Over a megabyte, with multi-byte characters and nested values, so reads end mid-line and mid-character.
    const rows = Array.from({ length: 6000 }, (_, index) => ({
      id: `q-${index}`,
      text: `“Straße ${index}” — ${'ü'.repeat(index % 200)}\nline two`,
      nested: { list: [index, null, { deep: [] }], empty: {} },
    }));
    const file = written('quotes.json', [...jsonArrayPieces(rows)].join(''));
    expect([...jsonArrayRows(file)]).toEqual(rows);
  });

  test('arrays of plain values and empty arrays too', () => {
    expect([...jsonArrayRows(written('numbers.json', JSON.stringify([1, 'two', [3], null], null, 2)))]).toEqual([
      1,
      'two',
      [3],
      null,
    ]);
    expect([...jsonArrayRows(written('empty.json', JSON.stringify([], null, 2)))]).toEqual([]);
  });

  test('a file of another layout is parsed whole; one cut inside an element is refused', () => {
    expect([...jsonArrayRows(written('minified.json', JSON.stringify([{ a: 1 }, { b: [2] }])))]).toEqual([{ a: 1 }, { b: [2] }]);
    expect(() => [...jsonArrayRows(written('cut.json', '[\n  {\n    "a": 1'))]).toThrow(/ends inside an element/);
  });
});
