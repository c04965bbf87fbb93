/**
 * Issue 26 item 6: a deeply nested or huge saved page is refused before parsing, with a message
 * that says why, instead of hanging `npm run add` or dying with "Maximum call stack size exceeded".
 */
import { describe, expect, test } from 'vitest';
import { MAX_PAGE_DEPTH, pageDepth, pageShapeProblem } from '../../../../scripts/ingest/page-shape.ts';
import { readSavedPage } from '../../../../scripts/ingest/page-text.ts';

const nested = (levels: number) => `<html><body>${'<div>'.repeat(levels)}Deep text.${'</div>'.repeat(levels)}</body></html>`;

describe('pageDepth', () => {
  test.each([
    ['a flat page', '<html><body><p>One</p><p>Two</p></body></html>', 3],
    ['void and self-closing elements open no level', '<html><body><p>a<br>b<img src=x><hr/></p></body></html>', 3],
    [
      'markup inside a script or a comment is not markup',
      '<html><body><script>"<div><div><div>"</script><!-- <div><div> --><p>x</p></body></html>',
      3,
    ],
    ['capitals and attributes', '<HTML><BODY class="a>b"><DIV id=x><P>t</P></DIV></BODY></HTML>', 4],
    ['closing an outer element closes the ones left open in it', '<html><body><ul><li>a<li>b</ul><p>c</p></body></html>', 5],
  ])('%s', (_name, html, depth) => {
    expect(pageDepth(html)).toBe(depth);
  });
});

describe('pageShapeProblem', () => {
  test('an ordinary page passes', () => {
    expect(pageShapeProblem(nested(60))).toBeNull();
  });

  test('a page nested past the limit is refused, saying so', () => {
    expect(pageShapeProblem(nested(MAX_PAGE_DEPTH + 10))).toMatch(/nested more than 400 deep, the limit/);
  });

  test('readSavedPage refuses 10,000 levels at once instead of overflowing the stack', () => {
    expect(() => readSavedPage(nested(10_000))).toThrow(/nested more than 400 deep/);
  });
});
