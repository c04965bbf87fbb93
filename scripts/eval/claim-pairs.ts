/**
 * One-to-one matching from scored candidate pairs, shared by the quote and the statement matchers:
 * the best pairs are claimed first, so each gold and each system item is matched at most once.
 */

/** A gold item and a system item that could match, with how much they share (more: better). */
export interface CandidatePair {
  gold: number;
  system: number;
  shared: number;
  /**
   * What the system item holds beyond the gold (for statements, its span's length): between two
   * that share as much, the tighter one is the gold's match ("According to X, sources told them
   * that …" holds the sources' statement whole, but the sources' own statement is that statement).
   */
  spare?: number;
}

/**
 * For each of `goldCount` gold items, the index of its system item, or null: pairs are taken
 * most shared first (ties: lower gold index, then lower system index), skipping any whose gold or
 * system item is already matched.
 */
export function claimPairs(goldCount: number, pairs: CandidatePair[]): Array<number | null> {
  const ordered = [...pairs].sort(
    (a, b) => b.shared - a.shared || (a.spare ?? 0) - (b.spare ?? 0) || a.gold - b.gold || a.system - b.system,
  );
  const matching: Array<number | null> = Array.from({ length: goldCount }, () => null);
  const claimed = new Set<number>();
  for (const pair of ordered) {
    if (matching[pair.gold] !== null || claimed.has(pair.system)) continue;
    matching[pair.gold] = pair.system;
    claimed.add(pair.system);
  }
  return matching;
}
