import type { LineVerdict, SourceLine } from './classify.ts';
import { POSITION_RULES } from './position-rules.ts';
import type { RuleInfo } from './rule.ts';
import { storyFollowsPicture } from './sparse-story.ts';
import { DATELINE, endsLikeSentence, isHeadlineLike, isProse, sentenceCount, wordCount } from './text-shape.ts';

/**
 * Position rules of issue 25, round 7, for regions after, beside or above the story that have a
 * shape of their own rather than a phrase: a comment thread (its count or prompt, then readers'
 * names, times, texts and votes), the short lines of a newsletter box, a box of another story
 * (headline, summary, a call to read it) and a standfirst above the lead picture's credit. The classifier (classify.ts)
 * calls them on a raw text's verdicts; each sets a line aside only when the whole region has its
 * shape, and leaves the text alone otherwise.
 */

const furniture = (rule: RuleInfo): LineVerdict => ({ role: 'furniture', rule });

/** Units of a time counted back from now. */
const AGO_UNITS = String.raw`(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|wks?|months?|years?|yrs?)`;

/**
 * The stamp of a reader's comment, alone on its line: a time counted back ("3 hours ago at 11:46
 * am", "2 days ago"), a date with a clock time ("12.09.2016 @ 6:00 PM", "3/4/17 at 9:12 am"), or the
 * votes or likes it got ("Rating: 16 Votes", "12 likes").
 */
const COMMENT_STAMP = new RegExp(
  [
    String.raw`^(?:`,
    String.raw`(?:posted\s+|edited\s+)?\d+\s+${AGO_UNITS}\s+ago(?:\s+(?:at|@)\s+\d{1,2}:\d{2}\s*(?:[ap]\.?m\.?)?)?`,
    String.raw`|\d{1,2}[./-]\d{1,2}[./-]\d{2,4},?\s*(?:@|at)?\s*\d{1,2}:\d{2}\s*(?:[ap]\.?m\.?)?`,
    String.raw`|(?:rating|score|votes?)\s*:\s*[-+]?\d+(?:\s+(?:votes?|points?|likes?))?`,
    String.raw`|[-+]?\d+\s+(?:votes?|points?|likes?|upvotes?)`,
    String.raw`)$`,
  ].join(''),
  'i',
);

/** The stamp of a reader's comment (see COMMENT_STAMP). */
export function isCommentStamp(text: string): boolean {
  return COMMENT_STAMP.test(text.trim());
}

/** How far below the thread's count or prompt the first comment's stamp must come. */
const STAMP_WITHIN = 8;
/** Paragraphs of prose the story must have before its thread. */
const STORY_BEFORE_THREAD = 3;

/**
 * A comment thread after the story: a line a rule set aside as part of the comment box (its
 * count, a prompt), after at least three paragraphs of prose, with the stamp of a reader's comment
 * (a time counted back, a date with a clock time, votes) within the eight lines below it. From
 * that line to the end everything is the thread: readers' names, stamps, their comments (prose
 * too), the box's headings and links. Without a stamp nothing is set aside: a prompt alone shows
 * no thread, and the story may go on under it.
 */
export function markCommentThread(lines: readonly SourceLine[], verdicts: LineVerdict[]): void {
  let prose = 0;
  for (let i = 0; i < lines.length; i++) {
    const verdict = verdicts[i]!;
    if (verdict.role === 'body') {
      if (isProse(lines[i]!.text)) prose++;
      continue;
    }
    if (verdict.rule.kind !== 'comments' || prose < STORY_BEFORE_THREAD) continue;
    const window = lines.slice(i + 1, i + 1 + STAMP_WITHIN);
    if (!window.some((line) => isCommentStamp(line.text))) continue;
    for (let k = i + 1; k < lines.length; k++)
      if (verdicts[k]!.role === 'body') verdicts[k] = furniture(POSITION_RULES.commentThread);
    return;
  }
}

/**
 * A newsletter box's short lines: a line of at most ten words that is no sentence (no final full
 * stop) between two lines set aside as the box's (newsletter), or right after one and naming the
 * box ("… newsletter", "… to your inbox"): the box's title, its offer, a link to its last issue.
 */
export function markNewsletterBoxLines(lines: readonly SourceLine[], verdicts: LineVerdict[]): void {
  const isBox = (i: number) => {
    const verdict = verdicts[i];
    return verdict?.role === 'furniture' && verdict.rule.kind === 'newsletter';
  };
  for (let i = 1; i < lines.length; i++) {
    if (verdicts[i]!.role !== 'body') continue;
    const text = lines[i]!.text;
    if (wordCount(text) > 10 || endsLikeSentence(text)) continue;
    const between = isBox(i - 1) && isBox(i + 1);
    const namesBox = isBox(i - 1) && /\b(?:newsletters?|inbox)\b/i.test(text);
    if (between || namesBox) verdicts[i] = furniture(POSITION_RULES.newsletterBoxLine);
  }
}

/** A bare call to open a link: "Read now", "Read more", "Continue reading". */
const READING_CALL =
  /^(?:(?:read|watch|listen) (?:now|more)|continue reading|keep reading|read (?:the )?full (?:story|article))\W{0,3}$/i;

/**
 * A box of another story inside the text: its headline (no final full stop, at most 15 words),
 * its summary (one or two sentences, at most 30 words) and a bare call to read it ("Read now")
 * on the lines right after each other. Only the three together: a summary and a call without the
 * headline above them may be the story's own lines.
 */
export function markCallLinkBoxes(lines: readonly SourceLine[], verdicts: LineVerdict[]): void {
  for (let i = 2; i < lines.length; i++) {
    if (!READING_CALL.test(lines[i]!.text.trim()) || verdicts[i]!.role !== 'furniture') continue;
    const [summary, headline] = [i - 1, i - 2];
    if (verdicts[summary]!.role !== 'body' || verdicts[headline]!.role !== 'body') continue;
    const [summaryText, headlineText] = [lines[summary]!.text, lines[headline]!.text];
    if (wordCount(summaryText) > 30 || sentenceCount(summaryText) > 2 || /[“”"]/.test(summaryText)) continue;
    if (!isHeadlineLike(headlineText) || endsLikeSentence(headlineText) || wordCount(headlineText) > 15) continue;
    verdicts[summary] = furniture(POSITION_RULES.callLinkBox);
    verdicts[headline] = furniture(POSITION_RULES.callLinkBox);
  }
}

/** A credit set aside: what stands under the lead picture. */
const isCredit = (verdict: LineVerdict | undefined) => verdict?.role === 'furniture' && verdict.rule.kind === 'credit';

/** A quotation of four words or more: a story's line, not a standfirst's. */
const QUOTATION = /[“"][^”"]*(?:\s\S+){3}[^”"]*[”"]/;

/**
 * The standfirst above the lead picture: the first line of prose under the headline (every line
 * between them set aside), at most 45 words in one or two sentences, with no dateline and no
 * quotation, right above a photo credit, or above one line and then the credit (that line is the
 * picture's caption, at most 40 words, with no quotation). The story's prose must follow the credit
 * closely (`storyFollowsPicture`). Returns whether it set lines aside. `verdicts` holds the header's
 * verdicts so far (undefined: not yet decided).
 */
export function markStandfirstAbovePicture(
  lines: readonly SourceLine[],
  verdicts: (LineVerdict | undefined)[],
  headline: number,
  start: number,
): boolean {
  if (headline < 0 || start <= headline || verdicts.slice(headline + 1, start).some((verdict) => !verdict)) return false;
  const text = lines[start]!.text;
  if (wordCount(text) > 45 || sentenceCount(text) > 2 || DATELINE.test(text) || QUOTATION.test(text)) return false;
  let credit = start + 1;
  // A picture's buttons may stand between them (“View Images”; round 8).
  const isButton = (verdict: LineVerdict | undefined) => verdict?.role === 'furniture' && verdict.rule.kind === 'navigation';
  while (isButton(verdicts[credit])) credit++;
  const caption = !verdicts[credit] && credit + 1 < lines.length ? credit : -1;
  if (caption >= 0) {
    const captionText = lines[caption]!.text;
    if (wordCount(captionText) > 40 || sentenceCount(captionText) > 2 || /[“”"]/.test(captionText)) return false;
    credit++;
  }
  if (!isCredit(verdicts[credit])) return false;
  // The story must go on right under the picture: on a video page, chrome follows it (round 16).
  if (!storyFollowsPicture(lines, verdicts, credit)) return false;
  verdicts[start] = furniture(POSITION_RULES.standfirstAbovePicture);
  if (caption >= 0) verdicts[caption] = furniture(POSITION_RULES.captionUnderStandfirst);
  return true;
}
