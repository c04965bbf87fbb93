/**
 * The attributed quotes of an article by block, in the order their opening marks stand, so the
 * quotes that open inside a statement's words are found by binary search (`find-statements.ts`,
 * `listed-statements.ts`).
 */
import { partitionPoint } from '../../lib/partition-point.ts';
import type { AttributedQuote } from '../types.ts';

/** Each block's quotes, in the order their opening marks stand (so a clause's quotes are found by binary search). */
export function quotesByBlock(quotes: readonly AttributedQuote[]): Map<string, AttributedQuote[]> {
  const byBlock = new Map<string, AttributedQuote[]>();
  for (const quote of quotes) {
    const block = quote.parts[0]!.block;
    const list = byBlock.get(block);
    if (list) list.push(quote);
    else byBlock.set(block, [quote]);
  }
  for (const list of byBlock.values()) list.sort((a, b) => a.parts[0]!.start - b.parts[0]!.start);
  return byBlock;
}

/** The quotes whose opening mark stands in `[start, end)` of their block. */
export function quotesOpeningIn(list: readonly AttributedQuote[], start: number, end: number): AttributedQuote[] {
  const found: AttributedQuote[] = [];
  for (let i = partitionPoint(list.length, (index) => list[index]!.parts[0]!.start >= start); i < list.length; i++) {
    if (list[i]!.parts[0]!.start >= end) break;
    found.push(list[i]!);
  }
  return found;
}
