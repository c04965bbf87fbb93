/**
 * The article page's rules that show a quote's note when a link lands on the quote
 * (`/articles/<slug>/#q-<id>`), without JavaScript (article pages ship none). CSS cannot pair a
 * targeted quote with its note by itself, so the page gets one selector per quote:
 * `.article-page:has(#q-<id>:target) #note-<id>`. On phones the note, a popover nobody opened,
 * is shown as an open sheet at the bottom of the screen, with a link back to the paragraph to
 * close it; at wide widths, where notes sit beside the text, the note is outlined.
 */
import { quoteAnchor } from '../lib/urls.ts';

/** The ids a note is found by: the quote's id (`q-…` in the text) and its note's (`note-…`). */
export interface TargetableQuote {
  quoteId: string;
  noteId: string;
}

/** The note of a targeted quote, open as a sheet at the bottom of a phone's screen (like its popover). */
const SHEET = [
  'display: grid',
  'position: fixed',
  'inset: auto 0 0 0',
  'z-index: 10',
  'gap: 0.35rem',
  'max-height: 50vh',
  'overflow: auto',
  'margin: 0',
  'padding: 1rem 1rem 1.25rem',
  'border: 0',
  'border-top: 3px solid var(--accent)',
  'border-radius: 10px 10px 0 0',
  'background: var(--bg)',
  'color: var(--fg)',
  'box-shadow: 0 -6px 24px rgb(0 0 0 / 0.25)',
].join('; ');

/** The style sheet for one article's quotes; empty when it has none. */
export function quoteTargetCss(quotes: readonly TargetableQuote[]): string {
  if (quotes.length === 0) return '';
  const target = (quote: TargetableQuote, after = '') =>
    `.article-page:has(#${cssIdent(quoteAnchor(quote.quoteId))}:target) #${cssIdent(quote.noteId)}${after}`;
  const notes = quotes.map((quote) => target(quote)).join(',\n');
  const closeLinks = quotes.map((quote) => target(quote, ' .note__close-link')).join(',\n');
  return (
    `@media not (min-width: 64rem) {\n${notes} { ${SHEET}; }\n${closeLinks} { display: inline-block; }\n}\n` +
    `@media (min-width: 64rem) {\n${notes} { outline: 2px solid var(--accent); outline-offset: 4px; border-radius: 2px; }\n}\n`
  );
}

/** An id as a CSS identifier: anything but letters, digits, `-` and `_` escaped (ids are hex, but a selector must never break). */
function cssIdent(id: string): string {
  return id.replace(/[^\w-]/g, (char) => `\\${char.codePointAt(0)!.toString(16)} `);
}
