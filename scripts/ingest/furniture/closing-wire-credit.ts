/**
 * Issue 25, round 39, written on the development half only (round 38's lost line): a story's last
 * paragraph that closes with the wires' credit in brackets, “The board issued its own report on the
 * ferry. (Reuters/NAN)”, is the story's, not a picture's caption. `wire-caption` reads one line alone,
 * and a short sentence ending “(Agency)” is a caption's shape. What tells the story's line from a
 * caption, in any outlet:
 * - the brackets hold agencies' names and nothing else (a known agency, or an agency's capital initials
 *   as wires sign: “NAN”, “PTI”): no photographer's name, no “Photo”;
 * - the words before them are a whole sentence that names no picture (“photo”, “pictured”, “file”,
 *   “left”, …) and gives no date (a caption dates its picture: “…, in Paris, April 17, 2025.”);
 * - it ends the story: a paragraph of the story right above, no line of the story below.
 * classify.ts applies it to the rules' verdicts, before the regions and the line model; the line stays
 * body, listed as doubtful with `wire-caption`.
 */
import type { LineVerdict, SourceLine } from './classify.ts';
import { AGENCY_ONLY, DATE_RE } from './line-patterns.ts';
import { isProse } from './text-shape.ts';

/** The credit in brackets closing a line, and the words before it. */
const CLOSING_BRACKETS = /^(.*\S)\s*\(([^()]+)\)$/u;
/** What separates two agencies in one credit (“Reuters/NAN”, “AFP, dpa”, “AP and Reuters”). */
const AGENCY_SEPARATOR = /\s*(?:\/|,|&|\band\b)\s*/iu;
/** Words that name a picture or a place in it: a caption's words, never a wire story's closing line's. */
const PICTURE_WORDS =
  /\b(?:photos?|photographs?|pictures?|pictured|images?|file|seen|shows?|left|right|cent(?:er|re)|background|foreground|poses?|posing)\b/iu;

/** An agency's capital initials, one word (“NAN”, “PTI”, “IANS”): never a photographer's name. */
const AGENCY_INITIALS = /^\p{Lu}{2,6}$/u;

/** Whether the brackets hold agencies' names and nothing else. */
function isAgenciesOnly(credit: string): boolean {
  const names = credit
    .trim()
    .split(AGENCY_SEPARATOR)
    .map((name) => name.trim());
  return names.every((name) => AGENCY_ONLY.test(name) || AGENCY_INITIALS.test(name));
}

/** A whole sentence of the story before the wires' credit: no picture named, no date given. */
export function isStorySentenceWithWireCredit(text: string): boolean {
  const match = CLOSING_BRACKETS.exec(text.trim());
  if (!match) return false;
  const [, words, credit] = match as unknown as [string, string, string];
  return (
    isAgenciesOnly(credit) && /[.!?]["”’]?$/u.test(words) && isProse(words) && !PICTURE_WORDS.test(words) && !DATE_RE.test(words)
  );
}

/** The nearest line above (`step` −1) or below (+1) that is not blank, or −1. */
function nearestLine(lines: readonly SourceLine[], i: number, step: 1 | -1): number {
  for (let j = i + step; j >= 0 && j < lines.length; j += step) if (lines[j]!.text.trim()) return j;
  return -1;
}

/**
 * Keeps in the body the story's closing line that `wire-caption` took for a caption: a sentence with the
 * wires' credit in brackets, under a paragraph of the story, with no body line after it.
 */
export function keepClosingWireCredit(lines: readonly SourceLine[], verdicts: LineVerdict[]): void {
  for (const [i, verdict] of verdicts.entries()) {
    if (verdict.role !== 'furniture' || verdict.rule.name !== 'wire-caption') continue;
    if (!isStorySentenceWithWireCredit(lines[i]!.text)) continue;
    const above = nearestLine(lines, i, -1);
    if (above < 0 || verdicts[above]!.role !== 'body' || !isProse(lines[above]!.text)) continue;
    if (verdicts.some((later, j) => j > i && later.role === 'body' && lines[j]!.text.trim())) continue;
    verdicts[i] = { role: 'body', block: 'paragraph', doubt: verdict.rule };
  }
}
