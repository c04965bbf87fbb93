import { describeInvalidUtf8, findInvalidUtf8 } from '../../src/lib/utf8.ts';

/**
 * Reading the bytes of a file handed to `npm run add`. Articles are UTF-8: a file that is not is
 * refused with the content check's message (src/lib/utf8.ts), naming the byte where it stops
 * being UTF-8, unless the editor says which legacy encoding it is in (`--encoding windows-1252`);
 * then it is converted, and the article says so.
 */

/** The text of a file, and the encoding it was converted from (null for UTF-8); or why it was refused. */
export type DecodedSource = { ok: true; text: string; converted: string | null } | { ok: false; message: string };

/** Decodes a file's bytes: as UTF-8, refusing invalid UTF-8, or from `encoding` when the editor names one. */
export function decodeSource(bytes: Uint8Array, encoding?: string): DecodedSource {
  if (encoding && !/^utf-?8$/i.test(encoding)) {
    let decoder: TextDecoder;
    try {
      decoder = new TextDecoder(encoding);
    } catch {
      return {
        ok: false,
        message: `--encoding ${encoding}: not an encoding this Node knows (try windows-1252, iso-8859-1, iso-8859-2, koi8-r, shift_jis)`,
      };
    }
    return { ok: true, text: decoder.decode(bytes), converted: decoder.encoding };
  }
  const invalid = findInvalidUtf8(bytes);
  if (invalid) {
    // A saved page may say what it is in: that is the encoding to try first.
    const declared = /<meta[^>]+charset=["']?([\w-]+)/i.exec(new TextDecoder('latin1').decode(bytes.subarray(0, 4096)))?.[1];
    const suggested = declared && !/^utf-?8$/i.test(declared) ? declared : 'windows-1252';
    const remedy = `${declared ? `the page declares charset=${declared}; ` : ''}if you know the file's encoding, pass it: --encoding ${suggested}`;
    return { ok: false, message: describeInvalidUtf8(invalid, bytes, remedy) };
  }
  return { ok: true, text: new TextDecoder('utf-8').decode(bytes), converted: null };
}

/** The offset of the first byte that is not part of a well-formed UTF-8 sequence, or -1 (`findInvalidUtf8`). */
export function firstInvalidUtf8Byte(bytes: Uint8Array): number {
  return findInvalidUtf8(bytes)?.offset ?? -1;
}
