import { closeSync, openSync, readdirSync, readSync } from 'node:fs';
import path from 'node:path';
import { firstForbiddenControl } from '../lib/forbidden-controls.ts';
import { describeCodePoint } from '../lib/code-points.ts';

/**
 * After the build: no page, feed, sitemap or download holds a control character its format
 * forbids (src/lib/forbidden-controls.ts). The content checks and the writers stop them first;
 * this names the file and the character if one still got through, instead of publishing a feed
 * every reader rejects. One pass over the output's bytes: linear in the size of the site, and
 * read in chunks, since a download of a 100,000-article archive (`quotes.json`, 652 MB) is longer
 * than a string can be.
 */

/** How much of a file is read and checked at a time. */
const CHUNK_BYTES = 16 * 1024 * 1024;

/** The number of line feeds in `text` before `end`. */
function lineFeeds(text: string, end: number): number {
  let count = 0;
  for (let at = text.indexOf('\n'); at >= 0 && at < end; at = text.indexOf('\n', at + 1)) count += 1;
  return count;
}

/**
 * The first forbidden character of a file, with its line, read a `buffer` at a time. The
 * decoder carries a character split between two chunks over to the next, and, as reading the
 * file whole did, turns bytes that are not UTF-8 into U+FFFD (which is allowed).
 */
function firstForbiddenInFile(file: string, buffer: Buffer): { line: number; codeUnit: number } | null {
  const fd = openSync(file, 'r');
  const decoder = new TextDecoder('utf-8');
  let line = 1;
  try {
    for (;;) {
      const read = readSync(fd, buffer, 0, buffer.length, null);
      const text = decoder.decode(buffer.subarray(0, read), { stream: read > 0 });
      const found = firstForbiddenControl(text);
      if (found) return { line: line + lineFeeds(text, found.index), codeUnit: found.codeUnit };
      if (read === 0) return null;
      line += lineFeeds(text, text.length);
    }
  } finally {
    closeSync(fd);
  }
}

/** The text formats the site writes. */
const TEXT_OUTPUT = /\.(html|xml|json|csv|ics|txt)$/;

/**
 * One output file holding a forbidden character: its path (relative to the output folder) and the
 * message. `chunkBytes` is how much of a file is read at a time.
 */
export function forbiddenControlsInOutput(outDir: string, chunkBytes = CHUNK_BYTES): string[] {
  const problems: string[] = [];
  const buffer = Buffer.allocUnsafe(chunkBytes);
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      // Pagefind's index is binary; it is made from the pages, which are checked.
      if (entry.isDirectory()) {
        if (entry.name !== 'pagefind') walk(file);
      } else if (TEXT_OUTPUT.test(entry.name)) {
        const found = firstForbiddenInFile(file, buffer);
        if (found) {
          problems.push(
            `${path.relative(outDir, file)}:${found.line}: ${describeCodePoint(found.codeUnit)}, a control character this format forbids; ` +
              'find the content field that holds it (the content checks should have refused it: please report this)',
          );
        }
      }
    }
  };
  walk(outDir);
  return problems;
}
