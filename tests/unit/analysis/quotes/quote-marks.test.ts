/**
 * What each quotation mark does (src/analysis/quotes/quote-marks.ts), mark by mark; whole quotes
 * in every style are in find-quotes.test.ts. `^` in a row's text shows the mark asked about.
 */
import { expect, test } from 'vitest';
import { doubleMarkAt, isInDoubleMark, singleMarkRole } from '../../../../src/analysis/quotes/quote-marks.ts';

/** The text without its `^` and the offset the `^` stood before. */
function marked(text: string): [string, number] {
  const at = text.indexOf('^');
  return [text.slice(0, at) + text.slice(at + 1), at];
}

test.each([
  ["^''This isn't reform,'' he said.", { role: 'open', length: 2 }],
  ["''This isn't reform,^'' he said.", { role: 'close', length: 2 }],
  ["''He told me, 'No,^''' she said.", null],
  ["''He told me, 'No,'^'' she said.", { role: 'close', length: 2 }],
  ["^'''Sir,' he said,''", { role: 'open', length: 2 }],
  ["Mr. Jones^''s office", null],
  ['^«Non», she said.', { role: 'open', length: 1 }],
  ['«Non^», she said.', { role: 'close', length: 1 }],
  ['She said: « Rien ^», and left.', { role: 'close', length: 1 }],
  ['It was ^»a mistake«.', { role: 'open', length: 1 }],
  ['It was »a mistake^«.', { role: 'close', length: 1 }],
  ['^„Wir schaffen das“', { role: 'open', length: 1 }],
])('doubleMarkAt(%j) is %j', (text, mark) => {
  expect(doubleMarkAt(...marked(text))).toEqual(mark);
});

test.each([
  ["''It is over,'' the coaches^' union said.", false],
  ["^''It is over,''", true],
  ["''It is over,'^'", true],
  ["He said^'s", false],
])('isInDoubleMark(%j) is %s', (text, inside) => {
  expect(isInDoubleMark(...marked(text))).toBe(inside);
});

test.each([
  ['^‘We will not sign,’ she said.', 'open'],
  ['‘We will not sign,^’ she said.', 'close'],
  ['I don^’t know.', null],
  ['Since the ^’90s.', null],
  ['rock ^’n’ roll', null],
  ["^'Tis the season.", null],
  ['The nurses^’ union.', 'close'],
  ['^‚historisch‘', 'open'],
  ['‚historisch^‘', 'close'],
  ["He said, ^'No.'", 'open'],
  ["^''It is over,''", null],
])('singleMarkRole(%j) is %s', (text, role) => {
  expect(singleMarkRole(...marked(text))).toBe(role);
});
