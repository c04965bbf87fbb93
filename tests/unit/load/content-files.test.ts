/**
 * Issue 13 items 4 and 5: nothing in `content/` is ignored silently, and a file that is not UTF-8
 * is an error naming the file and the byte offset. Each case is a small content folder in a
 * temporary directory, checked by the functions the collections' loaders and the actor registry
 * call (src/load/content-files.ts).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { checkContentFolder, displayPath } from '../../../src/load/content-files.ts';
import { loadActorFiles } from '../../../src/load/load-actors.ts';
import { describeInvalidUtf8, findInvalidUtf8 } from '../../../src/lib/utf8.ts';

const ARTICLE = '---\nheadline:\n  value: Rubio walks away\n  confidence: confirmed\n---\n\nRubio said so.\n';
const ACTOR = 'name: Marco Rubio\nkind: person\ndescription: x\n';
const EVENT = 'title: Rubio’s talks in Paris\n';
/** The message for an entry of the content folder that nothing reads. */
const NOT_IN_LAYOUT =
  'layout: not part of the content layout (articles/, actors/, events/, raw/, not-people.yaml), so nothing would read it';
/** How the message for a Latin-1 byte ends. */
const LEGACY_BYTE =
  'does not start or continue a UTF-8 character ' +
  '(probably a legacy encoding such as Latin-1 or Windows-1252, where one byte is one letter); save the file as UTF-8';

let root = '';
afterEach(() => {
  if (root) rmSync(root, { recursive: true, force: true });
  root = '';
});

/** A content folder with the given files (path inside it → text or bytes). */
function contentFolder(files: Record<string, string | Uint8Array>): string {
  root = mkdtempSync(path.join(tmpdir(), 'input-content-'));
  for (const [file, data] of Object.entries({
    'articles/rubio-walks-away.md': ARTICLE,
    'actors/marco-rubio.yaml': ACTOR,
    ...files,
  })) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), data);
  }
  return root;
}

const at = (file: string) => displayPath(path.join(root, file));

describe('checkContentFolder: every file is read, or named', () => {
  test('a well-formed folder (with hidden files) has nothing to say', () => {
    const dir = contentFolder({
      'events/rubio-paris-talks.yaml': EVENT,
      'raw/000_x.txt': 'text',
      'not-people.yaml': '[]\n',
      'articles/.gitkeep': '',
      '.DS_Store': 'x',
    });
    expect(checkContentFolder(dir)).toEqual({ errors: [], warnings: [] });
  });

  test.each([
    [
      'articles/x.MD',
      'extension: ".MD" is not read (articles are .md files, in lower case), so this file would be ignored; rename it to x.md',
    ],
    [
      'articles/x.markdown',
      'extension: ".markdown" is not read (articles are .md files, in lower case), so this file would be ignored; rename it to x.md',
    ],
    [
      'actors/x.yml',
      'extension: ".yml" is not read (actors are .yaml files, in lower case), so this file would be ignored; rename it to x.yaml',
    ],
    [
      'events/notes',
      'extension: no extension is not read (events are .yaml files, in lower case), so this file would be ignored; rename it to notes.yaml',
    ],
  ])('%s', (file, message) => {
    expect(checkContentFolder(contentFolder({ [file]: 'x' })).errors).toEqual([`${at(file)}: ${message}`]);
  });

  test('a file in a subfolder of a collection', () => {
    const dir = contentFolder({ 'articles/2025/x.md': ARTICLE });
    expect(checkContentFolder(dir).errors).toEqual([
      `${at('articles/2025/x.md')}: folder: articles are read from ${at('articles')}/ itself, not from its subfolders, ` +
        `so this file would be ignored; move it into ${at('articles')}/`,
    ]);
  });

  test.each([
    ['actors/unnamed-sources.yaml', ACTOR, '/actors/unnamed-sources/ (the unnamed sources’ list)'],
    ['articles/page.md', ARTICLE, '/articles/page/N/ (the article list’s later pages)'],
    ['events/page.yaml', EVENT, '/events/page/N/ (the events list’s later pages)'],
  ])('a slug that is a route’s address is refused, naming the file and the route (issue 26): %s', (file, text, route) => {
    const dir = contentFolder({ [file]: text });
    const slug = path.basename(file).replace(/\..*$/, '');
    expect(checkContentFolder(dir).errors).toEqual([
      `${at(file)}: slug: "${slug}" is the address of a page the site makes itself, ${route}; ` +
        'a file with it would be hidden behind that page, so rename it',
    ]);
  });

  test('a file name that is not a slug, with the name to use', () => {
    const dir = contentFolder({ 'actors/Marco Rubio.yaml': ACTOR.replace('Marco', 'Marcos') });
    expect(checkContentFolder(dir).errors).toEqual([
      `${at('actors/Marco Rubio.yaml')}: slug: the file name "Marco Rubio" is not a slug (lower-case letters, digits and single hyphens); ` +
        "the file name is the page's address and the name links use, so rename it to marco-rubio.yaml",
      `${at('actors/marco-rubio.yaml')}: slug: "marco-rubio" is also the slug of ${at('actors/Marco Rubio.yaml')}; two files cannot share one address`,
    ]);
  });

  test('a non-Latin file name is transliterated in the suggestion, not dropped', () => {
    const dir = contentFolder({ 'articles/überraschung-ελλάδα.md': ARTICLE });
    expect(checkContentFolder(dir).errors).toEqual([expect.stringContaining('so rename it to uberraschung-ellada.md')]);
  });

  test('a file name of another script is a slug as it is', () => {
    expect(checkContentFolder(contentFolder({ 'articles/зеленський-відповів.md': ARTICLE })).errors).toEqual([
      expect.stringContaining('rename it to zelenskiy-vidpoviv.md'),
    ]);
    rmSync(root, { recursive: true, force: true });
    expect(checkContentFolder(contentFolder({ 'articles/東京会談.md': ARTICLE })).errors).toEqual([]);
  });

  test('a name with no letters or digits', () => {
    expect(checkContentFolder(contentFolder({ 'articles/!!!.md': ARTICLE })).errors).toEqual([
      `${at('articles/!!!.md')}: slug: the file name "!!!" has no letters or digits to make an address of; rename it`,
    ]);
  });

  test('entries of the content folder that nothing reads', () => {
    const dir = contentFolder({ 'article/x.md': ARTICLE, 'notes.txt': 'x', 'not-people.yml': '[]' });
    expect(checkContentFolder(dir).errors).toEqual([
      `${at('article')}/: ${NOT_IN_LAYOUT}; rename it to articles/`,
      `${at('not-people.yml')}: ${NOT_IN_LAYOUT}; rename it to not-people.yaml`,
      `${at('notes.txt')}: ${NOT_IN_LAYOUT}`,
    ]);
  });

  test('the actor files are checked as they are read at config time, so links and pages use one slug', () => {
    const dir = contentFolder({ 'actors/x.yml': ACTOR });
    expect(() => loadActorFiles(path.join(dir, 'actors'))).toThrow(
      `Actor files are invalid:\n${at('actors/x.yml')}: extension: ".yml" is not read`,
    );
  });
});

describe('text encoding: not UTF-8 is an error naming the file and the byte offset', () => {
  // "Zelenskyy" in a Latin-1 sentence: é is the single byte 0xE9.
  const latin1 = Buffer.concat([
    Buffer.from('---\nheadline:\n  value: x\n---\n\nLe pr'),
    Buffer.from([0xe9]),
    Buffer.from('sident a parl'),
    Buffer.from([0xe9]),
    Buffer.from('.\n'),
  ]);

  test('a Latin-1 article', () => {
    expect(checkContentFolder(contentFolder({ 'articles/latin-one.md': latin1 })).errors).toEqual([
      `${at('articles/latin-one.md')}: encoding: not valid UTF-8: byte 0xE9 at byte offset 35 (line 6) ${LEGACY_BYTE}`,
    ]);
  });

  test('a Latin-1 actor file stops the actor registry before a "�" reaches a name', () => {
    const dir = contentFolder({
      'actors/anna-petrova.yaml': Buffer.concat([Buffer.from('name: Anna Petrov'), Buffer.from([0xe1]), Buffer.from('\n')]),
    });
    expect(() => loadActorFiles(path.join(dir, 'actors'))).toThrow(
      `${at('actors/anna-petrova.yaml')}: encoding: not valid UTF-8: byte 0xE1 at byte offset 17 (line 1)`,
    );
  });

  test('a UTF-16 event file says so', () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('title: x\n', 'utf16le')]);
    expect(checkContentFolder(contentFolder({ 'events/x.yaml': utf16 })).errors).toEqual([
      expect.stringContaining(
        'byte 0xFF at byte offset 0 (line 1) does not start or continue a UTF-8 character (the file is UTF-16',
      ),
    ]);
  });

  test('a raw text is checked too (it is kept verbatim, but must be UTF-8)', () => {
    expect(checkContentFolder(contentFolder({ 'raw/000_x.txt': latin1 })).errors).toEqual([
      expect.stringMatching(/raw\/000_x\.txt: encoding: not valid UTF-8: byte 0xE9 at byte offset 35/),
    ]);
  });

  test('a direction control in a raw text is not the raw text’s problem (verbatim), but one in the actor is', () => {
    const dir = contentFolder({ 'raw/000_x.txt': 'a\u202Eb', 'actors/marco-rubio.yaml': 'name: Marco \u202ERubio\n' });
    expect(checkContentFolder(dir).errors).toEqual([
      `${at('actors/marco-rubio.yaml')}:1:13: name: U+202E RIGHT-TO-LEFT OVERRIDE, a direction control: ` +
        'it can make the text display in another order than it is written; delete it',
    ]);
  });

  test.each([
    ['ASCII', [0x41, 0x0a], null],
    ['a 4-byte character', [0xf0, 0x9f, 0x8f, 0xb4], null],
    ['a lone continuation byte', [0x41, 0x80], 1],
    ['an overlong "/" (C0 AF)', [0xc0, 0xaf], 0],
    ['an overlong 3-byte form (E0 80 AF)', [0xe0, 0x80, 0xaf], 0],
    ['a UTF-16 surrogate (ED A0 80)', [0xed, 0xa0, 0x80], 0],
    ['a code point above U+10FFFF (F4 90 80 80)', [0xf4, 0x90, 0x80, 0x80], 0],
    ['a sequence cut short at the end', [0x41, 0xe2, 0x80], 1],
  ])('findInvalidUtf8: %s', (_, bytes, offset) => {
    expect(findInvalidUtf8(Uint8Array.from(bytes))?.offset ?? null).toBe(offset);
  });

  test('describeInvalidUtf8 names the byte and the line', () => {
    const bytes = Buffer.from([0x61, 0x0a, 0x62, 0x0a, 0xe9]);
    expect(describeInvalidUtf8(findInvalidUtf8(bytes)!, bytes)).toBe(
      `not valid UTF-8: byte 0xE9 at byte offset 4 (line 3) ${LEGACY_BYTE}`,
    );
  });

  test('describeInvalidUtf8 ends with the way out the caller gives (npm run add: --encoding)', () => {
    const bytes = Buffer.from([0x61, 0xe9]);
    expect(describeInvalidUtf8(findInvalidUtf8(bytes)!, bytes, 'pass --encoding windows-1252')).toMatch(
      /^not valid UTF-8: byte 0xE9 at byte offset 1 \(line 1\) .*; pass --encoding windows-1252$/,
    );
  });
});

describe('only regular files are content (issue 26 item 7)', () => {
  const fifo = (file: string) => execFileSync('mkfifo', [file]);

  test('a named pipe is refused by name, before anything reads it (reading would hang)', () => {
    const dir = contentFolder({ 'raw/x.txt': 'Marco Rubio.' });
    fifo(path.join(dir, 'articles/pipe.md'));
    fifo(path.join(dir, 'raw/pipe.txt'));
    symlinkSync(path.join(dir, 'raw/pipe.txt'), path.join(dir, 'actors/pipe.yaml'));
    expect(checkContentFolder(dir).errors).toEqual([
      `${at('raw/pipe.txt')}: file type: a named pipe (FIFO); only regular files can be content`,
      `${at('articles/pipe.md')}: file type: a named pipe (FIFO); only regular files can be content`,
      `${at('actors/pipe.yaml')}: link: a symbolic link to a named pipe (FIFO); only regular files can be content`,
    ]);
  });

  test('a link to a device, to a file outside content/ or to nothing is refused; a link inside content/ is followed', () => {
    const dir = contentFolder({ 'raw/marco.txt': 'Marco Rubio.' });
    const outside = path.join(path.dirname(dir), `${path.basename(dir)}-secret.yaml`);
    writeFileSync(outside, ACTOR);
    try {
      symlinkSync('/dev/zero', path.join(dir, 'actors/zero.yaml'));
      symlinkSync(outside, path.join(dir, 'actors/secret.yaml'));
      symlinkSync(path.join(dir, 'nowhere.yaml'), path.join(dir, 'actors/gone.yaml'));
      symlinkSync(path.join(dir, 'actors/marco-rubio.yaml'), path.join(dir, 'actors/rubio-link.yaml'));
      symlinkSync(path.join(dir, 'raw'), path.join(dir, 'actors/linked-folder'));
      expect(checkContentFolder(dir).errors).toEqual([
        `${at('actors/gone.yaml')}: link: a symbolic link to nothing (its target does not exist); remove it`,
        `${at('actors/linked-folder')}: folder: a link to a folder; actors are read from ${at('actors')}/ itself, ` +
          `not from folders in it, so its files would be ignored; move them into ${at('actors')}/`,
        `${at('actors/secret.yaml')}: link: a symbolic link to ${outside}, outside ${at('')}/; content must be in the content folder, so copy the file in`,
        `${at('actors/zero.yaml')}: link: a symbolic link to /dev/zero, outside ${at('')}/; content must be in the content folder, so copy the file in`,
      ]);
    } finally {
      rmSync(outside, { force: true });
    }
  });
});
