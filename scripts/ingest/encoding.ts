/**
 * Reading the bytes of a file handed to `npm run add`. Articles are UTF-8: a file that is not is
 * refused, naming the byte where it stops being UTF-8, unless the editor says which legacy
 * encoding it is in (`--encoding windows-1252`); then it is converted, and the article says so.
 */

export type DecodedSource = { ok: true; text: string; converted: string | null } | { ok: false; message: string };

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
  const offset = firstInvalidUtf8Byte(bytes);
  if (offset >= 0) {
    const declared = /<meta[^>]+charset=["']?([\w-]+)/i.exec(new TextDecoder('latin1').decode(bytes.subarray(0, 4096)))?.[1];
    return {
      ok: false,
      message: `not valid UTF-8: byte ${offset} (0x${bytes[offset]!.toString(16).padStart(2, '0')}) starts no UTF-8 character${declared ? `; the page declares charset=${declared}` : ''}. If you know the file's encoding, pass it: --encoding ${declared && !/^utf-?8$/i.test(declared) ? declared : 'windows-1252'}`,
    };
  }
  return { ok: true, text: new TextDecoder('utf-8').decode(bytes), converted: null };
}

/** The offset of the first byte that is not part of a well-formed UTF-8 sequence, or -1. */
export function firstInvalidUtf8Byte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const byte = bytes[i]!;
    let length: number;
    let min: number;
    if (byte < 0x80) {
      i += 1;
      continue;
    } else if (byte >= 0xc2 && byte <= 0xdf) {
      [length, min] = [2, 0x80];
    } else if (byte >= 0xe0 && byte <= 0xef) {
      [length, min] = [3, 0x800];
    } else if (byte >= 0xf0 && byte <= 0xf4) {
      [length, min] = [4, 0x10000];
    } else {
      return i;
    }
    if (i + length > bytes.length) return i;
    let code = byte & (0xff >> (length + 1));
    for (let j = 1; j < length; j++) {
      const next = bytes[i + j]!;
      if ((next & 0xc0) !== 0x80) return i;
      code = (code << 6) | (next & 0x3f);
    }
    if (code < min || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return i;
    i += length;
  }
  return -1;
}
