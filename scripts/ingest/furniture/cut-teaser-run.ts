/**
 * Issue 25, round 39, written on the development half only (round 38's miss, IFP News): a run of other
 * stories' first sentences, each cut short with “…”, under the story. The line model reads each line alone
 * and may keep the first one, right under the story's last paragraph, while it sets the others aside; the
 * run is one box, so it goes whole. Three lines or more, each cut short, ending the text (or followed by lines
 * set aside only), with one of them set aside already: a story's own paragraphs are not cut one after
 * another. classify.ts applies it after the line model.
 */
import type { LineVerdict, SourceLine } from './classify.ts';
import type { RuleInfo } from './rule.ts';
import { endsTruncated, wordCount } from './text-shape.ts';

/** A teaser of a run of cut story beginnings. */
export const CUT_TEASER_RUN: RuleInfo = {
  name: 'cut-teaser-run',
  kind: 'teaser',
  description:
    'a line of a run of three or more other stories’ first sentences, each cut short with “…”, ending the text, one of them ' +
    'already set aside',
  origin: 'issue 25, round 39: a news site’s teasers under the story (round 38’s half, now development, IFP News)',
};

/** The fewest lines of a run: two cut lines may be the story's own. */
const RUN_MIN_LINES = 3;
/** The most words of a teaser's cut sentence. */
const TEASER_MAX_WORDS = 40;

const isCutTeaser = (text: string) => endsTruncated(text) && wordCount(text) <= TEASER_MAX_WORDS && !/^[“"]/u.test(text.trim());

/** Sets aside the rest of a run of cut teasers ending the text when the model set part of it aside. */
export function markCutTeaserRun(lines: readonly SourceLine[], verdicts: LineVerdict[]): void {
  let end = lines.length - 1;
  while (end >= 0 && (!lines[end]!.text.trim() || (verdicts[end]!.role === 'furniture' && !isCutTeaser(lines[end]!.text)))) end--;
  const run: number[] = [];
  for (let i = end; i >= 0; i--) {
    if (!lines[i]!.text.trim()) continue;
    if (!isCutTeaser(lines[i]!.text)) break;
    run.push(i);
  }
  if (run.length < RUN_MIN_LINES || !run.some((i) => verdicts[i]!.role === 'furniture')) return;
  for (const i of run) if (verdicts[i]!.role === 'body') verdicts[i] = { role: 'furniture', rule: CUT_TEASER_RUN };
}
