/**
 * "After false starts, the U.S., Ukraine, and Europe reportedly hammered out elements of a deal":
 * a clause the article gives as reported by others without saying who. It is a reported statement
 * with no source, so it never gets a speaker. Each "reportedly" reads a bounded window of its
 * sentence, so a paragraph is read in linear time.
 */
import type { QuotedText } from '../text/quoted-text.ts';
import type { CueClause } from './clause-bounds.ts';

/** Where a "reportedly" clause lies in its block: its words and its cue. */
export type ReportedlyClause = CueClause;

const REPORTEDLY = /\breportedly\b/gu;
/** How far before "reportedly" its clause may start, and after it end, in characters. */
const CLAUSE_REACH = 400;
/** What closes an aside or an introduction before a clause: a dash, a colon, a semicolon or a bracket. */
const CLAUSE_OPENER = /[—–:;()]/u;
/** A sentence's closing punctuation, left out of the words. */
const CLOSING = /[\s.!?;:,—–-]+$/u;
/** A clause shorter than this many words reports nothing a reader would point to. */
const MIN_WORDS = 4;

/**
 * The "reportedly" clauses of a block, outside quotes: from the clause's start (the sentence's, or
 * after the last dash, colon, semicolon or bracket before "reportedly") to the sentence's end. A
 * clause that holds another speech cue (`cueStarts`, in order) is left to that cue's statement.
 */
export function reportedlyClauses(quotedText: QuotedText, cueStarts: readonly number[]): ReportedlyClause[] {
  const { text } = quotedText;
  const clauses: ReportedlyClause[] = [];
  for (const match of text.matchAll(REPORTEDLY)) {
    const cueStart = match.index;
    const cueEnd = cueStart + match[0].length;
    if (quotedText.isQuoted(cueStart)) continue;
    const sentence = quotedText.sentenceAround(cueStart, cueEnd);
    let start = Math.max(sentence.start, cueStart - CLAUSE_REACH);
    for (let at = cueStart - 1; at >= start; at--) {
      if (CLAUSE_OPENER.test(text[at]!) && !quotedText.isQuoted(at)) {
        start = at + 1;
        break;
      }
    }
    while (start < cueStart && /\s/u.test(text[start]!)) start++;
    const window = text.slice(cueEnd, Math.min(sentence.end, cueEnd + CLAUSE_REACH));
    const end = cueEnd + window.length - (CLOSING.exec(window)?.[0].length ?? 0);
    if (end <= cueEnd || (text.slice(start, end).match(/\S+/gu)?.length ?? 0) < MIN_WORDS) continue;
    if (cueStarts.some((at) => at >= start && at < end && at !== cueStart)) continue;
    clauses.push({ start, end, cueStart, cueEnd });
  }
  return clauses;
}
