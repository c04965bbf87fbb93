import { createHash, type Hash } from 'node:crypto';
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
 * than a string can be. The digests of the files found clean are kept for the next build, which
 * checks only files whose bytes it has not seen: a rebuild after one new article copies thousands
 * of unchanged pages, and reading them for a digest costs a fraction of searching them.
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
 * file whole did, turns bytes that are not UTF-8 into U+FFFD (which is allowed). Each chunk also
 * goes into `hash`, when given, so that a clean file's digest costs no second read.
 */
function firstForbiddenInFile(file: string, buffer: Buffer, hash?: Hash): { line: number; codeUnit: number } | null {
  const fd = openSync(file, 'r');
  const decoder = new TextDecoder('utf-8');
  let line = 1;
  try {
    for (;;) {
      const read = readSync(fd, buffer, 0, buffer.length, null);
      hash?.update(buffer.subarray(0, read));
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

/** A file's digest as the check keeps it, read a `buffer` at a time. */
function digestOfFile(file: string, buffer: Buffer): string {
  const hash = createHash('sha256');
  const fd = openSync(file, 'r');
  try {
    for (let read = readSync(fd, buffer, 0, buffer.length, null); read > 0; read = readSync(fd, buffer, 0, buffer.length, null))
      hash.update(buffer.subarray(0, read));
  } finally {
    closeSync(fd);
  }
  return hash.digest('hex').slice(0, 32);
}

/** What `checkOutputCharacters` found. */
export interface OutputCharactersCheck {
  /** One line per output file holding a forbidden character: its path (relative to the output folder) and the message. */
  problems: string[];
  /** The digests of the text files found clean, for the next build's `knownClean`. */
  clean: Set<string>;
  /** Text files looked at. */
  files: number;
  /** Files not searched because a build before found the same bytes clean. */
  alreadyClean: number;
}

/**
 * Checks every text file of `outDir` (not Pagefind's binary index, which is made from the pages).
 * A file whose digest is in `knownClean` is not searched again. `chunkBytes` is how much of a file
 * is read at a time.
 */
export function checkOutputCharacters(
  outDir: string,
  knownClean: ReadonlySet<string> = new Set(),
  chunkBytes = CHUNK_BYTES,
): OutputCharactersCheck {
  const check: OutputCharactersCheck = { problems: [], clean: new Set(), files: 0, alreadyClean: 0 };
  const buffer = Buffer.allocUnsafe(chunkBytes);
  const checkFile = (file: string) => {
    check.files += 1;
    let digest: string;
    let found: { line: number; codeUnit: number } | null;
    if (knownClean.size === 0) {
      // Nothing known (a first build): one read both searches and digests.
      const hash = createHash('sha256');
      found = firstForbiddenInFile(file, buffer, hash);
      digest = hash.digest('hex').slice(0, 32);
    } else {
      digest = digestOfFile(file, buffer);
      if (knownClean.has(digest)) {
        check.clean.add(digest);
        check.alreadyClean += 1;
        return;
      }
      found = firstForbiddenInFile(file, buffer);
    }
    if (!found) {
      check.clean.add(digest);
      return;
    }
    check.problems.push(
      `${path.relative(outDir, file)}:${found.line}: ${describeCodePoint(found.codeUnit)}, a control character this format forbids; ` +
        'find the content field that holds it (the content checks should have refused it: please report this)',
    );
  };
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'pagefind') walk(file);
      } else if (TEXT_OUTPUT.test(entry.name)) checkFile(file);
    }
  };
  walk(outDir);
  return check;
}

/** The problems of `checkOutputCharacters` with nothing known before. */
export function forbiddenControlsInOutput(outDir: string, chunkBytes = CHUNK_BYTES): string[] {
  return checkOutputCharacters(outDir, new Set(), chunkBytes).problems;
}
