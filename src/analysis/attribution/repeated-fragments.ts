/**
 * "Earlier a spokeswoman for Mrs Merkel said the request provided “a starting point” for more talks. / “…,” said
 * Christiane Wirtz. But “it certainly offers a starting point for further talks.”": the article introduces an unnamed
 * source, then names the person in the next breath, whose fuller quote repeats the words. The reader takes the
 * person for the speaker of the few words too. This pass, run once every quote has its speaker, gives such a
 * fragment the named speaker of the later quote that repeats its words, in its paragraph or the next.
 */
import type { BodyBlock, ExtractedQuote } from '../types.ts';
import { type Attributed, repeatsInOrder, wordsOf } from './heading-quotes.ts';

/** Fragments shorter than this many words are too common to tie to one quote ("“wrong”"). */
const MIN_WORDS = 2;
/** How many later quotes are read for the words: a paragraph of thousands of quotes stays linear. */
const QUOTES_AHEAD = 20;
/** An unnamed source that introduces one person ("a spokeswoman for Mrs Merkel", "an aide"). */
const ONE_UNNAMED_PERSON = /^an?\s/iu;

/**
 * Gives, in place, each fragment whose speaker is an unnamed source introduced with "a" the named speaker of the later
 * quotes (the next 20 at most), in its paragraph or the next, that repeat its words in order; when they name different people, or none names
 * anyone, the fragment keeps its source.
 */
export function nameRepeatedFragments(
  blocks: readonly BodyBlock[],
  quotes: readonly ExtractedQuote[],
  results: Attributed[],
): void {
  const blockIndex = new Map(blocks.map((block, index) => [block.id, index]));
  const blockOf = (quote: ExtractedQuote) => blockIndex.get(quote.parts[0]!.block)!;
  quotes.forEach((quote, index) => {
    const found = results[index]!;
    if (quote.kind !== 'fragment' || !found.speaker || found.speaker.actor !== null) return;
    if (!ONE_UNNAMED_PERSON.test(found.speaker.label)) return;
    const words = wordsOf(quote.text);
    if (words.length < MIN_WORDS) return;
    const at = blockOf(quote);
    const repeating: Attributed[] = [];
    const last = Math.min(quotes.length, index + 1 + QUOTES_AHEAD);
    for (let other = index + 1; other < last && blockOf(quotes[other]!) <= at + 1; other++) {
      if (repeatsInOrder(wordsOf(quotes[other]!.text), words)) repeating.push(results[other]!);
    }
    const named = repeating[0]?.speaker;
    if (!named?.actor || repeating.some((other) => other.speaker?.actor !== named.actor)) return;
    results[index] = { ...found, speaker: named, attribution: 'context', confidence: repeating[0]!.confidence };
  });
}
