/**
 * Which of a raw text's header lines is the headline. The position rules take the first
 * headline-shaped line above the story, which on a whole pasted page is often the site's own
 * line ("Home Blog Page 3245", "Play Live Radio", "News Nation & World National politics") and
 * would become the article's title and slug. Above the story a page has section labels,
 * breadcrumbs, a byline and teasers, and the story's headline is the fullest of them: this module
 * moves the headline to the header line with the most words that reads as a headline, and only
 * between lines the rules already set aside, so no line changes between body and furniture.
 */
import { isFirstBriefTitle } from './brief-titles.ts';
import { FULL_NAME } from './copy-name-patterns.ts';
import { POSITION_RULES } from './position-rules.ts';
import type { RuleInfo } from './rule.ts';
import { DATE_RE } from './line-patterns.ts';
import { isHeadlineCase, isHeadlineLike, wordCount } from './text-shape.ts';

/** What a verdict needs here (classify.ts's `LineVerdict`, structurally). */
type Verdict = { role: 'body' } | { role: 'furniture'; rule: RuleInfo };

/** Header lines the headline may move to: those set aside by their place (by the rules or the line model) and the standfirst. */
const HEADER_RULES = new Set<string>([
  POSITION_RULES.headline.name,
  POSITION_RULES.headerLine.name,
  POSITION_RULES.headerLabel.name,
  POSITION_RULES.dek.name,
  'line-model',
]);

/**
 * Not a headline whatever its length: a date or time (a byline or dateline), a breadcrumb or a
 * path ("Home » Tech »", "/ Cory Doctorow /", "Gifts // Outbreak"), a byline, a call to click, a
 * line that opens with the site's call ("Send Comments & News Tips", "Log in Subscribe Today").
 */
const NOT_A_HEADLINE = [
  DATE_RE,
  /\d{1,2}:\d{2}/,
  /[»›|]/,
  /(?:^|\s)\/(?:\s|$)/,
  /^by\s/i,
  /\bclick\b/i,
  /^home\b/i,
  /\/\//,
  /^(?:send|sign (?:in|up)|log ?in|subscribe|follow us)\b/i,
];

/** A headline's length at most; a longer header line below the headline is a standfirst or a caption. */
const HEADLINE_MAX_WORDS = 15;

/** A caption's closing credit ("… (Shalina Chatlani, WWNO)"): no headline to move to, though a headline may end so. */
const CLOSING_PARENTHESIS = /\)$/;

/**
 * A title that names its edition's time at its end, after four words or more (“AP News in Brief at
 * 6:04 a.m. EDT”, round 20): the time is the title's, not a date line's (“Posted at 6:04 a.m.”
 * opens with its verb and has fewer words before “at”).
 */
const TITLE_AT_TIME =
  /^(?!(?:posted|updated|published|modified|last|first)\b)((?:\S+\s+){4,}?)at\s+\d{1,2}:\d{2}\s*(?:[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?$/i;

/**
 * A title with its time stamp glued at its end, a date in figures and a time, after four words or
 * more (“Chinese ministers meeting the press 03-06-2004 13:26”, round 24): a state broadcaster's
 * headline as its page prints it; the stamp is the title's, the words before it are the headline's.
 */
const TITLE_WITH_STAMP = /^((?:\S+\s+){4,}?)(?:\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}|\d{4}[-/.]\d{1,2}[-/.]\d{1,2})\s+\d{1,2}:\d{2}$/;

/**
 * A digest's or briefing's title naming its edition's date after a colon, three words or more before
 * it (“Kyodo News Digest: Aug. 28, 2024”, round 24); “Updated: Aug. 28, 2024” opens with a date line's verb.
 */
const TITLE_WITH_DATE =
  /^(?!(?:posted|updated|published|modified|last|first)\b)((?:\S+\s+){2,}\S+?):\s+(?:\p{L}{3,9}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+\p{L}{3,9}\.?\s+\d{4})$/iu;

/** Whether a header line may be the headline. */
export function mayBeHeadline(text: string): boolean {
  const titled = TITLE_AT_TIME.exec(text.trim()) ?? TITLE_WITH_STAMP.exec(text.trim()) ?? TITLE_WITH_DATE.exec(text.trim());
  const words = titled ? titled[1]!.trim() : text;
  return isHeadlineLike(text) && !NOT_A_HEADLINE.some((pattern) => pattern.test(words));
}

/**
 * The index of the headline among the lines above the story's first body line, or -1 when there
 * is none. The rules' headline stands when it may be one; when it cannot ("Home Blog Page 3245",
 * "Home » Tech » …"), has three words or fewer ("Play Live Radio"), or there is none, the header line with the most words that may be a
 * headline takes its place (the first of equals), the standfirst and the line model's lines included.
 */
export function headlineIndex(texts: readonly string[], verdicts: readonly Verdict[]): number {
  const rulesHeadline = verdicts.findIndex((v) => v.role === 'furniture' && v.rule.name === POSITION_RULES.headline.name);
  const text = texts[rulesHeadline] ?? '';
  const firstBody = verdicts.findIndex((verdict) => verdict.role === 'body');
  const end = firstBody < 0 ? verdicts.length : firstBody;
  if (rulesHeadline >= 0 && mayBeHeadline(text) && wordCount(text) > 3) {
    const titleAbove = titleAboveWriterStandfirst(texts, verdicts, rulesHeadline);
    if (titleAbove >= 0) return titleAbove;
    const fuller = fullerHeadlineBelow(texts, verdicts, rulesHeadline, end);
    return fuller >= 0 ? fuller : rulesHeadline;
  }
  let best = -1;
  let bestWords = 0;
  for (let i = 0; i < end; i++) {
    if (!isCandidate(texts, verdicts, i)) continue;
    const words = wordCount(texts[i]!);
    if (words > bestWords) [best, bestWords] = [i, words];
  }
  return best;
}

/** Whether header line `i` may take the headline: set aside by its place, and shaped like one. */
function isCandidate(texts: readonly string[], verdicts: readonly Verdict[], i: number): boolean {
  const verdict = verdicts[i]!;
  if (verdict.role !== 'furniture' || !HEADER_RULES.has(verdict.rule.name)) return false;
  // A page of briefs: the first brief's title is the story's own heading (round 18).
  return mayBeHeadline(texts[i]!) && !CLOSING_PARENTHESIS.test(texts[i]!) && !isFirstBriefTitle(texts, i);
}

/**
 * A magazine's standfirst that names its writer and what they do (“Amy McArdle speaks to the
 * photojournalists behind …”, “Jane Doe meets …”, round 20): a name, a verb of the writer's in the
 * present and eight words or more. The rules take it for the headline, being the line before the
 * story; the headline is the shorter title right above it.
 */
const WRITER_STANDFIRST = new RegExp(
  String.raw`^${FULL_NAME}\s+(?:speaks|talks|meets|asks|explores|investigates|examines|visits|reports|looks|travels|goes|finds|discovers|considers|reflects)\b`,
  'u',
);

/**
 * The title right above the rules' headline when that headline is a writer's standfirst: the
 * nearest line above it, set aside by its place and shaped like a headline of three words or more.
 * -1 when none.
 */
function titleAboveWriterStandfirst(texts: readonly string[], verdicts: readonly Verdict[], rulesHeadline: number): number {
  const text = texts[rulesHeadline]!.trim();
  if (wordCount(text) < 8 || !WRITER_STANDFIRST.test(text)) return -1;
  let above = rulesHeadline - 1;
  while (above >= 0 && texts[above]!.trim() === '') above--;
  if (above < 0 || !isCandidate(texts, verdicts, above) || wordCount(texts[above]!) < 3) return -1;
  return above;
}

/**
 * A header line below the rules' headline, before the story, with at least twice its words (six
 * or more): the rules took a short line at the top of the page (a station's tagline, "NPR in
 * Kansas City", above its player bar) while the story's own headline stands lower. -1 when none.
 */
function fullerHeadlineBelow(texts: readonly string[], verdicts: readonly Verdict[], rulesHeadline: number, end: number): number {
  const floor = Math.max(6, 2 * wordCount(texts[rulesHeadline]!));
  for (let i = rulesHeadline + 1; i < end; i++) {
    const verdict = verdicts[i]!;
    if (verdict.role === 'furniture' && verdict.rule.name === POSITION_RULES.dek.name) continue;
    const words = wordCount(texts[i]!);
    if (isCandidate(texts, verdicts, i) && words >= floor && words <= HEADLINE_MAX_WORDS) return i;
  }
  return -1;
}

/**
 * The verdicts with the headline moved to `headlineIndex`'s line: the line the position rules took
 * becomes a header line (a label when it has four words or fewer). When no line may be the
 * headline, none is: the review then asks the editor for a working title rather than publish
 * "Log in Subscribe Today" as one. A standfirst stands under its headline, so one left above the
 * moved headline (the site's tagline under its section label) becomes a header line too, and never
 * the article's dek. Nothing changes between body and furniture.
 */
export function chooseHeadline<V extends Verdict>(texts: readonly string[], verdicts: readonly V[]): V[] {
  const chosen = headlineIndex(texts, verdicts);
  const headerLine = (i: number) => (wordCount(texts[i]!) <= 4 ? POSITION_RULES.headerLabel : POSITION_RULES.headerLine);
  return verdicts.map((verdict, i) => {
    if (verdict.role !== 'furniture') return verdict;
    if (i === chosen) return { ...verdict, rule: POSITION_RULES.headline };
    if (verdict.rule.name === POSITION_RULES.headline.name) return { ...verdict, rule: headerLine(i) };
    if (verdict.rule.name === POSITION_RULES.dek.name && chosen >= 0 && i < chosen) return { ...verdict, rule: headerLine(i) };
    return verdict;
  });
}

/** A media label's word and colon opening a line (“VIDEO: ”, “WATCH: ”, “PHOTOS: ”). */
const MEDIA_PREFIX = /^(?:video|watch|photos?|gallery|audio|listen|map|chart)\s*:\s*/i;

/**
 * The text's first line, set aside as a media label (“VIDEO: RCMP Update On Search For Murder
 * Suspects”), is the story's headline when a title of five words or more in headline case follows the
 * label and the next line is no label of its own: a blog titles a post about a video so (round 21,
 * round 20's held-back half). A label of a few words (“Video: The scene”) stays a label.
 */
export function isMediaTitledHeadline(texts: readonly string[], verdicts: readonly (Verdict | undefined)[], i: number): boolean {
  if (texts.slice(0, i).some((text) => text.trim() !== '')) return false;
  const verdict = verdicts[i];
  if (verdict?.role !== 'furniture' || verdict.rule.name !== 'media-label') return false;
  const title = texts[i]!.trim().replace(MEDIA_PREFIX, '');
  if (title === texts[i]!.trim() || wordCount(title) < 5 || !mayBeHeadline(title)) return false;
  return isHeadlineCase(title);
}

/** Gives the text's first line back to the header rules when it is a media-titled headline (`isMediaTitledHeadline`). */
export function releaseMediaTitledHeadline(texts: readonly string[], verdicts: (Verdict | undefined)[]): void {
  const top = texts.findIndex((text) => text.trim() !== '');
  if (top >= 0 && isMediaTitledHeadline(texts, verdicts, top)) verdicts[top] = undefined;
}
