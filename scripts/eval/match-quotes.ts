/**
 * Pairs gold quotes with the system's quotes of the same article, one to one: by first words
 * (hand-written gold) or by overlapping text spans (PolNeAR's character offsets).
 */
import type { TextSpan } from '../../src/analysis/types.ts';
import { type CandidatePair, claimPairs } from './claim-pairs.ts';
import { quoteStartsWith } from './normalise-text.ts';
import type { GoldQuote, SystemQuote } from './types.ts';

/** For each gold quote, the index of its system quote, or null when none was found. */
export type QuoteMatching = Array<number | null>;

/**
 * Matches by first words: each gold quote, in order, takes the first unclaimed system quote whose
 * text starts with the gold's `startsWith` (quote marks, apostrophes and whitespace normalised).
 */
export function matchByFirstWords(gold: GoldQuote[], system: SystemQuote[]): QuoteMatching {
  const claimed = new Set<number>();
  return gold.map((quote) => {
    const index = system.findIndex(
      (candidate, position) =>
        !claimed.has(position) && candidate.article === quote.article && quoteStartsWith(candidate.text, quote.startsWith ?? ''),
    );
    if (index === -1) return null;
    claimed.add(index);
    return index;
  });
}

/** Characters two sets of spans share. */
export function overlapLength(a: TextSpan[], b: TextSpan[]): number {
  let total = 0;
  for (const left of a) {
    for (const right of b) {
      if (left.block !== right.block) continue;
      total += Math.max(0, Math.min(left.end, right.end) - Math.max(left.start, right.start));
    }
  }
  return total;
}

/**
 * Matches by overlapping spans: pairs are taken largest overlap first, each gold and system quote
 * at most once, so a system quote that covers two gold quotes matches one of them.
 */
export function matchByOverlap(gold: GoldQuote[], system: SystemQuote[]): QuoteMatching {
  const pairs: CandidatePair[] = [];
  gold.forEach((quote, goldIndex) => {
    system.forEach((candidate, systemIndex) => {
      if (candidate.article !== quote.article) return;
      const overlap = overlapLength(quote.parts ?? [], candidate.parts);
      if (overlap > 0) pairs.push({ gold: goldIndex, system: systemIndex, shared: overlap });
    });
  });
  return claimPairs(gold.length, pairs);
}
