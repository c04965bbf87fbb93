/** Reading a file's bytes (scripts/ingest/encoding.ts): UTF-8 checked, other encodings converted on request. */
import { describe, expect, test } from 'vitest';
import { decodeSource, firstInvalidUtf8Byte } from '../../../../scripts/ingest/encoding.ts';

describe('reading a file’s bytes', () => {
  const bytes = (...values: number[]) => Uint8Array.from(values);

  test.each([
    ['ASCII', -1, bytes(0x61, 0x62)],
    ['a two-byte character', -1, bytes(0xc3, 0xa9)],
    ['a four-byte character', -1, bytes(0xf0, 0x9f, 0x98, 0x80)],
    ['a Latin-1 é after two letters', 2, bytes(0x61, 0x62, 0xe9, 0x63)],
    ['an overlong encoding', 0, bytes(0xc0, 0xaf)],
    ['a surrogate', 0, bytes(0xed, 0xa0, 0x80)],
    ['a sequence cut off at the end', 1, bytes(0x61, 0xe2, 0x80)],
  ])('%s: first invalid byte %i', (_, offset, input) => {
    expect(firstInvalidUtf8Byte(input)).toBe(offset);
  });

  test('a file that is not UTF-8 is refused, naming the byte offset and the way out', () => {
    const result = decodeSource(bytes(0x5a, 0x65, 0x6c, 0x65, 0x6e, 0x73, 0x6b, 0x79, 0xe9));
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.message).toMatch(/byte 0xE9 at byte offset 8 .*--encoding windows-1252/);
  });

  test('a page that declares its charset is told to use it', () => {
    const html = new TextEncoder().encode('<meta charset="iso-8859-2"><p>x</p>');
    const result = decodeSource(Uint8Array.from([...html, 0xb1]));
    expect(result.ok ? '' : result.message).toContain('--encoding iso-8859-2');
  });

  test('--encoding converts, and says from what; an unknown encoding is an error', () => {
    expect(decodeSource(bytes(0x63, 0x61, 0x66, 0xe9), 'windows-1252')).toEqual({
      ok: true,
      text: 'café',
      converted: 'windows-1252',
    });
    expect(decodeSource(bytes(0x61), 'klingon').ok).toBe(false);
  });
});
