/**
 * A sentence above the page's header (issue 25, round 40, from rounds 38 and 39's misses): a site's
 * notice (“… is preserved here for archival purposes.”) or a ticker of other stories in one long line
 * on the text's first line. Being prose, it was read as the story's first paragraph, so nothing below
 * it was read as the header: the headline, the standfirst and the byline all stayed in the body.
 *
 * The header below shows it: right under the sentence a headline-like line (no final stop), and then,
 * before a second paragraph, what shows where the story starts — a byline or date line its rule set aside,
 * or a name alone with a line set aside right under it (“5 minute read”; a name alone under a paragraph
 * may be a short story's signature), after at most one line of prose (the standfirst), or a first
 * paragraph opening with a dateline. A story's own first paragraph over a
 * subheading has neither.
 */
import type { LineVerdict, SourceLine } from './classify.ts';
import { POSITION_RULES } from './position-rules.ts';
import { isNameAlone } from './standfirst.ts';
import { BYLINE_RULES, setAsideBy } from './text-regions.ts';
import { DATELINE, isHeadlineLike, isProse, wordCount } from './text-shape.ts';

/** A dateline with the agency in brackets after the place and maybe a date (“Johannesburg, 13/11/2018 (MAP) –”). */
const AGENCY_DATELINE = /^\p{Lu}[\p{L}\p{N} .,'’/[\]-]{1,60}\(\p{Lu}{2,}\)\s*[-–—:]/u;

/** How far below the headline-like line the byline or the datelined paragraph may stand. */
const HEADER_REACH = 8;

/** Whether the line opens the story with a dateline, in capitals or with the agency in brackets. */
const opensWithDateline = (text: string) => DATELINE.test(text) || AGENCY_DATELINE.test(text);

/**
 * When the first paragraph of prose (`start`) is a sentence above the page's header, sets it aside
 * (`header-line`) and returns the index of the next prose line, where the header's reading goes on;
 * otherwise returns `start` unchanged.
 */
export function startBelowNoticeAboveHeader(
  lines: readonly SourceLine[],
  verdicts: (LineVerdict | undefined)[],
  start: number,
): number {
  // The text's first line: under a line of the page's own, a sentence is the header's (a standfirst).
  if (lines.slice(0, start).some((line) => line.text.trim() !== '')) return start;
  const notice = lines[start]!.text.trim();
  if (opensWithDateline(notice)) return start;
  // A line printed again below it is the headline, over the header's second printing.
  if (lines.slice(start + 1, start + 2 + HEADER_REACH).some((line) => line.text.trim() === notice)) return start;
  const open = (from: number) => {
    let i = from;
    while (i < lines.length && verdicts[i]) i++;
    return i;
  };
  const nextLine = (from: number) => lines.findIndex((line, j) => j > from && line.text.trim() !== '');
  const headline = open(start + 1);
  const headlineText = lines[headline]?.text ?? '';
  if (!isHeadlineLike(headlineText) || isProse(headlineText)) return start;
  let prose = 0;
  for (let i = headline + 1; i < lines.length && i <= headline + HEADER_REACH; i++) {
    const text = lines[i]!.text.trim();
    if (text === '') continue;
    if (setAsideBy(verdicts[i], BYLINE_RULES) || (!verdicts[i] && isNameAlone(text) && verdicts[nextLine(i)])) {
      return setAsideNotice(lines, verdicts, start);
    }
    if (verdicts[i] || !isProse(text)) continue;
    if (prose === 0 && opensWithDateline(text)) return setAsideNotice(lines, verdicts, start);
    prose++;
    // A standfirst is one line: a second paragraph before any byline is the story's own.
    if (prose > 1 || wordCount(text) > 60) return start;
  }
  return start;
}

/** Sets the notice aside and returns the next paragraph of prose below it. */
function setAsideNotice(lines: readonly SourceLine[], verdicts: (LineVerdict | undefined)[], notice: number): number {
  const next = lines.findIndex((line, i) => i > notice && !verdicts[i] && isProse(line.text));
  if (next < 0) return notice;
  verdicts[notice] = { role: 'furniture', rule: POSITION_RULES.headerLine };
  return next;
}
