import type { LineVerdict, SourceLine } from './classify.ts';
import type { RuleInfo } from './rule.ts';
import { isProse } from './text-shape.ts';

/**
 * Issue 25, round 24: a line of rule characters inside the story, between a paragraph of it and more
 * of it (a digest's rules of hyphens between its summaries, round 23's three lost lines), may be the
 * story's own typography as much as the page's. `separator-line` reads the characters alone, so it is
 * not sure there: the line stays body, listed as doubtful with that rule, and the line model never
 * takes it. A rule line above the story or after its last paragraph is still the page's.
 */

/** A verdict as the classifier and the line model both give it. */
type Verdict = { role: 'body'; doubt?: RuleInfo } | { role: 'furniture'; rule: RuleInfo };

/** How far below the rule line a paragraph of prose may be: a brief's title may come between. */
const PROSE_WITHIN = 3;

const isSeparatorVerdict = (verdict: Verdict | undefined): boolean =>
  verdict !== undefined &&
  (verdict.role === 'furniture' ? verdict.rule.name === 'separator-line' : verdict.doubt?.name === 'separator-line');

/**
 * For each line, whether it is a rule line inside the story: the nearest line above that is no rule
 * line is a body paragraph of prose, and below, every line down to a body paragraph of prose (at most
 * `PROSE_WITHIN` lines away) is body.
 */
export function storySeparatorLines(lines: readonly { text: string }[], verdicts: readonly Verdict[]): boolean[] {
  const isBody = (i: number) => verdicts[i]?.role === 'body' && !isSeparatorVerdict(verdicts[i]);
  return lines.map((_, i) => {
    if (!isSeparatorVerdict(verdicts[i])) return false;
    let above = i - 1;
    while (above >= 0 && isSeparatorVerdict(verdicts[above])) above--;
    if (above < 0 || !isBody(above) || !isProse(lines[above]!.text)) return false;
    for (let below = i + 1; below < lines.length && below <= i + PROSE_WITHIN; below++) {
      if (isSeparatorVerdict(verdicts[below])) continue;
      if (!isBody(below)) return false;
      if (isProse(lines[below]!.text)) return true;
    }
    return false;
  });
}

/** Puts a rule line inside the story back in the body, listed as doubtful with `separator-line` (classify.ts's last step). */
export function keepStorySeparators(lines: readonly SourceLine[], verdicts: LineVerdict[]): void {
  for (const [i, inside] of storySeparatorLines(lines, verdicts).entries()) {
    const verdict = verdicts[i]!;
    if (inside && verdict.role === 'furniture') verdicts[i] = { role: 'body', block: 'paragraph', doubt: verdict.rule };
  }
}
