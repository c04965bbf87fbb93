/**
 * Issue 26 item 1, the last line of defence: every output writer drops the control characters its
 * format forbids, and the build refuses output that still holds one, naming the file.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { firstForbiddenControl, withoutForbiddenControls } from '../../../src/lib/forbidden-controls.ts';
import { checkOutputCharacters, forbiddenControlsInOutput } from '../../../src/load/output-characters.ts';
import { csvField } from '../../../src/outputs/csv.ts';
import { eventsToICalendar } from '../../../src/outputs/icalendar.ts';

describe('withoutForbiddenControls', () => {
  test.each([
    ['NUL', 'Talks\u0000 end', 'Talks end'],
    ['escape', 'a\u001bb', 'ab'],
    ['DEL and a C1 control', 'a\u007fb\u0085c', 'abc'],
    ['a noncharacter', 'a\uFFFEb', 'ab'],
    ['a lone surrogate', 'a\uD800b\uDC00c', 'abc'],
  ])('drops %s', (_name, text, expected) => {
    expect(withoutForbiddenControls(text)).toBe(expected);
  });

  test('keeps tab, line breaks, emoji (surrogate pairs) and every script', () => {
    const text = 'a\tb\nc\r\nd 🇺🇦 «Зеленський» 泽连斯基 زيلينسكي';
    expect(withoutForbiddenControls(text)).toBe(text);
    expect(firstForbiddenControl(text)).toBeNull();
  });
});

describe('firstForbiddenControl', () => {
  test.each([
    ['a control alone', 'ab\u0007c', 2, 0x07],
    ['a lone high surrogate alone', 'ab\uD800c', 2, 0xd800],
    ['a lone low surrogate alone', 'abc\uDC00', 3, 0xdc00],
    ['a lone surrogate before a control', 'a\uDC00b\u0000', 1, 0xdc00],
    ['a control before a lone surrogate', 'a\u0085b\uD800', 1, 0x85],
    ['a control after a surrogate pair', '🇺🇦\uFFFF', 4, 0xffff],
  ])('finds the first forbidden character: %s', (_name, text, index, codeUnit) => {
    expect(firstForbiddenControl(text)).toEqual({ index, codeUnit });
  });
});

describe('the writers', () => {
  test('a CSV cell never carries a NUL', () => {
    expect(csvField('Talks\u0000 end')).toBe('Talks end');
  });

  test('an iCalendar text value carries no control character, a lone CR included', () => {
    const ics = eventsToICalendar(
      [
        {
          slug: 'x',
          title: 'Talks\u0000 end',
          date: '2025-04-18',
          datePrecision: 'day',
          status: 'held\rnext',
          summary: 's',
          url: 'https://x.example/',
        },
      ],
      '20250101T000000Z',
    );
    expect(ics).toContain('SUMMARY:Talks end');
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\u0000-\u0008\u000B-\u001F]/);
  });
});

describe('the build’s check of its output', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'output-characters-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('names the file, the line and the character; leaves binary search files alone', () => {
    mkdirSync(path.join(dir, 'events/x'), { recursive: true });
    mkdirSync(path.join(dir, 'pagefind'), { recursive: true });
    writeFileSync(path.join(dir, 'index.html'), '<p>fine</p>\n');
    writeFileSync(path.join(dir, 'rss.xml'), '<rss>\n<title>Talks\u0000</title>\n</rss>\n');
    writeFileSync(path.join(dir, 'events/x/index.html'), '<p>\u001b</p>');
    writeFileSync(path.join(dir, 'pagefind/index.pf_meta'), '\u0000\u0001');
    expect(forbiddenControlsInOutput(dir)).toEqual([
      expect.stringMatching(/^events\/x\/index\.html:1: U\+001B, a control character this format forbids/),
      expect.stringMatching(/^rss\.xml:2: U\+0000 NULL, a control character this format forbids/),
    ]);
  });

  test('a file is read in chunks: characters split between chunks stay whole, and lines are counted across them', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'dossier-output-chunks-'));
    try {
      mkdirSync(path.join(dir, 'data'));
      // Three-byte and four-byte characters straddle the 5-byte chunks; the NUL is on line 4.
      writeFileSync(path.join(dir, 'data/quotes.json'), '["Зеленський",\n"泽连斯基 🇺🇦",\n"ok",\n"a\u0000b"]\n');
      writeFileSync(path.join(dir, 'data/clean.json'), '["Зеленський",\n"泽连斯基 🇺🇦"]\n');
      expect(forbiddenControlsInOutput(dir, 5)).toEqual([
        expect.stringMatching(/^data\/quotes\.json:4: U\+0000 NULL, a control character this format forbids/),
      ]);
      expect(forbiddenControlsInOutput(dir)).toEqual(forbiddenControlsInOutput(dir, 5));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the next build searches only bytes it has not seen clean (checkOutputCharacters)', () => {
  test('a file with the bytes of a clean one is skipped; a changed file is searched again, and a forbidden character found', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'dossier-output-known-'));
    try {
      writeFileSync(path.join(dir, 'a.html'), '<p>Зеленський</p>\n');
      writeFileSync(path.join(dir, 'b.json'), '["ok"]\n');
      const first = checkOutputCharacters(dir);
      expect(first).toMatchObject({ problems: [], files: 2, alreadyClean: 0 });
      expect(first.clean.size).toBe(2);
      writeFileSync(path.join(dir, 'b.json'), '["ok\u0000"]\n');
      const second = checkOutputCharacters(dir, first.clean);
      expect(second.alreadyClean).toBe(1);
      expect(second.problems).toEqual([expect.stringMatching(/^b\.json:1: U\+0000 NULL/)]);
      // What a search with nothing known finds, a search with the clean digests finds too.
      expect(second.problems).toEqual(checkOutputCharacters(dir).problems);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
