import type { LineVerdict, SourceLine } from './classify.ts';
import { POSITION_RULES } from './position-rules.ts';
import type { RuleInfo } from './rule.ts';
import { isProse, wordCount } from './text-shape.ts';

/**
 * Regions of issue 25, round 25 (classify.ts applies them to raw texts, after the guards), written on the
 * development half only from round 24's misses: an aggregator's list of dated teasers with their sources,
 * the points of a machine-made summary under its notice, and a standfirst the first paragraph repeats
 * after its dateline. Each takes only lines still in the body, and each needs a shape no paragraph of a
 * story has: a date and a source alone on their lines around a summary, twice; a notice naming the
 * summary as machine-made; the same words printed twice, the second time after a dateline.
 */

const MONTH = String.raw`(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?`;

/** A date alone on its line: “Apr 30”, “April 30, 2019”, “30 Apr 2019”, “2019-04-30”. */
const DATE_ALONE = new RegExp(
  String.raw`^(?:${MONTH}\s+\d{1,2}(?:,?\s+\d{4})?|\d{1,2}\s+${MONTH}(?:\s+\d{4})?|\d{4}-\d{2}-\d{2})$`,
  'i',
);

/** A source alone in brackets: “(NHK)”, “(Japan Today)”, “(Kyodo News)”. */
const SOURCE_ALONE = /^\(\s*\p{Lu}[\p{L}\p{N}.&'’ -]{0,40}\)$/u;

/** A dateline that opens a paragraph, in capitals or not: “Hanoi (VNA) – ”, “PARIS, May 3 (AP) — ”, “New Delhi: ”. */
const OPENING_DATELINE = /^\p{Lu}[\p{L}\p{N} .,'’-]{1,40}(?:\s*\([^)]{2,30}\))?\s*[-–—:]\s+/u;

const isBody = (verdict: LineVerdict | undefined): boolean => verdict?.role === 'body';
const furniture = (rule: RuleInfo): LineVerdict => ({ role: 'furniture', rule });

/** Where a dated teaser that starts at `i` ends (its source line), or -1: a date, one to three lines, a source. */
function datedTeaserEnd(lines: readonly SourceLine[], i: number): number {
  if (!DATE_ALONE.test(lines[i]?.text.trim() ?? '')) return -1;
  for (let j = i + 2; j <= i + 4 && j < lines.length; j++) {
    if (SOURCE_ALONE.test(lines[j]!.text.trim())) return j;
    if (wordCount(lines[j]!.text) > 60 || DATE_ALONE.test(lines[j]!.text.trim())) return -1;
  }
  return -1;
}

/**
 * An aggregator's list of other stories after the one it carries: two or more entries in a row, each a
 * date alone on its line, a summary of one to three lines and the source alone in brackets.
 */
export function markDatedTeaserLists(lines: readonly SourceLine[], verdicts: LineVerdict[]): void {
  for (let i = 0; i < lines.length; i++) {
    const ends: number[] = [];
    for (let at = i, end = datedTeaserEnd(lines, at); end >= 0; at = end + 1, end = datedTeaserEnd(lines, at)) ends.push(end);
    if (ends.length < 2) continue;
    const last = ends[ends.length - 1]!;
    for (let j = i; j <= last; j++) if (isBody(verdicts[j])) verdicts[j] = furniture(POSITION_RULES.datedTeaserList);
    i = last;
  }
}

/** Rules that take a line near the top by its place alone: under a summary's notice, the summary's name is surer. */
const TOP_PLACE_RULES: readonly string[] = [POSITION_RULES.headline.name, POSITION_RULES.dek.name];

/** A line still in the body, or taken only by its place at the top. */
const isOpenAtTop = (verdict: LineVerdict | undefined): boolean =>
  isBody(verdict) || (verdict?.role === 'furniture' && TOP_PLACE_RULES.includes(verdict.rule.name));

/**
 * The points of a machine-made summary: up to four short lines right under its notice (set aside by
 * `ai-summary-notice`), none opening with a dateline, with a paragraph of prose after them. A line under
 * the notice is the summary's even where the headline or the standfirst rule took it by its place: the
 * notice stands between the page's header and the summary.
 */
export function markSummaryUnderNotice(lines: readonly SourceLine[], verdicts: LineVerdict[]): void {
  for (let i = 0; i < lines.length; i++) {
    const notice = verdicts[i]!;
    if (notice.role !== 'furniture' || notice.rule.name !== 'ai-summary-notice') continue;
    let end = i + 1;
    while (
      end < lines.length &&
      end <= i + 4 &&
      isOpenAtTop(verdicts[end]) &&
      wordCount(lines[end]!.text) <= 35 &&
      !OPENING_DATELINE.test(lines[end]!.text.trim())
    )
      end++;
    const storyAfter = lines.slice(end).some((line, j) => isBody(verdicts[end + j]) && isProse(line.text));
    if (end === i + 1 || !storyAfter) continue;
    for (let j = i + 1; j < end; j++) verdicts[j] = furniture(POSITION_RULES.summaryUnderNotice);
  }
}

/** A line's words, for comparing two printings of the same text. */
const wordsOf = (text: string): string => text.trim().replace(/\s+/g, ' ');

/**
 * A standfirst printed again as the first paragraph after its dateline: a line of eight words or more near the
 * top whose words, all of them, open one of the next three lines right after a dateline (“Hanoi (VNA) – …”).
 */
export function markRepeatedStandfirsts(lines: readonly SourceLine[], verdicts: LineVerdict[]): void {
  for (let i = 0; i < Math.min(lines.length, 12); i++) {
    if (!isBody(verdicts[i]) || wordCount(lines[i]!.text) < 8) continue;
    const standfirst = wordsOf(lines[i]!.text);
    for (let j = i + 1; j <= i + 3 && j < lines.length; j++) {
      const paragraph = wordsOf(lines[j]!.text);
      const dateline = OPENING_DATELINE.exec(paragraph);
      if (!isBody(verdicts[j]) || !dateline || !paragraph.slice(dateline[0].length).startsWith(standfirst)) continue;
      verdicts[i] = furniture(POSITION_RULES.repeatedStandfirst);
      break;
    }
  }
}
