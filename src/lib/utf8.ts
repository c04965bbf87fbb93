/**
 * UTF-8 validation, the one place it is written: the content check refuses a content file that is
 * not UTF-8 (src/load/content-files.ts), and `npm run add` a file handed to it
 * (scripts/ingest/encoding.ts), both with the message of `describeInvalidUtf8`.
 */
import { isUtf8 } from 'node:buffer';

/** Where a byte sequence stops being UTF-8, and why. */
export interface Utf8Error {
  /** Offset of the first byte that is not part of a valid UTF-8 character. */
  offset: number;
  /** The byte at that offset. */
  byte: number;
  /** 1-based line the byte is on (line feeds before it, plus one). */
  line: number;
}

/**
 * The first place `bytes` is not valid UTF-8 (RFC 3629: no overlong forms, no surrogates, nothing
 * above U+10FFFF), or null when it all is. Reading such a file as UTF-8 would silently turn the
 * bad bytes into U+FFFD (a Latin-1 "é" in a name becomes "�").
 */
export function findInvalidUtf8(bytes: Uint8Array): Utf8Error | null {
  if (isUtf8(bytes)) return null;
  let i = 0;
  while (i < bytes.length) {
    const length = sequenceLength(bytes, i);
    if (length === 0) return { offset: i, byte: bytes[i]!, line: lineAt(bytes, i) };
    i += length;
  }
  return null;
}

/** The length of the valid UTF-8 sequence starting at `i`, or 0 when none starts there. */
function sequenceLength(bytes: Uint8Array, i: number): number {
  const first = bytes[i]!;
  if (first < 0x80) return 1;
  const continuation = (at: number, low = 0x80, high = 0xbf) => at < bytes.length && bytes[at]! >= low && bytes[at]! <= high;
  if (first >= 0xc2 && first <= 0xdf) return continuation(i + 1) ? 2 : 0;
  if (first >= 0xe0 && first <= 0xef) {
    // E0 needs A0–BF (no overlong forms); ED needs 80–9F (no surrogates).
    const [low, high] = first === 0xe0 ? [0xa0, 0xbf] : first === 0xed ? [0x80, 0x9f] : [0x80, 0xbf];
    return continuation(i + 1, low, high) && continuation(i + 2) ? 3 : 0;
  }
  if (first >= 0xf0 && first <= 0xf4) {
    // F0 needs 90–BF (no overlong forms); F4 needs 80–8F (nothing above U+10FFFF).
    const [low, high] = first === 0xf0 ? [0x90, 0xbf] : first === 0xf4 ? [0x80, 0x8f] : [0x80, 0xbf];
    return continuation(i + 1, low, high) && continuation(i + 2) && continuation(i + 3) ? 4 : 0;
  }
  return 0;
}

/** The 1-based line of byte `offset`: line feeds before it, plus one. */
function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/** What a message about a file that is not UTF-8 ends with when the caller has no other way out to name. */
export const SAVE_AS_UTF8 = 'save the file as UTF-8';

/**
 * The message for a file that is not UTF-8, naming the byte and its offset and line, and the
 * likely cause; it ends with `remedy`, what the reader can do (by default: save it as UTF-8).
 */
export function describeInvalidUtf8(error: Utf8Error, bytes: Uint8Array, remedy: string = SAVE_AS_UTF8): string {
  const hex = `0x${error.byte.toString(16).toUpperCase().padStart(2, '0')}`;
  const utf16 = bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff));
  const hint = utf16
    ? 'the file is UTF-16 (it starts with a UTF-16 byte-order mark)'
    : error.byte >= 0x80 && error.byte <= 0xff
      ? 'probably a legacy encoding such as Latin-1 or Windows-1252, where one byte is one letter'
      : 'the file is damaged or not text';
  const where = `byte ${hex} at byte offset ${error.offset} (line ${error.line})`;
  return `not valid UTF-8: ${where} does not start or continue a UTF-8 character (${hint}); ${remedy}`;
}
