import { describe, expect, test } from 'vitest';
import { csvLines, csvResponse, toCsv } from '../../../src/outputs/csv.ts';
import { jsonResponse } from '../../../src/outputs/exports.ts';
import { jsonArrayPieces, mappedRows, streamedResponse } from '../../../src/outputs/streamed-body.ts';

const rows = [
  { id: 'a', text: 'Line one\nline two, “curly” é', speakers: ['x', 'y'], nested: { deep: [1, { n: null }] } },
  { id: 'b', text: '=SUM(A1)', speakers: [], nested: {} },
];

describe('downloads streamed a piece at a time', () => {
  test('the JSON pieces join to exactly what JSON.stringify(rows, null, 2) writes', () => {
    expect([...jsonArrayPieces(rows)].join('')).toBe(JSON.stringify(rows, null, 2));
    expect([...jsonArrayPieces([])].join('')).toBe(JSON.stringify([], null, 2));
    expect([...jsonArrayPieces([1, 'two'])].join('')).toBe(JSON.stringify([1, 'two'], null, 2));
  });

  test('a JSON response reads back as the rows, and a long one arrives in several encoded pieces', async () => {
    const many = Array.from({ length: 3000 }, (_, index) => ({ index, text: 'ü'.repeat(40) }));
    const response = jsonResponse(many);
    expect(response.headers.get('Content-Type')).toBe('application/json; charset=utf-8');
    const reader = response.body!.getReader();
    const chunks: Uint8Array[] = [];
    for (let read = await reader.read(); !read.done; read = await reader.read()) chunks.push(read.value);
    expect(chunks.length).toBeGreaterThan(1);
    expect(new TextDecoder().decode(Buffer.concat(chunks))).toBe(JSON.stringify(many, null, 2));
  });

  test('the CSV lines join to toCsv, header first, and the response carries them', async () => {
    const columns = ['id', 'text', 'speakers'] as const;
    const lines = [...csvLines(rows, [...columns])];
    expect(lines[0]).toBe('id,text,speakers\r\n');
    expect(lines.join('')).toBe(toCsv(rows, [...columns]));
    expect(await csvResponse(rows, [...columns]).text()).toBe(toCsv(rows, [...columns]));
  });

  test('rows are mapped only as the stream reads them', () => {
    const seen: number[] = [];
    const mapped = mappedRows([1, 2, 3], (n) => {
      seen.push(n);
      return n * 2;
    });
    expect(seen).toEqual([]);
    expect([...mapped]).toEqual([2, 4, 6]);
    expect(seen).toEqual([1, 2, 3]);
  });

  test('an empty stream is an empty body', async () => {
    expect(await streamedResponse([], 'text/plain').text()).toBe('');
  });
});
