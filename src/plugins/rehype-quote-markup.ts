import type { Element } from 'hast';
import type { AttributedQuote } from '../analysis/types.ts';
import { urls } from '../lib/urls.ts';
import { analysisMarkupPlugin } from './analysis-markup.ts';
import { markAdded, wrapTextRange } from './annotate-text.ts';

/**
 * The id of a quote's note (speaker, kind, other outlets' versions, citation), which the article
 * page renders beside the text and the quote's marker opens on small screens.
 */
export const quoteNoteId = (quoteId: string) => `note-${quoteId}`;

/**
 * Marks up the quotes the analysis found, without adding a word to the article: spoken words
 * become `<q cite>` pointing at the quote's own page; titles become `<cite>`; scare quotes stay
 * plain text.
 *
 * After each spoken quote comes an empty marker button that opens the quote's note (a `popover`,
 * no JavaScript) on small screens. It holds no text, so the article's text content, and what a
 * reader copies, stay exactly the outlet's (issue 14: the old "— Speaker" link was read and
 * copied mid-sentence).
 */
const rehypeQuoteMarkup = analysisMarkupPlugin((analysis, blocks) => {
  for (const quote of analysis.quotes) {
    if (quote.kind === 'scare') continue;
    quote.parts.forEach((part, index) => {
      const block = blocks.get(part.block);
      if (!block) return;
      const wrappers = wrapTextRange(block, part.start, part.end, () => quoteElement(quote, index === 0));
      const isLast = index === quote.parts.length - 1;
      const last = wrappers.at(-1);
      if (isLast && last && quote.kind !== 'title') insertAfter(block, last, noteMarker(quote));
    });
  }
});
export default rehypeQuoteMarkup;

function quoteElement(quote: AttributedQuote, isFirstPart: boolean): Element {
  if (quote.kind === 'title') return { type: 'element', tagName: 'cite', properties: {}, children: [] };
  return {
    type: 'element',
    tagName: 'q',
    properties: {
      cite: urls.quote(quote.id),
      className: ['quote', `quote--${quote.kind}`],
      ...(isFirstPart ? { id: `quote-${quote.id}` } : {}),
    },
    children: [],
  };
}

/**
 * The marker after a quote: a button with no text (its glyph is drawn by CSS, its name is an
 * `aria-label`), so it adds nothing to the article's words. Marked as added, so offsets into the
 * block's text skip it.
 */
function noteMarker(quote: AttributedQuote): Element {
  return markAdded({
    type: 'element',
    tagName: 'button',
    properties: {
      type: 'button',
      className: ['quote-marker'],
      popovertarget: quoteNoteId(quote.id),
      ariaLabel: 'About this quote',
      dataPagefindIgnore: '',
    },
    children: [],
  });
}

/** Inserts `node` right after `reference`, wherever it sits under `root`. */
function insertAfter(root: Element, reference: Element, node: Element): void {
  const index = root.children.indexOf(reference);
  if (index >= 0) {
    root.children.splice(index + 1, 0, node);
    return;
  }
  for (const child of root.children) {
    if (child.type === 'element') insertAfter(child, reference, node);
  }
}
