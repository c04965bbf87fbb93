/**
 * The pieces every text report of the evaluation shares: percentages, one error as a line, errors
 * in reading order, and speaker outcomes and errors by rule.
 */
import { NO_RULE, type RuleFigures } from './rule-figures.ts';
import type { EvaluationError } from './types.ts';

/** A fraction as a percentage with one decimal, or "n/a". */
export function percent(value: number | null): string {
  return value === null ? 'n/a' : `${(value * 100).toFixed(1)} %`;
}

/** One error as a line: `article p-N kind "words" gold: X | system: Y (rule)`, the rule left out when there is none. */
export function formatError(error: EvaluationError): string {
  const method = error.method === null || error.method === NO_RULE ? '' : ` (${error.method})`;
  return `${error.article} ${error.block ?? 'p-?'} ${error.kind ?? '-'} "${error.text}" gold: ${error.gold} | system: ${error.system}${method}`;
}

/** Errors by article, then by block, keeping the order within a block. */
export function inReadingOrder(errors: EvaluationError[]): EvaluationError[] {
  const blockNumber = (block: string | null) => Number(/\d+$/.exec(block ?? '')?.[0] ?? Infinity);
  return errors
    .map((error, index) => ({ error, index }))
    .sort(
      (a, b) =>
        a.error.article.localeCompare(b.error.article) ||
        blockNumber(a.error.block) - blockNumber(b.error.block) ||
        a.index - b.index,
    )
    .map(({ error }) => error);
}

/** One rule's counts as a line. */
export function ruleLine(row: RuleFigures): string {
  const total = row.right + row.wrong + row.none;
  const rate = (count: number) => percent(total === 0 ? null : count / total);
  return `${row.rule}: ${total} quotes, right ${row.right} (${rate(row.right)}), wrong ${row.wrong} (${rate(row.wrong)}), none ${row.none}`;
}

/**
 * Speaker errors (wrong, none) grouped by the rule behind the system's speaker: the rules in
 * `order` first, then any other rule the errors name (a speaker given where the gold names nobody).
 */
export function speakerErrorsByRule(errors: EvaluationError[], order: RuleFigures[]): string[] {
  const speakerErrors = errors.filter((error) => error.group === 'wrong speaker' || error.group === 'no speaker');
  const rules = [...new Set([...order.map((row) => row.rule), ...speakerErrors.map((error) => error.method ?? '?').sort()])];
  const lines: string[] = [];
  for (const rule of rules) {
    const ofRule = speakerErrors.filter((error) => (error.method ?? '?') === rule);
    if (ofRule.length === 0) continue;
    lines.push(`  -- rule ${rule}: ${ofRule.length} speaker errors`);
    for (const group of ['wrong speaker', 'no speaker'] as const) {
      const ofGroup = inReadingOrder(ofRule.filter((error) => error.group === group));
      if (ofGroup.length > 0)
        lines.push(`    ${group} (${ofGroup.length})`, ...ofGroup.map((error) => `      ${formatError(error)}`));
    }
  }
  return lines;
}
