/**
 * Issue 25, round 40, written on the development half only (round 39's miss, in.gr): other stories'
 * headlines listed under the story, each line opening with a dash or a bullet (“- Storm warning for …”).
 * The line model reads each line alone and keeps some, doubtful. A run of three or more such lines ending
 * the text (or followed by lines set aside only), each a headline — a capital after the dash, four to 25
 * words, no full stop, comma or semicolon at the end — goes whole as teasers, unless the line above it
 * ends with a colon: a list the story announces (“The demands are:”) is the story's, and so are the items
 * of a sentence (“• locate pension ledgers, …”). classify.ts applies it after the line model.
 */
import type { LineVerdict, SourceLine } from './classify.ts';
import type { RuleInfo } from './rule.ts';
import { wordCount } from './text-shape.ts';

/** A teaser of a run of dashed headlines ending the text. */
export const DASH_HEADLINE_RUN: RuleInfo = {
  name: 'dash-headline-run',
  kind: 'teaser',
  description:
    'a line of a run of three or more other stories’ headlines, each opening with a dash or a bullet and ending with no full ' +
    'stop, ending the text, not announced by a colon',
  origin: 'issue 25, round 40: a news site’s list of other stories under the story (round 39’s half, now development, in.gr)',
};

/** The fewest lines of a run: two dashed lines may be the story's own. */
const RUN_MIN_LINES = 3;

/** A dash or a bullet, then a headline: a capital or a digit first, four to 25 words, no sentence's or clause's end. */
function isDashedHeadline(text: string): boolean {
  const match = /^[-–•]\s+([\p{Lu}\p{N}«“"‘'].*)$/u.exec(text.trim());
  if (!match) return false;
  const words = wordCount(match[1]!);
  return words >= 4 && words <= 25 && !/[.,;]["'”’»)]*$/u.test(match[1]!);
}

/** Sets aside a run of dashed headlines ending the text, under the story. */
export function markDashHeadlineRun(lines: readonly SourceLine[], verdicts: LineVerdict[]): void {
  let end = lines.length - 1;
  while (end >= 0 && (!lines[end]!.text.trim() || (verdicts[end]!.role === 'furniture' && !isDashedHeadline(lines[end]!.text))))
    end--;
  const run: number[] = [];
  let i = end;
  for (; i >= 0; i--) {
    if (!lines[i]!.text.trim()) continue;
    if (!isDashedHeadline(lines[i]!.text)) break;
    run.push(i);
  }
  if (run.length < RUN_MIN_LINES) return;
  // A list the story announces with a colon, or a text that is nothing but the list, stays.
  if (i < 0 || /:["'”’)]*$/u.test(lines[i]!.text.trim())) return;
  if (!lines.slice(0, i + 1).some((line, j) => verdicts[j]!.role === 'body' && wordCount(line.text) >= 20)) return;
  for (const at of run) if (verdicts[at]!.role === 'body') verdicts[at] = { role: 'furniture', rule: DASH_HEADLINE_RUN };
}
