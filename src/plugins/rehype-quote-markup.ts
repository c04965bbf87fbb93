import type { Element } from 'hast';
import type { AttributedQuote } from '../analysis/types.ts';
import { urls } from '../lib/urls.ts';
import { analysisMarkupPlugin, insertAfter, noteMarker } from './analysis-markup.ts';
import { wrapTextRange } from './annotate-text.ts';

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
      if (isLast && last && quote.kind !== 'title') insertAfter(block, last, quoteMarker(quote));
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

/** The marker after a spoken quote, opening its note. */
function quoteMarker(quote: AttributedQuote): Element {
  return noteMarker('quote-marker', quoteNoteId(quote.id), 'About this quote');
}
