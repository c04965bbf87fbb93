/** The body of a draft as Markdown (scripts/ingest/markdown-body.ts): escaped so it reads back as the text. */
import { describe, expect, test } from 'vitest';
import { bodyBlocksFromMarkdown } from '../../../../src/analysis/text/body-blocks.ts';
import { bodyMarkdown, type BodyLine } from '../../../../scripts/ingest/markdown-body.ts';
import { titledRows } from '../../../helpers/fixture-cases.ts';

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
  test.each(titledRows(cases, 'block', 'text'))('%s “%s” reads back the same', (_block, _text, line) => {
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

describe('a line that cannot be written names its control characters (issue 26)', () => {
  test.each([
    [
      'a lone carriage return',
      'Talks went on.\r\rRubio said so.',
      /U\+000D CARRIAGE RETURN: a carriage return alone is an old Mac line break/,
    ],
    [
      'UTF-16 read as one byte a character',
      'R\u0000u\u0000b\u0000i\u0000o\u0000 said so.',
      /U\+0000 NULL: NULs between letters: the file is probably UTF-16/,
    ],
  ])('%s', (_name, text, message) => {
    let thrown = '';
    try {
      bodyMarkdown([{ text, block: 'paragraph' }]);
    } catch (error) {
      thrown = (error as Error).message;
    }
    expect(thrown).toMatch(message);
    expect(thrown).not.toMatch(/[\u0000\r]/);
    expect(thrown).toMatch(/\\u\{(0|D)\}/);
  });
});
