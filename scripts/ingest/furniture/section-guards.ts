import type { LineVerdict, SourceLine } from './classify.ts';
import { matchLineRule } from './line-rules.ts';
import { POSITION_RULES } from './position-rules.ts';
import {
  isHeadingLike,
  isHeadlineCase,
  isNamesOnly,
  isProse,
  wordCount,
  nextLineWithText,
  previousLineWithText,
  type TextLine,
} from './text-shape.ts';

/**
 * Issue 25, round 27, written on the development half only from round 26's lost lines: guards for lines
 * of the story that a rule of place, a credit's label or the line model took though they hold no
 * furniture words of their own.
 *
 * - `keepFirstSectionHeading` (classify.ts, last): a line right under the headline taken as the
 *   standfirst (`dek-line`) is the story's first section heading when it is a heading in title case
 *   over a paragraph and the story goes on under more headings of that shape, each over its paragraph.
 * - `isCreditGluedToProse` (glued-credit.ts, read by line-rules.ts's `photo-credit`): a credit glued to
 *   the start of running prose makes no credit line.
 * - `nextEntryTitleLines` (line-model.ts, `keptByShape`): on a page of entries, a title after the
 *   story's prose right above a date line of the same form as the one over the first paragraph is the
 *   next entry's title, the page's own text.
 * - `openingSectionHeadingLines` (line-model.ts, `keptByShape`): a short heading right above the first
 *   paragraph is the story's first section heading when the story holds two more short headings, each
 *   between two paragraphs (a notebook of items, each under its own heading).
 */

/** What the guards read of a line and of its verdict (the line model's lines and verdicts have these too). */
type Role = { readonly role: string; readonly rule?: { readonly name: string; readonly kind: string } };

const isBody = (verdict: Role | undefined): boolean => verdict?.role === 'body';

/** A section heading's shape: a heading in title case, no words of furniture, not a sentence. */
const isTitleCaseHeading = (text: string): boolean =>
  isHeadingLike(text) && isHeadlineCase(text) && !isProse(text) && matchLineRule(text) === undefined;

/** Whether the line after `i` is body prose: a heading's paragraph. */
const proseUnder = (lines: readonly TextLine[], verdicts: readonly Role[], i: number): boolean => {
  const k = nextLineWithText(lines, i);
  return k >= 0 && isBody(verdicts[k]) && isProse(lines[k]!.text);
};

/**
 * Turns a standfirst taken by its place back into body (doubtful) when it reads as the story's first
 * section heading: a title-case heading right above a paragraph, with at least one more body line of
 * that shape further down, after a paragraph and over one (a weekly report under its own subheadings).
 * A standfirst is a sentence or a phrase about the whole story; the story's own headings repeat.
 */
export function keepFirstSectionHeading(lines: readonly SourceLine[], verdicts: LineVerdict[]): void {
  const dek = verdicts.findIndex((verdict) => verdict.role === 'furniture' && verdict.rule.name === POSITION_RULES.dek.name);
  if (dek < 0 || !isTitleCaseHeading(lines[dek]!.text) || !proseUnder(lines, verdicts, dek)) return;
  const another = lines.some(
    (line, j) =>
      j > nextLineWithText(lines, dek) &&
      isBody(verdicts[j]) &&
      isTitleCaseHeading(line.text) &&
      isBody(verdicts[previousLineWithText(lines, j)]) &&
      proseUnder(lines, verdicts, j),
  );
  const verdict = verdicts[dek]!;
  if (another && verdict.role === 'furniture') verdicts[dek] = { role: 'body', block: 'heading', doubt: verdict.rule };
}

/** A date line's form: its first two words, digits masked (“posted on ##/##/####” → “posted on”). */
const formOf = (text: string): string => text.trim().replace(/\d/g, '#').split(/\s+/).slice(0, 2).join(' ').toLowerCase();

/**
 * On a page of entries (a portal's news page, a category page): a title after a paragraph of the story
 * right above a byline set aside by its words, of the same form as the first byline that stands right
 * above a paragraph, is the next entry's title, the page's own text as the first entry's paragraphs are.
 */
export function nextEntryTitleLines(lines: readonly TextLine[], verdicts: readonly Role[]): boolean[] {
  const titles = lines.map(() => false);
  // The first entry's date line: the first byline set aside right above a paragraph.
  const opening = lines.findIndex((_, i) => verdicts[i]!.rule?.kind === 'byline' && proseUnder(lines, verdicts, i));
  if (opening < 0) return titles;
  const first = nextLineWithText(lines, opening);
  const form = formOf(lines[opening]!.text);
  if (!/\p{L}/u.test(form) && !form.includes('#')) return titles;
  for (let i = first + 1; i < lines.length; i++) {
    const [above, below] = [previousLineWithText(lines, i), nextLineWithText(lines, i)];
    if (below < 0 || !isHeadingLike(lines[i]!.text) || isProse(lines[i]!.text) || wordCount(lines[i]!.text) < 3) continue;
    const dated = verdicts[below]!.rule?.kind === 'byline' && formOf(lines[below]!.text) === form;
    if (dated && isBody(verdicts[above]) && isProse(lines[above]!.text)) titles[i] = true;
  }
  return titles;
}

/** A section heading's length and look: one to eight words, no sentence, no name alone, no figures, no furniture words. */
const isShortHeading = (text: string): boolean => {
  const trimmed = text.trim();
  const words = wordCount(trimmed);
  return (
    words >= 1 &&
    words <= 8 &&
    !isProse(trimmed) &&
    !isNamesOnly(trimmed) &&
    !/\d/.test(trimmed) &&
    matchLineRule(trimmed) === undefined
  );
};

/**
 * The story's first section heading, right above its first paragraph (where the header's lines stand):
 * a short heading with a capital first, no words of furniture, printed nowhere above (a headline printed
 * twice is no heading), when two short headings or more of the story (a capital first or not: “@potus.”)
 * stand each between two of its paragraphs. The model, which sees a short line under the headline, never
 * takes it.
 */
export function openingSectionHeadingLines(lines: readonly TextLine[], verdicts: readonly Role[]): boolean[] {
  const kept = lines.map(() => false);
  const prose = lines.map((line, i) => isBody(verdicts[i]) && isProse(line.text));
  const first = prose.indexOf(true);
  const opening = previousLineWithText(lines, first);
  if (first < 0 || opening < 0) return kept;
  const text = lines[opening]!.text.trim();
  if (!isShortHeading(text) || !/^\p{Lu}/u.test(text) || lines.some((line, i) => i < opening && line.text.trim() === text))
    return kept;
  let headings = 0;
  for (let j = first + 1; j < lines.length; j++) {
    if (!isBody(verdicts[j]) || !isShortHeading(lines[j]!.text)) continue;
    const [above, below] = [previousLineWithText(lines, j), nextLineWithText(lines, j)];
    if (above >= 0 && below >= 0 && prose[above] && prose[below]) headings++;
  }
  kept[opening] = headings >= 2;
  return kept;
}
