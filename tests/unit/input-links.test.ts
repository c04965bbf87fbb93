/**
 * Issue 15, links and images in bodies: only site paths (`/…`, not `//…`), in-page `#…`, `https:`
 * and `mailto:` links, and only this site's images; a protocol-relative address is refused
 * everywhere an address is read (bodies and `sourceUrl`). Errors name the file and the line.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, test } from 'vitest';
import remarkRejectUnsafeMarkup, { unsafeAddressReason } from '../../src/plugins/remark-reject-unsafe-markup.ts';
import { articleSchema } from '../../src/schemas/article.ts';

const FILE = '/site/content/articles/rubio-walks-away.md';

/** The error the plugin throws for a body, or null (the file exists only in memory: lines count from the body). */
function rejection(markdown: string): string | null {
  const processor = unified()
    .use(remarkParse)
    .use(remarkRejectUnsafeMarkup, { isArticle: () => true });
  try {
    processor.runSync(processor.parse(markdown), new VFile({ path: FILE, value: markdown }));
    return null;
  } catch (error) {
    return (error as Error).message;
  }
}

describe('unsafeAddressReason', () => {
  test.each([
    ['/actors/marco-rubio/', 'link'],
    ['#p-3', 'link'],
    ['https://example.org/rubio', 'link'],
    ['HTTPS://example.org/', 'link'],
    ['mailto:desk@example.org', 'link'],
    ['/images/map.png', 'image'],
  ] as const)('allows %s as a %s', (url, use) => {
    expect(unsafeAddressReason(url, use)).toBeNull();
  });

  test.each([
    ['//evil.example/t.png', 'link', 'protocol-relative'],
    ['/\\evil.example/', 'link', 'protocol-relative'],
    ['\\\\evil.example/', 'link', 'protocol-relative'],
    ['/\t/evil.example/', 'link', 'protocol-relative'],
    [' //evil.example/', 'link', 'protocol-relative'],
    ['http://example.org/', 'link', 'http: is not allowed'],
    ['javascript:alert(1)', 'link', 'javascript: addresses are not allowed'],
    ['data:text/html,<b>x</b>', 'link', 'data: addresses are not allowed'],
    ['ftp://example.org/', 'link', 'ftp: addresses are not allowed'],
    ['../other/', 'link', 'a relative address'],
    ['www.example.org', 'link', 'a relative address'],
    ['', 'link', 'an empty address'],
    ['https://evil.example/t.png', 'image', 'images must be files of this site'],
    ['http://evil.example/t.png', 'image', 'images must be files of this site'],
    ['//evil.example/t.png', 'image', 'protocol-relative'],
    ['data:image/png;base64,AAAA', 'image', 'images must be files of this site'],
    ['#p-1', 'image', 'images must be files of this site'],
  ] as const)('refuses %j as a %s: %s', (url, use, reason) => {
    expect(unsafeAddressReason(url, use)).toContain(reason);
  });
});

describe('remarkRejectUnsafeMarkup names the file and the line', () => {
  test.each([
    [
      'an image from another origin',
      'Rubio said it.\n\n![p](http://evil.example/t.png)',
      `${FILE}:3: body: unsafe link address (of an image) "http://evil.example/t.png": images must be files of this site`,
    ],
    [
      'an https image',
      'Rubio ![p](https://evil.example/t.png) said it.',
      `${FILE}:1: body: unsafe link address (of an image) "https://evil.example/t.png"`,
    ],
    [
      'a protocol-relative image',
      '![p](//evil.example/t.png)',
      `${FILE}:1: body: unsafe link address (of an image) "//evil.example/t.png": a protocol-relative address`,
    ],
    [
      'a protocol-relative link',
      'Rubio [said](//evil.example/x) it.',
      `${FILE}:1: body: unsafe link address "//evil.example/x": a protocol-relative address`,
    ],
    [
      'a protocol-relative autolink-style definition',
      'Rubio [said][x] it.\n\n[x]: //evil.example/',
      `${FILE}:3: body: unsafe link address "//evil.example/": a protocol-relative address`,
    ],
    [
      'an image through a definition',
      'Rubio ![p][pic] said it.\n\n[pic]: https://evil.example/t.png',
      `${FILE}:3: body: unsafe link address (of an image) "https://evil.example/t.png"`,
    ],
    [
      'an http link',
      'Rubio [said](http://example.org/) it.',
      `${FILE}:1: body: unsafe link address "http://example.org/": http: is not allowed`,
    ],
    ['a relative link', 'Rubio [said](../x/) it.', `${FILE}:1: body: unsafe link address "../x/": a relative address`],
    [
      'an indented code block',
      'Rubio said it.\n\n    Text indented by mistake.',
      `${FILE}:3: body: a code block (an indented or fenced block) is not allowed in articles`,
    ],
    [
      'a fenced code block',
      '```\nRubio said it.\n```',
      `${FILE}:1: body: a code block (an indented or fenced block) is not allowed in articles`,
    ],
  ])('%s', (_, markdown, message) => {
    expect(rejection(markdown)).toContain(message);
  });

  test.each([
    'Rubio [said](https://example.org/rubio) it.',
    'Rubio [said](mailto:desk@example.org) it.',
    'Rubio [said](/actors/marco-rubio/) it.',
    'Rubio [said](#p-1) it.',
    'Rubio ![a map](/images/map.png) said it.',
    'Rubio [said][x] it.\n\n[x]: https://example.org/',
  ])('accepts %j', (markdown) => {
    expect(rejection(markdown)).toBeNull();
  });

  test('the line counts the frontmatter of a real file', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'input-links-'));
    const file = path.join(dir, 'x.md');
    try {
      const body = 'Rubio said it.\n\n![p](//evil.example/t.png)\n';
      writeFileSync(file, `---\nheadline: x\nraw: y\n---\n${body}`);
      const processor = unified()
        .use(remarkParse)
        .use(remarkRejectUnsafeMarkup, { isArticle: () => true });
      expect(() => processor.runSync(processor.parse(body), new VFile({ path: file, value: body }))).toThrow(
        `${file}:7: body: unsafe link address (of an image)`,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('sourceUrl refuses a protocol-relative address', () => {
  const article = (value: string) => ({
    headline: { value: 'x', confidence: 'confirmed' },
    outlet: { value: 'x', confidence: 'confirmed' },
    published: { value: '2025-04-18', confidence: 'confirmed' },
    author: { value: null, confidence: 'unknown' },
    sourceUrl: { value, confidence: 'confirmed' },
    raw: 'x.txt',
  });

  test.each(['//evil.example/article', '/\\evil.example/', 'javascript:alert(1)'])('%j', (value) => {
    const result = articleSchema.safeParse(article(value));
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['sourceUrl.value']);
  });

  test('an https address is accepted', () => {
    expect(articleSchema.safeParse(article('https://example.org/article')).success).toBe(true);
  });
});
