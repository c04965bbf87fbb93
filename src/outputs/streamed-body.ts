/**
 * Data downloads written a piece at a time. A download of a whole archive (a million quotes at
 * 100,000 articles) is longer than the longest string V8 can hold, so it is never one string: the
 * response's body is a stream that encodes the rows a batch at a time as Astro writes the file.
 */

/** About how many characters go into one encoded piece of the stream. */
const PIECE_CHARACTERS = 1 << 16;

/** The pieces of `rows` as JSON: exactly what `JSON.stringify(rows, null, 2)` writes, one row at a time. */
export function* jsonArrayPieces(rows: Iterable<unknown>): Generator<string> {
  let first = true;
  for (const row of rows) {
    yield `${first ? '[\n' : ',\n'}  ${JSON.stringify(row, null, 2).replace(/\n/g, '\n  ')}`;
    first = false;
  }
  yield first ? '[]' : '\n]';
}

/** A response whose body is `pieces`, joined into larger pieces and encoded as UTF-8 as it is read. */
export function streamedResponse(pieces: Iterable<string>, contentType: string): Response {
  const iterator = pieces[Symbol.iterator]();
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      let piece = '';
      while (piece.length < PIECE_CHARACTERS) {
        const next = iterator.next();
        if (next.done) {
          if (piece) controller.enqueue(encoder.encode(piece));
          controller.close();
          return;
        }
        piece += next.value;
      }
      controller.enqueue(encoder.encode(piece));
    },
  });
  return new Response(body, { headers: { 'Content-Type': contentType } });
}

/** `items` mapped by `toRow` one at a time, as the stream reads them: no array of a million rows. */
export function* mappedRows<T, R>(items: Iterable<T>, toRow: (item: T) => R): Generator<R> {
  for (const item of items) yield toRow(item);
}
