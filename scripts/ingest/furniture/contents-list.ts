import type { LineVerdict, SourceLine } from './classify.ts';
import { DATE_RE } from './line-patterns.ts';
import { matchLineRule } from './line-rules.ts';
import type { RuleInfo } from './rule.ts';
import { isHeadingLike, isProse, previousLineWithText, wordCount } from './text-shape.ts';

/**
 * Issue 25, round 32, written on the development half only (round 31's misses): a list of contents at the
 * top of a page of items (a daily briefing's jump links: “Fuel for Debate” / “Managing Malaria” / …), each
 * item's title on its line, and under the list the first item's title printed again as its heading, right
 * above its first paragraph (a pasted text's blank lines are gone, so the heading follows the list). The list is the page's navigation; the heading printed again is the story's.
 * classify.ts applies it last, after the line model, which reads each line alone.
 */

/** A line of a list of contents: a jump link to one of the page's items. */
export const CONTENTS_LIST: RuleInfo = {
  name: 'contents-list',
  kind: 'navigation',
  description:
    'a list of contents before the first paragraph: two short titles or more in a row, the first of them printed again as the heading over the first paragraph',
  origin: 'issue 25, round 32: a magazine’s daily briefing with jump links (round 31’s half, now development, Mother Jones)',
};

/** The most words of a title in the list. */
const TITLE_MAX_WORDS = 10;

const sameWords = (a: string, b: string): boolean => a.trim().replace(/\s+/g, ' ') === b.trim().replace(/\s+/g, ' ');

/**
 * Whether a line may be a title in a list of contents: two words to ten, shaped like a heading, no sentence,
 * no date, and no line a rule of words names (a header's “PDF drucken” and date between two printings of the
 * headline are no list).
 */
const isListTitle = (text: string): boolean => {
  const words = wordCount(text);
  return (
    words >= 2 &&
    words <= TITLE_MAX_WORDS &&
    isHeadingLike(text) &&
    !isProse(text) &&
    !DATE_RE.test(text) &&
    matchLineRule(text) === undefined
  );
};

/**
 * The list of contents and the heading printed again under it, or null: a run of list titles right above
 * the first body line of prose, whose last line is its first title again (the first item's heading), with
 * two titles or more before it.
 */
export function findContentsList(
  lines: readonly SourceLine[],
  verdicts: readonly LineVerdict[],
): { list: number[]; heading: number } | null {
  const firstProse = lines.findIndex((line, i) => verdicts[i]!.role === 'body' && isProse(line.text));
  const heading = previousLineWithText(lines, firstProse);
  if (firstProse < 0 || heading < 0 || !isListTitle(lines[heading]!.text)) return null;
  let start = heading;
  for (let k = previousLineWithText(lines, heading); k >= 0 && isListTitle(lines[k]!.text); k = previousLineWithText(lines, k)) {
    start = k;
    if (sameWords(lines[k]!.text, lines[heading]!.text)) break;
  }
  const listed = lines.slice(start, heading).filter((line) => line.text.trim() !== '').length;
  if (listed < 2 || !sameWords(lines[start]!.text, lines[heading]!.text)) return null;
  const list = lines.flatMap((line, i) => (i >= start && i < heading && line.text.trim() !== '' ? [i] : []));
  return { list, heading };
}

/** Sets aside a list of contents (`findContentsList`) and keeps the first title printed again as the story's heading. */
export function markContentsList(lines: readonly SourceLine[], verdicts: LineVerdict[]): void {
  const found = findContentsList(lines, verdicts);
  if (!found) return;
  for (const i of found.list) {
    const verdict = verdicts[i]!;
    if (verdict.role === 'furniture' && verdict.rule.kind === 'headline') return;
  }
  for (const i of found.list) verdicts[i] = { role: 'furniture', rule: CONTENTS_LIST };
  const verdict = verdicts[found.heading]!;
  verdicts[found.heading] = { role: 'body', block: 'heading', ...(verdict.role === 'furniture' ? { doubt: verdict.rule } : {}) };
}
