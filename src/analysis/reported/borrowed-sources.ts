/**
 * Inner statements whose source belongs to the outer one ("According to Reuters, three European
 * diplomatic sources told them that …"): their speaker is withheld.
 */
import type { FoundStatement } from './find-statements.ts';

/** How many statements before one, in the same block, may hold its cue (statements nest a level or two). */
const NESTING_REACH = 8;

/**
 * "According to Reuters, three European diplomatic sources told them that …": the inner cue
 * ("told them") sits inside the outer statement's words, and a source read outside those words
 * (Reuters) belongs to the outer cue, not to it. Such an inner statement keeps its words and gets
 * no speaker: its own source is in the outer words, and naming the outer one would be wrong.
 */
export function withholdBorrowedSources(statements: FoundStatement[]): FoundStatement[] {
  const inside = (span: { block: string; start: number; end: number }, outer: FoundStatement) =>
    span.block === outer.content.block && span.start >= outer.content.start && span.end <= outer.content.end;
  // An outer statement starts before the inner one's cue, in its block: only the few statements
  // just before it (in text order) can hold it, so each looks at a bounded number.
  const order = statements.map((statement, index) => ({ statement, index }));
  order.sort(
    (a, b) =>
      (a.statement.content.block < b.statement.content.block
        ? -1
        : a.statement.content.block > b.statement.content.block
          ? 1
          : 0) || a.statement.content.start - b.statement.content.start,
  );
  const borrowed = new Set<number>();
  for (let i = 0; i < order.length; i++) {
    const { statement, index } = order[i]!;
    const source = statement.source;
    if (!source || statement.speaker === null) continue;
    for (let j = i - 1; j >= Math.max(0, i - NESTING_REACH); j--) {
      const outer = order[j]!.statement;
      if (outer.content.block !== statement.content.block) break;
      if (inside(statement.cue, outer) && !inside(source, outer)) borrowed.add(index);
    }
    // A statement that starts at the same place as a later one may hold it too.
    for (let j = i + 1; j < order.length && j <= i + NESTING_REACH; j++) {
      const outer = order[j]!.statement;
      if (outer.content.block !== statement.content.block || outer.content.start > statement.cue.start) break;
      if (inside(statement.cue, outer) && !inside(source, outer)) borrowed.add(index);
    }
  }
  return statements.map((statement, index) =>
    borrowed.has(index) ? { ...statement, speaker: null, speakerRule: null, speakerConfidence: null } : statement,
  );
}
