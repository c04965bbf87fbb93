/**
 * Regions of a raw text that runs of lines give away (classify.ts applies them after the header and
 * the story's end are read): the closing run of labels and headlines after the last paragraph, a link
 * above “Read more”, an embedded post above its signature, and the guard that keeps a paragraph of
 * running prose from the rules that take labels by where they stand. Moved out of classify.ts in round 24.
 */
import type { LineVerdict, RuleName, SourceLine } from './classify.ts';
import { takenByOneLineRule } from './context-guards.ts';
import { POSITION_RULES } from './position-rules.ts';
import type { RuleInfo } from './rule.ts';
import { repeatedSignatureLength } from './story-structure.ts';
import { setAsideBy } from './text-regions.ts';
import {
  endsLikeSentence,
  endsTruncated,
  isHeadlineCase,
  isHeadlineLike,
  isImageDescription,
  isRunningProse,
  wordCount,
} from './text-shape.ts';

const furniture = (rule: RuleInfo): LineVerdict => ({ role: 'furniture', rule });

/**
 * Rules of run or region that take a line for a label or a headline by where it stands (a closing
 * run, a list of headlines, a box's heading or title). An embedded post or a card's summary is
 * prose by nature and is taken by its signature or its cut, so those rules are not listed.
 */
const LABEL_RUN_RULES: readonly RuleName[] = [
  'closing-run',
  'teaser-list',
  'headline-run',
  'kicker-headline',
  'link-box-title',
  'promo-label',
  'newsletter-box-heading',
  'link-before-read-more',
];

/**
 * A rule of run or region that takes labels and headlines by where they stand is never sure of
 * a paragraph of running prose: such a line stays body, listed as doubtful (round 9: a story's
 * last paragraph ending in the desk's mark “(I)”, after “Publicidad” labels, was taken for a label).
 */
export function keepRunningProse(lines: readonly SourceLine[], verdicts: LineVerdict[], wasBody: readonly boolean[]): void {
  for (const [i, verdict] of verdicts.entries()) {
    if (!wasBody[i] || !setAsideBy(verdict, LABEL_RUN_RULES) || !isRunningProse(lines[i]!.text)) continue;
    if (verdict.role !== 'furniture') continue;
    verdicts[i] = { role: 'body', block: 'paragraph', doubt: verdict.rule };
  }
}

/** A headline-like body line right above a bare "Read more" is the link it reads more of. */
export function markLinksBeforeReadMore(lines: readonly SourceLine[], verdicts: LineVerdict[]): void {
  for (let i = 0; i + 1 < lines.length; i++) {
    const [verdict, next] = [verdicts[i]!, verdicts[i + 1]!];
    if (verdict.role !== 'body' || next.role !== 'furniture') continue;
    if (/^read more\W{0,3}$/i.test(lines[i + 1]!.text) && isHeadlineLike(lines[i]!.text))
      verdicts[i] = furniture(POSITION_RULES.linkBeforeReadMore);
  }
}

/** The text of an embedded post is the line right above its signature ("— Jane Doe (@janedoe) March 3, 2016"). */
export function markPostsBeforeSignatures(lines: readonly SourceLine[], verdicts: LineVerdict[]): void {
  for (let i = 0; i + 1 < lines.length; i++) {
    if (
      verdicts[i]!.role === 'body' &&
      setAsideBy(verdicts[i + 1], ['post-signature', 'picture-post-signature']) &&
      wordCount(lines[i]!.text) <= 60
    )
      verdicts[i] = furniture(POSITION_RULES.postBeforeSignature);
  }
}

/**
 * After the last paragraph, a run of labels and headlines with no full stop (tags, share
 * buttons, other stories' headlines) is the page's, not the story's: two such lines or more
 * are set aside, and so is a single one when a line already set aside comes before it in the
 * run (it follows the page's own lines, not the story). A picture's description ("A map of …
 * showing …") and a summary cut short ("…") may be part of the run. A single line with nothing
 * set aside before it stays body and is marked as doubtful.
 */
export function markClosingRun(lines: readonly SourceLine[], verdicts: LineVerdict[]): void {
  const open: number[] = [];
  let stop = -1;
  for (let i = lines.length - 1; i >= 0; i--) {
    const verdict = verdicts[i]!;
    if (verdict.role === 'furniture') continue;
    const text = lines[i]!.text;
    // A label may end in a colon ("Tags:"); a sentence may not end the run.
    const label = wordCount(text) <= 4 && !/[.!?…;]["'”’)\]]*$/.test(text);
    // A line a one-line rule was overruled on is the story's by its context (round 21): the run stops.
    const member =
      !takenByOneLineRule(verdict) &&
      (label ||
        (isHeadlineLike(text) && !endsLikeSentence(text)) ||
        isImageDescription(text) ||
        (endsTruncated(text) && wordCount(text) <= 40));
    if (!member) {
      stop = i;
      break;
    }
    open.push(i);
  }
  const afterPageLines = open.length === 1 && verdicts.slice(stop + 1, open[0]).some((verdict) => verdict.role === 'furniture');
  // The story's own signature at the head of the run, signed the same way before (round 10), stays body.
  const signature = repeatedSignatureLength(lines, verdicts, [...open].reverse());
  if (signature > 0) open.splice(open.length - signature, signature);
  if (open.length >= 2 || afterPageLines) for (const i of open) verdicts[i] = furniture(POSITION_RULES.closingRun);
  else
    for (const i of open)
      if (isHeadlineCase(lines[i]!.text)) verdicts[i] = { role: 'body', block: 'paragraph', doubt: POSITION_RULES.closingRun };
}
