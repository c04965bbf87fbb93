import { matchLineRule } from './line-rules.ts';
import { isHeadingLike, isProse, wordCount, nextLineWithText, previousLineWithText, type TextLine } from './text-shape.ts';

/**
 * Issue 25, round 29, written on the development half only from round 28's lost line: on a blog's front
 * page of posts, a later post's title stands over its date line (“Friday 29 May 2015 - Eye witness”)
 * under the previous post's last line, which may be a “Continue reading...” link rather than a paragraph,
 * and the first post may have no date line at all (round 27's `nextEntryTitleLines` needs both). The
 * page's posts share one form of date line, weekday, month and figures aside: `datedPostTitleLines`
 * (line-model.ts, `keptByShape`) says a title over such a date line is the page's own text when the
 * text holds two date lines of that form, one of them over a post's paragraph.
 */

/** What the guard reads of a line and of its verdict (the line model's lines and verdicts have these too). */
type Role = { readonly role: string };

const WEEKDAY = /\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b/giu;
const MONTH =
  /\b(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\b\.?/giu;
const NUMERIC_DATE = /\b\d{1,4}[./-]\d{1,2}[./-]\d{1,4}\b/u;

/** A post's date line: short, with a month's name and a figure, or a date in figures. */
function isDateLine(text: string): boolean {
  if (wordCount(text) > 12 || isProse(text)) return false;
  MONTH.lastIndex = 0;
  return (MONTH.test(text) && /\d/.test(text)) || NUMERIC_DATE.test(text);
}

/** A date line's form: weekday and month names and figures masked (“Friday 29 May 2015 - Eye witness” → “w # m # - eye witness”). */
export function dateLineForm(text: string): string {
  return text.trim().toLowerCase().replace(WEEKDAY, 'w').replace(MONTH, 'm').replace(/\d+/g, '#').replace(/\s+/g, ' ');
}

/** A post's title: a heading of two to twelve words, no sentence, no words of furniture. */
const isPostTitle = (text: string): boolean => {
  const trimmed = text.trim();
  const words = wordCount(trimmed);
  return words >= 2 && words <= 12 && isHeadingLike(trimmed) && !isProse(trimmed) && matchLineRule(trimmed) === undefined;
};

/**
 * For each line: a later post's title on a page of dated posts — a title after the first paragraph of the
 * text, right above a date line whose form (weekday, month, figures masked) two date lines of the text
 * share, where one date line of that form stands over a post's paragraph (within two lines).
 */
export function datedPostTitleLines(lines: readonly TextLine[], verdicts: readonly Role[]): boolean[] {
  const titles = lines.map(() => false);
  const proseBody = (i: number) => i >= 0 && verdicts[i]!.role === 'body' && isProse(lines[i]!.text);
  const firstProse = lines.findIndex((_, i) => proseBody(i));
  if (firstProse < 0) return titles;
  const forms = new Map<string, { count: number; overPost: boolean }>();
  for (const [i, line] of lines.entries()) {
    if (!isDateLine(line.text)) continue;
    const form = dateLineForm(line.text);
    const entry = forms.get(form) ?? { count: 0, overPost: false };
    const [one, two] = [nextLineWithText(lines, i), nextLineWithText(lines, nextLineWithText(lines, i))];
    forms.set(form, { count: entry.count + 1, overPost: entry.overPost || proseBody(one) || (one >= 0 && proseBody(two)) });
  }
  for (let i = firstProse + 1; i < lines.length; i++) {
    const below = nextLineWithText(lines, i);
    if (below < 0 || !isPostTitle(lines[i]!.text) || !isDateLine(lines[below]!.text)) continue;
    const shared = forms.get(dateLineForm(lines[below]!.text));
    if (shared && shared.count >= 2 && shared.overPost) titles[i] = true;
  }
  return titles;
}

/** A post's meta line: short, not a sentence, a “Key: value” line (“Source: …”, “Length: …”) or a date line. */
function isPostMetaLine(text: string): boolean {
  const trimmed = text.trim();
  if (wordCount(trimmed) > 12 || isProse(trimmed)) return false;
  return /^[\p{L} ]{2,20}:\s+\S/u.test(trimmed) || isDateLine(trimmed);
}

/**
 * Issue 25, round 30, from round 29's lost line (a page of posts cut right after a post's title): the text's
 * last line, a post's title right under the previous post's meta lines (one to four “Key: value” or date
 * lines under its paragraph), is the page's own text when an earlier post's title stands in the same place,
 * a title kept as body right under a paragraph and over its own paragraph (within two lines).
 */
export function closingPostTitleLines(lines: readonly TextLine[], verdicts: readonly Role[]): boolean[] {
  const titles = lines.map(() => false);
  const proseBody = (i: number) => i >= 0 && verdicts[i]!.role === 'body' && isProse(lines[i]!.text);
  const end = previousLineWithText(lines, lines.length);
  if (end < 0 || !isPostTitle(lines[end]!.text)) return titles;
  let above = previousLineWithText(lines, end);
  let metaLines = 0;
  while (above >= 0 && metaLines < 4 && isPostMetaLine(lines[above]!.text)) {
    metaLines += 1;
    above = previousLineWithText(lines, above);
  }
  if (metaLines === 0 || !proseBody(above)) return titles;
  const earlierTitle = lines.some((line, i) => {
    if (i >= above || verdicts[i]!.role !== 'body' || !isPostTitle(line.text)) return false;
    const [one, two] = [nextLineWithText(lines, i), nextLineWithText(lines, nextLineWithText(lines, i))];
    return proseBody(previousLineWithText(lines, i)) && (proseBody(one) || (one >= 0 && proseBody(two)));
  });
  titles[end] = earlierTitle;
  return titles;
}
