/**
 * Issue 26 item 1: a refused character that arrives by escape is refused like a literal one. A
 * YAML double-quoted escape in any field, and a character reference in a Markdown body, are
 * decoded and checked, naming the file, the field (or line and column) and the code point.
 */
import { describe, expect, test } from 'vitest';
import { checkText } from '../../../src/load/content-files.ts';
import { decodedBodyProblems, decodedYamlProblems, decodeReference } from '../../../src/load/parsed-characters.ts';

const ARTICLE_HEAD = '---\nheadline:\n  value: Rubio walks away\n  confidence: confirmed\n';

describe('YAML escapes', () => {
  test.each([
    ['a direction override', 'title: "fdp\\u202Eexe.pdf"\n', 'title', 0x202e],
    ['a NUL', 'title: "Talks\\0 end"\n', 'title', 0],
    ['an escape character', 'title: "Talks \\x1b end"\n', 'title', 0x1b],
    ['a zero-width space in a list item', 'aliases:\n  - "Ru\\u200Bbio"\n', 'aliases[0]', 0x200b],
    ['a line separator in a nested field', 'sources:\n  - excerpt: "a\\Lb"\n', 'sources[0].excerpt', 0x2028],
  ])('%s is found in its field', (_name, yaml, field, codePoint) => {
    expect(decodedYamlProblems(yaml).map((one) => [one.field, one.problem.codePoint])).toEqual([[field, codePoint]]);
  });

  test('a character the text holds literally is left to the literal check (reported once, with its line)', () => {
    expect(decodedYamlProblems('title: "a\u202Eb"\n')).toEqual([]);
  });

  test('plain escapes that decode to ordinary characters are fine', () => {
    expect(decodedYamlProblems('title: "Zelenskyy\\u2019s plan \\u00e9t\\u00e9"\n')).toEqual([]);
  });

  test('the build names the file, the field and the code point', () => {
    const check = checkText('content/events/x.yaml', 'title: "fdp\\u202Eexe.pdf"\n', 'yaml');
    expect(check.errors).toEqual([
      'content/events/x.yaml: title: an escape in the YAML value decodes to U+202E RIGHT-TO-LEFT OVERRIDE, ' +
        'a direction control: it can make the text display in another order than it is written; delete it',
    ]);
  });

  test('frontmatter escapes in an article are refused; verbatim raw text (furniture) is not checked', () => {
    const article = `${ARTICLE_HEAD}dek:\n  value: "A\\0 dek"\n  confidence: confirmed\nfurniture:\n  - "Ad\\u200B"\n---\n\nRubio said so.\n`;
    const errors = checkText('a.md', article, 'markdown').errors;
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^a\.md: dek\.value: an escape in the YAML value decodes to U\+0000 NULL/);
  });
});

describe('character references in a body', () => {
  test.each([
    ['&#x200B;', 0x200b],
    ['&#8203;', 0x200b],
    ['&ZeroWidthSpace;', 0x200b],
    ['&zwnj;', 0x200c],
    ['&rlm;', 0x200f],
    ['&#0;', 0xfffd],
    ['&#x110000;', 0xfffd],
    ['&amp;', null],
    ['&eacute;', null],
  ])('%s decodes to %s', (reference, codePoint) => {
    expect(decodeReference(reference)).toBe(codePoint);
  });

  test('a zero-width space inside a name is found at its line and column', () => {
    const found = decodedBodyProblems('First paragraph.\n\nRu&#x200B;bio said so.', 7);
    expect(found.map((one) => [one.line, one.column, one.written, one.problem.codePoint])).toEqual([[9, 3, '&#x200B;', 0x200b]]);
  });

  test('a joiner between Arabic letters is allowed, between Latin ones it is not', () => {
    expect(decodedBodyProblems('لا&zwj;ما')).toEqual([]);
    expect(decodedBodyProblems('ab&zwj;cd')).toHaveLength(1);
  });

  test('a soft hyphen reference is left to the page normalisation, as a literal one is', () => {
    expect(decodedBodyProblems('negoti&shy;ations')).toEqual([]);
  });

  test('the build refuses an article whose body smuggles a direction control', () => {
    const article = `${ARTICLE_HEAD}---\n\nRubio said &#x202E;so.\n`;
    expect(checkText('a.md', article, 'markdown').errors).toEqual([
      'a.md:7:12: body: the character reference "&#x202E;" is U+202E RIGHT-TO-LEFT OVERRIDE, ' +
        'a direction control: it can make the text display in another order than it is written; delete it',
    ]);
  });

  test('lines are counted in linear time over many references', () => {
    const body = 'x&#x200B;y\n'.repeat(20_000);
    const found = decodedBodyProblems(body);
    expect(found).toHaveLength(20_000);
    expect(found.at(-1)).toMatchObject({ line: 20_000, column: 2 });
  });
});
