/**
 * The publication date a pasted page prints on a line of its own above the story ("19 July 2016
 * 17:00 (UTC +04:00)", "Published: March 3, 2024 at 9:15 am"), for pages whose header the byline rules
 * do not read as a byline or date line. Only a line that is a date and nothing else counts: a
 * caption, a headline or a sentence that names a date does not, and neither does an update stamp
 * ("Updated", "Last modified"), which is not the publication date.
 */
import type { LineVerdict, SourceLine } from './furniture/classify.ts';
import { writtenDateMatch } from './written-date.ts';

/** What may stand beside the date on a date line: weekdays, clock times, time zones, the words of a stamp. */
const BESIDE_A_DATE = [
  /\b(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\b\.?/gi,
  /\b\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\s*(?:[ap]\.?\s?m\.?)?/gi,
  /\b(?:utc|gmt|[ecmp][sd]t|bst|cet|cest|msk|ist)\b/gi,
  /[+−-]\s?\d{1,2}(?::?\d{2})?/g,
  /\b(?:published|posted|on|at)\b/gi,
];

/** A stamp of a later change: its date is not the publication date. */
export const UPDATE_STAMP = /\b(?:updated?|modified|edited|revised|corrected)\b/i;

/**
 * True when `text` writes a valid date and, with the date taken out, has no words left but a weekday,
 * a time, a time zone and a stamp's words.
 */
export function isDateOnlyLine(text: string): boolean {
  if (UPDATE_STAMP.test(text)) return false;
  const match = writtenDateMatch(text);
  if (!match?.date) return false;
  let rest = text.replace(match.text, ' ');
  for (const pattern of BESIDE_A_DATE) rest = rest.replace(pattern, ' ');
  return !/[\p{L}\d]/u.test(rest);
}

/**
 * The first line above the story's first body line that the rules set aside and that is a date
 * line (`isDateOnlyLine`), or undefined.
 */
export function headerDateLine(
  lines: readonly SourceLine[],
  verdicts: readonly (LineVerdict | undefined)[],
): SourceLine | undefined {
  const firstBody = verdicts.findIndex((verdict, i) => verdict?.role === 'body' && lines[i]!.text.trim() !== '');
  const end = firstBody < 0 ? lines.length : firstBody;
  for (let i = 0; i < end; i++) {
    if (verdicts[i]?.role === 'furniture' && isDateOnlyLine(lines[i]!.text)) return lines[i];
  }
  return undefined;
}
