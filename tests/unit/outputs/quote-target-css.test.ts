/** The per-page rules that show a targeted quote's note without JavaScript (src/outputs/quote-target-css.ts). */
import { expect, test } from 'vitest';
import { quoteTargetCss } from '../../../src/outputs/quote-target-css.ts';

const quotes = [
  { quoteId: 'c074eeda39', noteId: 'note-c074eeda39' },
  { quoteId: '1bd3ef5aba', noteId: 'note-1bd3ef5aba' },
];

test('each quote’s anchor is paired with its own note, and no other', () => {
  const css = quoteTargetCss(quotes);
  expect(css).toContain('.article-page:has(#q-c074eeda39:target) #note-c074eeda39');
  expect(css).toContain('.article-page:has(#q-1bd3ef5aba:target) #note-1bd3ef5aba');
  expect(css).not.toContain('#q-c074eeda39:target) #note-1bd3ef5aba');
});

test('on phones the note opens as a sheet with its Close link; at wide widths it is outlined', () => {
  const css = quoteTargetCss(quotes);
  const [phones, wide] = css.split('@media (min-width: 64rem)');
  expect(phones).toMatch(/^@media not \(min-width: 64rem\)/);
  expect(phones).toContain('display: grid');
  expect(phones).toContain('position: fixed');
  expect(phones).toContain('#note-1bd3ef5aba .note__close-link { display: inline-block; }');
  expect(wide).toContain('outline: 2px solid var(--accent)');
  expect(wide).not.toContain('position: fixed');
});

test('an article with no spoken quote gets no style sheet', () => {
  expect(quoteTargetCss([])).toBe('');
});

test('an id that is not a plain identifier is escaped, never breaking the selector', () => {
  expect(quoteTargetCss([{ quoteId: 'a"b', noteId: 'note-a"b' }])).toContain('#q-a\\22 b:target) #note-a\\22 b');
});
