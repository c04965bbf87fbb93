import type { Element } from 'hast';
import type { AttributedQuote } from '../analysis/types.ts';
import { quoteAnchor } from '../lib/urls.ts';
import { analysisMarkupPlugin, insertAfter, noteMarker } from './analysis-markup.ts';
import { wrapTextRange } from './annotate-text.ts';

/**
 * The id of a quote's note (speaker, kind, other outlets' versions, citation), which the article
 * page renders beside the text and the quote's marker opens on small screens.
 */
export const quoteNoteId = (quoteId: string) => `note-${quoteId}`;

/**
 * Marks up the quotes the analysis found, without adding a word to the article: spoken words
 * become `<q>`; titles become `<cite>`; scare quotes stay plain text, in a bare `<span>`. The first
 * element of every quote carries its anchor (`quoteAnchor`, `q-…`), the quote's permalink: links to
 * a quote land on it in its sentence (quotes have no page of their own).
 *
 * After each spoken quote comes an empty marker button that opens the quote's note (a `popover`,
 * no JavaScript) on small screens. It holds no text, so the article's text content, and what a
 * reader copies, stay exactly the outlet's (issue 14: the old "— Speaker" link was read and
 * copied mid-sentence).
 */
const rehypeQuoteMarkup = analysisMarkupPlugin((analysis, blocks) => {
  for (const quote of analysis.quotes) {
    quote.parts.forEach((part, index) => {
      const block = blocks.get(part.block);
      if (!block) return;
      // Only the quote's first element carries the anchor, however many wrappers a part needs.
      let anchored = index > 0;
      const wrappers = wrapTextRange(block, part.start, part.end, () => {
        const element = quoteElement(quote, !anchored);
        anchored = true;
        return element;
      });
      const isLast = index === quote.parts.length - 1;
      const last = wrappers.at(-1);
      if (isLast && last && quote.kind !== 'title' && quote.kind !== 'scare') insertAfter(block, last, quoteMarker(quote));
    });
  }
});
export default rehypeQuoteMarkup;

function quoteElement(quote: AttributedQuote, withAnchor: boolean): Element {
  const anchor = withAnchor ? { id: quoteAnchor(quote.id) } : {};
  if (quote.kind === 'title') return { type: 'element', tagName: 'cite', properties: anchor, children: [] };
  if (quote.kind === 'scare') return { type: 'element', tagName: 'span', properties: anchor, children: [] };
  return {
    type: 'element',
    tagName: 'q',
    properties: { className: ['quote', `quote--${quote.kind}`], ...anchor },
    children: [],
  };
}

/** The marker after a spoken quote, opening its note. */
function quoteMarker(quote: AttributedQuote): Element {
  return noteMarker('quote-marker', quoteNoteId(quote.id), 'About this quote');
}
