import type { LineVerdict, RuleName, SourceLine } from './classify.ts';
import { POSITION_RULES } from './position-rules.ts';
import type { RuleInfo } from './rule.ts';
import {
  DATELINE,
  endsLikeSentence,
  endsTruncated,
  isCaptionLike,
  isHeadlineLike,
  isNamesOnly,
  isProse,
  placesPeopleInPicture,
  sentenceCount,
  wordCount,
} from './text-shape.ts';

/**
 * Position rules for regions of a raw text that a single line does not give away (issue 25,
 * round 3): the stretch between the headline and the byline, a box about another story inside
 * the article, the cards of other stories at the end, a caption repeated under its picture and
 * the name above a newsletter promo. The classifier (classify.ts) calls them; each sets a line
 * aside only when the whole region has its shape, and leaves the text alone otherwise.
 */

/** The verdict sets its line aside, by one of the rules `names`. */
export function setAsideBy(verdict: LineVerdict | undefined, names: readonly RuleName[]): boolean {
  return verdict?.role === 'furniture' && names.some((name) => name === verdict.rule.name);
}

const furniture = (rule: RuleInfo): LineVerdict => ({ role: 'furniture', rule });
const isBody = (verdict: LineVerdict | undefined): boolean => verdict?.role === 'body';

/** Line `b` comes right after line `a` in the raw text, with no blank line between (one block of the page). */
function follows(lines: readonly SourceLine[], a: number, b: number): boolean {
  return lines[b]!.line === lines[a]!.line + 1;
}

/** Rules that name a byline or a date line: what ends a page's header. */
export const BYLINE_RULES: readonly RuleName[] = [
  'byline',
  'dateline-byline',
  'labelled-meta',
  'glued-byline',
  'bare-name-byline',
  'bracketed-handle',
  'wire-name-byline',
];

/**
 * Between the headline and the byline (or date line) a few lines below it, the lines not yet
 * set aside are the page's header: a name alone is the byline, a line right before its credit or
 * placing people a caption, the line right under the headline the standfirst, a caption-like line
 * below it a caption. Only when the
 * byline (of at most 12 words) comes within 12 lines of the headline, prose follows it, and the
 * lines between are at most two, each of one sentence of at most 50 words, without a dateline or
 * a quotation (a datelined paragraph or a quotation is the story's). `verdicts` holds the header's verdicts so far (undefined: not yet decided).
 */
export function markHeaderBeforeByline(
  lines: readonly SourceLine[],
  verdicts: (LineVerdict | undefined)[],
  headline: number,
): void {
  const open: number[] = [];
  let byline = -1;
  for (let i = headline + 1; i < Math.min(lines.length, headline + 13); i++) {
    if (!verdicts[i]) open.push(i);
    else if (setAsideBy(verdicts[i], BYLINE_RULES)) {
      byline = i;
      break;
    }
  }
  if (byline < 0 || open.length === 0 || open.length > 2 || wordCount(lines[byline]!.text) > 12) return;
  if (!lines.some((line, i) => i > byline && !verdicts[i] && isProse(line.text))) return;
  // A quotation under the headline is the story's, as is a datelined paragraph.
  const storyLike = (text: string) =>
    wordCount(text) > 50 || sentenceCount(text) > 1 || DATELINE.test(text) || /[“”"]/.test(text);
  if (open.some((i) => storyLike(lines[i]!.text))) return;
  for (const i of open) {
    const text = lines[i]!.text;
    const next = verdicts[i + 1];
    const beforeCredit = next?.role === 'furniture' && (next.rule.kind === 'credit' || next.rule.name === 'section-path');
    if (isNamesOnly(text)) verdicts[i] = furniture(POSITION_RULES.bareNameByline);
    else if (beforeCredit || placesPeopleInPicture(text)) verdicts[i] = furniture(POSITION_RULES.headerCaption);
    else if (i === headline + 1) verdicts[i] = furniture(POSITION_RULES.dek);
    else if (isCaptionLike(text)) verdicts[i] = furniture(POSITION_RULES.headerCaption);
    else verdicts[i] = furniture(POSITION_RULES.headerLine);
  }
}

/**
 * The first line of the story, right after a photo credit, is that photo's caption when it is a
 * short sentence (at most eight words: a story's first paragraph is longer) and prose follows.
 */
export function markCaptionAfterCredit(
  lines: readonly SourceLine[],
  verdicts: (LineVerdict | undefined)[],
  start: number,
): boolean {
  const credit = verdicts[start - 1];
  if (start < 1 || credit?.role !== 'furniture' || !(credit.rule.kind === 'credit' || credit.rule.name === 'section-path'))
    return false;
  const text = lines[start]!.text;
  if (wordCount(text) > 8 || sentenceCount(text) > 1 || /["“”]/.test(text)) return false;
  if (!lines.some((line, i) => i > start && !verdicts[i] && isProse(line.text))) return false;
  verdicts[start] = furniture(POSITION_RULES.headerCaption);
  return true;
}

/**
 * A box about another story inside the article: a headline-like line, the next line its
 * authors' names and nothing else, then up to three lines of summary, the last cut short ("…"),
 * all in one block (no blank line between). Without the cut the box is not sure, and stays.
 */
export function markInlineTeasers(lines: readonly SourceLine[], verdicts: LineVerdict[]): void {
  for (let i = 0; i + 2 < lines.length; i++) {
    const head = lines[i]!.text;
    if (!isBody(verdicts[i]) || !isHeadlineLike(head) || endsLikeSentence(head) || endsTruncated(head)) continue;
    const names = i + 1;
    if (!isBody(verdicts[names]) || !follows(lines, i, names) || !isNamesOnly(lines[names]!.text)) continue;
    let end = -1;
    for (let k = names + 1; k <= names + 3 && k < lines.length && isBody(verdicts[k]) && follows(lines, k - 1, k); k++) {
      if (endsTruncated(lines[k]!.text)) {
        end = k;
        break;
      }
    }
    if (end < 0) continue;
    for (let k = i; k <= end; k++) verdicts[k] = furniture(POSITION_RULES.inlineTeaser);
    i = end;
  }
}

/**
 * In a text whose paragraphs are separated by blank lines, a block of exactly two lines inside the
 * article, a label of at most three words and then a headline of five words or more, neither
 * ending like a sentence, is a link to another story under its kicker ("Politics" over the headline).
 */
export function markKickerHeadlines(lines: readonly SourceLine[], verdicts: LineVerdict[]): void {
  const blocky = lines.some((line, i) => i > 0 && line.line > lines[i - 1]!.line + 1);
  if (!blocky) return;
  for (let i = 1; i + 2 < lines.length; i++) {
    const [kicker, headline] = [lines[i]!, lines[i + 1]!];
    if (!isBody(verdicts[i]) || !isBody(verdicts[i + 1]) || !follows(lines, i, i + 1)) continue;
    if (follows(lines, i - 1, i) || follows(lines, i + 1, i + 2)) continue;
    if (!lines.slice(i + 2).some((line, j) => isBody(verdicts[i + 2 + j]) && isProse(line.text))) continue;
    if (wordCount(kicker.text) > 3 || endsLikeSentence(kicker.text) || !/^\p{Lu}/u.test(kicker.text)) continue;
    if (wordCount(headline.text) < 5 || !isHeadlineLike(headline.text) || endsLikeSentence(headline.text)) continue;
    verdicts[i] = furniture(POSITION_RULES.kickerHeadline);
    verdicts[i + 1] = furniture(POSITION_RULES.kickerHeadline);
  }
}

/** Headings and link labels a box of other stories starts with ("Related", "More", "Read More"). */
const CARD_ANCHORS: readonly RuleName[] = ['related-heading', 'navigation-label'];
/** What a card of another story carries besides its headline: a byline or a time. */
const CARD_STAMPS: readonly RuleName[] = ['byline', 'dateline-byline', 'glued-byline'];

/**
 * Cards of other stories: after a heading or link label, a byline or a time ("8 hrs ago", "By Ann
 * Lee") at least every six lines, twice or more, the last card ending at the next line set aside
 * (or the end of the text) within six lines of its stamp. When every line between is at most 35
 * words and one sentence, with no two sentences in a row, each is a card's label, headline,
 * summary or picture description.
 */
export function markTeaserCards(lines: readonly SourceLine[], verdicts: LineVerdict[]): void {
  for (let anchor = 0; anchor < lines.length; anchor++) {
    if (!setAsideBy(verdicts[anchor], CARD_ANCHORS)) continue;
    const open = cardsAfter(anchor);
    if (!open) continue;
    for (const i of open) verdicts[i] = furniture(POSITION_RULES.teaserCards);
    return;
  }

  function cardsAfter(anchor: number): number[] | null {
    // The stamps, each within six lines of the one before (the first, of the heading).
    let lastStamp = anchor;
    let stamps = 0;
    for (let i = anchor + 1; i < lines.length && i - lastStamp <= 6; i++) {
      if (setAsideBy(verdicts[i], CARD_STAMPS)) [lastStamp, stamps] = [i, stamps + 1];
    }
    if (stamps < 2) return null;
    // The last card goes on after its stamp up to the next line set aside, no further than a card does.
    let end = lastStamp + 1;
    while (end < lines.length && isBody(verdicts[end]) && end - lastStamp <= 6) end++;
    if (end < lines.length && isBody(verdicts[end])) return null;
    const open: number[] = [];
    let sentenceBefore = false;
    for (let i = anchor + 1; i < end; i++) {
      const text = lines[i]!.text;
      if (!isBody(verdicts[i])) {
        sentenceBefore = false;
        continue;
      }
      if (wordCount(text) > 35 || sentenceCount(text) > 1) return null;
      const sentence = endsLikeSentence(text);
      if (sentence && sentenceBefore) return null;
      sentenceBefore = sentence;
      open.push(i);
    }
    return open;
  }
}

/** The content words of a line (four letters or more), lower-cased. */
function contentWords(text: string): Set<string> {
  return new Set((text.toLowerCase().match(/\p{L}{4,}/gu) ?? []).filter((word) => word.length >= 4));
}

/**
 * A line right after a caption, in the same block, that repeats most of the caption's words is
 * the caption again (a page gives the picture's description, then the caption under it); so is a
 * line right before a caption that is the same caption without the credit the second one ends in.
 */
export function markCaptionEchoes(lines: readonly SourceLine[], verdicts: LineVerdict[]): void {
  for (let i = 1; i < lines.length; i++) {
    const before = verdicts[i - 1]!;
    if (!isBody(verdicts[i]) || before.role !== 'furniture' || before.rule.kind !== 'caption' || !follows(lines, i - 1, i))
      continue;
    const text = lines[i]!.text;
    if (wordCount(text) > 30 || sentenceCount(text) > 1) continue;
    const words = contentWords(text);
    const caption = contentWords(lines[i - 1]!.text);
    const shared = [...words].filter((word) => caption.has(word)).length;
    if (shared >= 3 && shared >= words.size / 2) verdicts[i] = furniture(POSITION_RULES.captionEcho);
  }
  // Round 24: the caption printed twice, first alone, then with its credit glued on (“… mainland.Credit: AP”).
  for (let i = 0; i + 1 < lines.length; i++) {
    const after = verdicts[i + 1]!;
    if (!isBody(verdicts[i]) || after.role !== 'furniture' || after.rule.kind !== 'caption') continue;
    const [text, captioned] = [lines[i]!.text.trim(), lines[i + 1]!.text.trim()];
    const credit = captioned.slice(text.length);
    if (wordCount(text) >= 4 && captioned.startsWith(text) && credit !== '' && wordCount(credit) <= 8)
      verdicts[i] = furniture(POSITION_RULES.captionEcho);
  }
}

/** A label of at most three words right above a newsletter promo, in its block, is the newsletter's name. */
export function markPromoLabels(lines: readonly SourceLine[], verdicts: LineVerdict[]): void {
  for (let i = 0; i + 1 < lines.length; i++) {
    const next = verdicts[i + 1]!;
    const text = lines[i]!.text;
    if (!isBody(verdicts[i]) || next.role !== 'furniture' || next.rule.kind !== 'newsletter' || !follows(lines, i, i + 1))
      continue;
    if (wordCount(text) <= 3 && !endsLikeSentence(text)) verdicts[i] = furniture(POSITION_RULES.promoLabel);
  }
}

/** A running time alone ("3:14"): a playlist's entry. */
const BARE_RUNNING_TIME = /^\d{1,2}:\d{2}(?::\d{2})?$/;
/** A player's play button with the running time ("Play Video - 2:46", "Watch (1:02)"). */
const PLAY_WITH_RUNNING_TIME = /^(?:play|watch)\b.{0,20}\b\d{1,2}:\d{2}\)?$/i;

/**
 * A video player's playlist inside the article: a short line that is no sentence, in the same
 * block right after a running time alone, or right before the play button with one, is a
 * video's title.
 */
export function markPlaylistTitles(lines: readonly SourceLine[], verdicts: LineVerdict[]): void {
  const isMarker = (i: number, shape: RegExp) => verdicts[i]!.role === 'furniture' && shape.test(lines[i]!.text.trim());
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i]!.text;
    if (!isBody(verdicts[i]) || wordCount(text) > 20 || /[.;,]["'”’)]*$/.test(text.trim())) continue;
    const afterRunningTime = i > 0 && follows(lines, i - 1, i) && isMarker(i - 1, BARE_RUNNING_TIME);
    const beforePlayButton = i + 1 < lines.length && follows(lines, i, i + 1) && isMarker(i + 1, PLAY_WITH_RUNNING_TIME);
    if (afterRunningTime || beforePlayButton) verdicts[i] = furniture(POSITION_RULES.playlistTitle);
  }
}

/**
 * A headline that ends in "!" or "?" reads as a sentence, so the first paragraph seems to start
 * with it. It is the headline when nothing but short labels stands above it and a header follows
 * it before the next paragraph: at least two lines, all short and none prose, one of them set
 * aside by a line rule (a share bar, a byline). Returns where the first paragraph really starts.
 */
export function startAfterHeadlineLikeSentence(
  lines: readonly SourceLine[],
  verdicts: readonly (LineVerdict | undefined)[],
  start: number,
): number {
  const text = lines[start]!.text.trim();
  if (!/[!?]["'”’)]*$/.test(text) || wordCount(text) > 25 || sentenceCount(text) > 1) return start;
  if (lines.slice(0, start).some((line, i) => !verdicts[i] && wordCount(line.text) > 4)) return start;
  const next = lines.findIndex((line, i) => i > start && !verdicts[i] && isProse(line.text));
  // A question titled as a headline under labels alone (“25 Years of You Said What?”, round 21): the
  // story starts below it, though its standfirst follows right under it.
  if (
    next > start &&
    isTitledQuestion(text) &&
    lines.slice(0, start).every((line, i) => verdicts[i] || wordCount(line.text) <= 4)
  )
    return next;
  if (next < start + 3) return start;
  const header = lines.slice(start + 1, next).map((line, j) => ({ text: line.text, verdict: verdicts[start + 1 + j] }));
  if (!header.some((line) => line.verdict)) return start;
  return header.every((line) => line.verdict || wordCount(line.text) <= 6) ? next : start;
}

/** Short words a title leaves in lower case, even among words of three letters or more. */
const TITLE_SMALL_WORDS = new Set([
  'the',
  'and',
  'for',
  'nor',
  'but',
  'yet',
  'with',
  'from',
  'into',
  'over',
  'than',
  'that',
  'upon',
]);

/**
 * A question in title case: every word of three letters or more but the small ones capitalised, four
 * such words or more, twelve words at most (“25 Years of You Said What?”). A sentence has a verb in lower case.
 */
export function isTitledQuestion(text: string): boolean {
  const trimmed = text.trim();
  if (!/\?["'”’)]*$/.test(trimmed) || wordCount(trimmed) > 12) return false;
  const words = trimmed.split(/\s+/).filter((word) => /^\p{L}{3,}/u.test(word) && !TITLE_SMALL_WORDS.has(word.toLowerCase()));
  return words.length >= 4 && words.every((word) => /^\p{Lu}/u.test(word));
}

/** Rules that label a box linking to a video, pictures, tracks or the next story ("Watch", "Next on … >"). */
const LINK_BOX_LABELS: readonly RuleName[] = ['link-box-label', 'next-story-label'];

/**
 * The title under a link box's label ("Watch", "Popular Video", "Next on … >") is the next line,
 * when it is at most 20 words and no sentence of the story: a headline (no full stop at its end)
 * or a lead-in ending in a colon.
 */
export function markLinkBoxTitles(lines: readonly SourceLine[], verdicts: LineVerdict[]): void {
  for (let i = 0; i + 1 < lines.length; i++) {
    if (!setAsideBy(verdicts[i], LINK_BOX_LABELS) || !isBody(verdicts[i + 1])) continue;
    const text = lines[i + 1]!.text.trim();
    if (wordCount(text) > 20) continue;
    if ((isHeadlineLike(text) && !endsLikeSentence(text)) || /:$/.test(text))
      verdicts[i + 1] = furniture(POSITION_RULES.linkBoxTitle);
  }
}

/** A running time, alone or with its section ("2:32", "2:32 | Sports"). */
const RUNNING_TIME_LINE = /^\d{1,2}:\d{2}(?::\d{2})?(?:\s*[|•·]\s*\S.{0,30})?$/u;

/**
 * A video player above the page's header: a running time set aside among the first three lines,
 * no prose above it, then a title of at most 20 words that no prose follows (the page's header
 * comes next: a label, the headline). The title is the video's, not the story's first sentence.
 */
export function markVideoTitleAtTop(lines: readonly SourceLine[], verdicts: (LineVerdict | undefined)[]): void {
  for (let i = 0; i < Math.min(3, lines.length - 2); i++) {
    const text = lines[i]!.text;
    if (!verdicts[i]) {
      if (isProse(text)) return;
      continue;
    }
    if (!RUNNING_TIME_LINE.test(text.trim())) continue;
    const title = lines[i + 1]!.text;
    if (verdicts[i + 1] || wordCount(title) > 20 || /[“”"]/.test(title) || isProse(lines[i + 2]!.text)) return;
    verdicts[i + 1] = furniture(POSITION_RULES.videoTitleAtTop);
    return;
  }
}

/** A label over a standfirst: "Highlights", "Quickly", "Key points", "In brief". */
const STANDFIRST_LABEL = /^(?:highlights|story highlights|quickly|key points|in brief|at a glance|key takeaways)\s*:?$/i;

/**
 * A standfirst under its label in the page's header: the label among the first 15 lines with no
 * prose above it, then up to four lines of at most 60 words each, the run ending at a line set
 * aside (a caption, a share bar) with the story's prose after it.
 */
export function markStandfirstUnderLabel(lines: readonly SourceLine[], verdicts: (LineVerdict | undefined)[]): void {
  for (let i = 0; i < Math.min(lines.length, 15); i++) {
    const text = lines[i]!.text;
    if (!verdicts[i] && isProse(text)) return;
    if (verdicts[i] || !STANDFIRST_LABEL.test(text.trim())) continue;
    const run: number[] = [];
    let end = i + 1;
    while (end < lines.length && !verdicts[end] && run.length < 4 && wordCount(lines[end]!.text) <= 60) run.push(end++);
    if (run.length === 0 || end >= lines.length || !verdicts[end]) return;
    if (!lines.some((line, k) => k > end && !verdicts[k] && isProse(line.text))) return;
    verdicts[i] = furniture(POSITION_RULES.standfirstLabel);
    for (const k of run) verdicts[k] = furniture(POSITION_RULES.labelledStandfirst);
    return;
  }
}

/** Rules that name a player's or a gallery's control ("Caption", "Play"). */
const PLAYER_CONTROLS: readonly RuleName[] = ['gallery-label', 'video-marker'];

/**
 * A player's item between two of its controls: when the same control ("Caption") comes twice with
 * one or two lines between, the first a title (no full stop at its end), each of at most 40 words,
 * those lines are the item's title and summary (a carousel repeats its controls for every video).
 */
export function markBetweenPlayerControls(lines: readonly SourceLine[], verdicts: LineVerdict[]): void {
  for (let i = 0; i < lines.length; i++) {
    if (!setAsideBy(verdicts[i], PLAYER_CONTROLS)) continue;
    const control = lines[i]!.text.trim().toLowerCase();
    let j = i + 1;
    while (j < lines.length && j <= i + 3 && isBody(verdicts[j]) && wordCount(lines[j]!.text) <= 40) j++;
    if (j === i + 1 || j >= lines.length || j > i + 3) continue;
    const title = lines[i + 1]!.text;
    if (!isHeadlineLike(title) || endsLikeSentence(title)) continue;
    if (!setAsideBy(verdicts[j], PLAYER_CONTROLS) || lines[j]!.text.trim().toLowerCase() !== control) continue;
    for (let k = i + 1; k < j; k++) verdicts[k] = furniture(POSITION_RULES.playerItem);
  }
}
