import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import { StringDecoder } from 'node:string_decoder';

/** How much of the file is read at a time. */
const CHUNK_BYTES = 1 << 20;

/**
 * The elements of a JSON array file written as the site writes its downloads
 * (`jsonArrayPieces`, src/outputs/streamed-body.ts: `JSON.stringify(rows, null, 2)`, one element
 * starting on each line indented by two spaces), read a megabyte at a time. A download of a large
 * archive (650 MB of quotes at 100,000 articles) is longer than any string V8 can hold, so it is
 * never read whole. A file of another layout (a hand-written or minified array) is parsed whole.
 */
export function* jsonArrayRows<T>(file: string): Generator<T> {
  if (!startsAsWritten(file)) {
    yield* JSON.parse(readFileSync(file, 'utf8')) as T[];
    return;
  }
  const descriptor = openSync(file, 'r');
  try {
    const decoder = new StringDecoder('utf8');
    const buffer = Buffer.alloc(CHUNK_BYTES);
    let pending = '';
    let row: string[] = [];
    let lineNumber = 0;
    const take = function* (line: string): Generator<T> {
      lineNumber += 1;
      if (lineNumber === 1) {
        return;
      }
      if (row.length === 0) {
        if (line === ']') return;
        if (!/^ {2}\S/.test(line)) throw new Error(`${file}:${lineNumber}: not a JSON array written one element a line`);
        if (line === '  {' || line === '  [') {
          row.push(line);
          return;
        }
        yield JSON.parse(line.replace(/,$/, '')) as T;
        return;
      }
      row.push(line);
      if (/^ {2}[}\]],?$/.test(line)) {
        yield JSON.parse(row.join('\n').replace(/,$/, '')) as T;
        row = [];
      }
    };
    for (let read = readSync(descriptor, buffer); read > 0; read = readSync(descriptor, buffer)) {
      pending += decoder.write(buffer.subarray(0, read));
      const lines = pending.split('\n');
      pending = lines.pop()!;
      for (const line of lines) yield* take(line);
    }
    pending += decoder.end();
    if (pending) yield* take(pending);
    if (row.length > 0) throw new Error(`${file}: the array ends inside an element`);
  } finally {
    closeSync(descriptor);
  }
}

/** True when the file opens as the site writes an array: `[` alone on the first line, or `[]`. */
function startsAsWritten(file: string): boolean {
  const descriptor = openSync(file, 'r');
  try {
    const head = Buffer.alloc(4);
    const text = head.subarray(0, readSync(descriptor, head)).toString('utf8');
    return text === '[]' || text.startsWith('[\n');
  } finally {
    closeSync(descriptor);
  }
}
