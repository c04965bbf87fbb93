import type { Element, Root } from 'hast';
import type { VFile } from 'vfile';
import type { AttributedQuote } from '../analysis/types.ts';
import { urls } from '../lib/urls.ts';
import { markAdded, wrapTextRange } from './annotate-text.ts';
import { blockElementsById } from './rehype-block-ids.ts';

export interface QuoteMarkupOptions {
  /** Display names of actors by slug, for the speaker shown beside each quote. */
  actorNames: ReadonlyMap<string, string>;
}

/**
 * Marks up the quotes the analysis found: spoken words become `<q cite>` pointing at the quote's
 * own page, followed by a link naming the speaker, which CSS shows on hover and focus (no
 * JavaScript); titles become `<cite>`; scare quotes stay plain text.
 */
export default function rehypeQuoteMarkup(options: QuoteMarkupOptions) {
  return function transformer(tree: Root, file: VFile) {
    const analysis = file.data.analysis;
    if (!analysis) return;
    const blocks = blockElementsById(tree);
    for (const quote of analysis.quotes) {
      if (quote.kind === 'scare') continue;
      quote.parts.forEach((part, index) => {
        const block = blocks.get(part.block);
        if (!block) return;
        const wrappers = wrapTextRange(block, part.start, part.end, () => quoteElement(quote, index === 0));
        const isLast = index === quote.parts.length - 1;
        const last = wrappers.at(-1);
        if (isLast && last && quote.speaker) insertAfter(block, last, speakerLink(quote, options.actorNames));
      });
    }
  };
}

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

/** The speaker beside a quote: a link to the quote's page, marked as not article text. */
function speakerLink(quote: AttributedQuote, actorNames: ReadonlyMap<string, string>): Element {
  const speaker = quote.speaker!;
  const name = speaker.actor ? (actorNames.get(speaker.actor) ?? speaker.label) : speaker.label;
  return markAdded({
    type: 'element',
    tagName: 'a',
    properties: { className: ['quote-speaker'], href: urls.quote(quote.id), dataPagefindIgnore: '' },
    children: [{ type: 'text', value: `— ${name}` }],
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
