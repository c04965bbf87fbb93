/**
 * The small pure modules of `npm run add`: Markdown escaping, dates and bylines, run-together
 * word suggestions, and reading a file's bytes.
 */
import { describe, expect, test } from 'vitest';
import { bodyBlocksFromMarkdown } from '../../src/analysis/text/body-blocks.ts';
import { decodeSource, firstInvalidUtf8Byte } from '../../scripts/ingest/encoding.ts';
import { bodyMarkdown, type BodyLine } from '../../scripts/ingest/markdown-body.ts';
import { isoDateOf, namesOfByline, writtenDate } from '../../scripts/ingest/metadata.ts';
import { suggestRunTogetherWords } from '../../scripts/ingest/run-together.ts';

describe('bodyMarkdown', () => {
  const cases: BodyLine[] = [
    { text: 'A plain paragraph, left as it is.', block: 'paragraph' },
    { text: '1. Finland', block: 'paragraph' },
    { text: '# of votes: 438', block: 'paragraph' },
    { text: '- not a list item', block: 'paragraph' },
    { text: '> not a quote', block: 'paragraph' },
    { text: 'with *stars* and _underscores_ and `ticks`', block: 'paragraph' },
    { text: 'a [link](javascript:alert(1)) written out', block: 'paragraph' },
    { text: '<script>alert(1)</script> as text', block: 'paragraph' },
    { text: 'AT&T and &amp; and a back\\slash', block: 'paragraph' },
    { text: '[Trump] feels like it', block: 'paragraph' },
    { text: 'How did we get here? #', block: 'heading' },
    { text: 'The UK must stay in the EU', block: 'list-item' },
    { text: '“We will meet again,” he said.', block: 'quote' },
    { text: '===', block: 'paragraph' },
  ];
  test.each(cases)('$block “$text” reads back the same', (line) => {
    const blocks = bodyBlocksFromMarkdown(bodyMarkdown([line]));
    expect(blocks.map(({ text, kind }) => ({ text, block: kind }))).toEqual([line]);
  });

  test('escapes only what must be: plain text stays plain', () => {
    expect(bodyMarkdown([{ text: '[Trump] feels like it, AT&T said.', block: 'paragraph' }])).toBe(
      '[Trump] feels like it, AT&T said.\n',
    );
  });

  test('blocks are separated by blank lines, list items form one list', () => {
    const markdown = bodyMarkdown([
      { text: 'Intro:', block: 'paragraph' },
      { text: 'First', block: 'list-item' },
      { text: 'Second', block: 'list-item' },
    ]);
    expect(markdown).toBe('Intro:\n\n- First\n\n- Second\n');
    expect(bodyBlocksFromMarkdown(markdown).map((block) => block.kind)).toEqual(['paragraph', 'list-item', 'list-item']);
  });
});

describe('dates', () => {
  test.each([
    ['2025-04-18T22:30:00-04:00', '2025-04-18'],
    ['2016-12-22T10:43:37Z', '2016-12-22'],
    ['April 18, 2025', '2025-04-18'],
    ['JAN. 13, 2017', '2017-01-13'],
    ['18 April 2025', '2025-04-18'],
    ['22 Dec, 2016', '2016-12-22'],
    ['04.05.2015', null],
    ['14.05.2015', '2015-05-14'],
    ['2025-02-30', null],
    ['yesterday', null],
  ])('%s → %s', (text, date) => {
    expect(isoDateOf(text)).toBe(date);
  });

  test('the first date written in a line', () => {
    expect(writtenDate('April 28, 2019 at 6:01 am Updated April 29, 2019 at 3:33 pm')).toBe('2019-04-28');
  });
});

describe('namesOfByline', () => {
  test.each([
    ['By Erin Cunningham', 'Erin Cunningham'],
    ['by: Laurie Oakes', 'Laurie Oakes'],
    ['By Jon Sopel24 July 2015', 'Jon Sopel'],
    ['By Jane Doe and John Roe | April 18, 2025', 'Jane Doe and John Roe'],
    ['Le Monde | 04.05.2015 à 13h36 | Par Martin Untersinger (avec Damien Leloup et Morgane Tual)', 'Martin Untersinger'],
    ['April 18, 2025', null],
  ])('%s → %s', (line, names) => {
    expect(namesOfByline(line)).toBe(names);
  });
});

describe('suggestRunTogetherWords', () => {
  const block = (text: string) => ({ id: 'p-1', text, kind: 'paragraph' as const });

  test.each([
    ['Three days ago, President Donald Trump announcedthe leaders would meet.', 'announcedthe', 'announced the'],
    ['keep readingShow less', 'readingShow', 'reading Show'],
    ['He said.The talks ended.', 'said.The', 'said. The'],
    ['The leaders met. Theleaders agreed.', 'Theleaders', 'The leaders'],
  ])('suggests a split in %j', (text, from, to) => {
    expect(suggestRunTogetherWords([block(text)]).map((s) => [s.from, s.to])).toEqual([[from, to]]);
  });

  test.each([
    'They breathe the air of the thousand islands, within sight of the mainland.',
    'The company, thereafter, sold another iPhone on eBay and McDonald’s said so on YouTube.',
    'Themselves, theirs, theory and therapy: the words of the report, and Amazon.com too.',
  ])('suggests nothing in ordinary words: %j', (text) => {
    expect(suggestRunTogetherWords([block(text)])).toEqual([]);
  });
});

describe('reading a file’s bytes', () => {
  const bytes = (...values: number[]) => Uint8Array.from(values);

  test.each([
    ['ASCII', bytes(0x61, 0x62), -1],
    ['a two-byte character', bytes(0xc3, 0xa9), -1],
    ['a four-byte character', bytes(0xf0, 0x9f, 0x98, 0x80), -1],
    ['a Latin-1 é after two letters', bytes(0x61, 0x62, 0xe9, 0x63), 2],
    ['an overlong encoding', bytes(0xc0, 0xaf), 0],
    ['a surrogate', bytes(0xed, 0xa0, 0x80), 0],
    ['a sequence cut off at the end', bytes(0x61, 0xe2, 0x80), 1],
  ])('%s: first invalid byte %i', (_, input, offset) => {
    expect(firstInvalidUtf8Byte(input)).toBe(offset);
  });

  test('a file that is not UTF-8 is refused, naming the byte offset and the way out', () => {
    const result = decodeSource(bytes(0x5a, 0x65, 0x6c, 0x65, 0x6e, 0x73, 0x6b, 0x79, 0xe9));
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.message).toMatch(/byte 8 \(0xe9\).*--encoding windows-1252/);
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
