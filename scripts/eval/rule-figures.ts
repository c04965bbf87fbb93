/**
 * Speaker outcomes counted by the rule that chose the system's speaker, so the report can say which
 * rule gives wrong speakers: the same tally for the hand-written sets and PolNeAR's resolved gold.
 */

import type { SystemQuote } from './types.ts';

/** What a quote without a system speaker is counted under. */
export const NO_RULE = '(no speaker)';

/** Right, wrong and no speaker among detected, scored quotes whose system speaker came from one rule. */
export interface RuleFigures {
  /** The rule's name; `(no speaker)` for quotes the system gave nobody. */
  rule: string;
  right: number;
  wrong: number;
  none: number;
}

/** One detected, scored quote: the rule behind its speaker (null: none) and how it came out. */
export interface RuleOutcome {
  rule: string | null;
  outcome: 'right' | 'wrong' | 'none';
}

/** The rule behind a system quote's speaker: its `rule`, else its `method`; null when it has no speaker. */
export function ruleOf(quote: SystemQuote | null): string | null {
  return quote?.rule ?? quote?.method ?? null;
}

/** The outcomes counted by rule, the rule with most quotes first (ties by name). */
export function tallyByRule(outcomes: RuleOutcome[]): RuleFigures[] {
  const rows = new Map<string, RuleFigures>();
  for (const { rule, outcome } of outcomes) {
    const name = rule ?? NO_RULE;
    const row = rows.get(name) ?? { rule: name, right: 0, wrong: 0, none: 0 };
    row[outcome]++;
    rows.set(name, row);
  }
  const total = (row: RuleFigures) => row.right + row.wrong + row.none;
  return [...rows.values()].sort((a, b) => total(b) - total(a) || a.rule.localeCompare(b.rule));
}
