import type { LineVerdict, SourceLine } from './classify.ts';
import { isHeadingLike, isHeadlineLike, isLineContinuation, isNamesOnly, isProse, wordCount } from './text-shape.ts';

/**
 * Guards of issue 25, round 10 (written on the development half only): short lines that a rule of
 * position would take for labels (header-label above the first paragraph, closing-run after the
 * last) but that belong to the story's own structure, as a letters page has it: a letter's headline
 * broken over two lines, and the letters' signatures (a name, a town). The classifier (classify.ts)
 * asks them before it sets such lines aside; a line they keep stays body.
 */

/**
 * Right above the first paragraph, below the headline, the story's own heading broken over two
 * lines: a short heading-like line and the rest of it opening in lower case (“Alameda County DA” /
 * “is coddling criminals”). A label of the page's header is whole on its line. Returns the two
 * lines' indexes, or none.
 */
export function splitHeadingAbove(
  lines: readonly SourceLine[],
  verdicts: readonly (LineVerdict | undefined)[],
  start: number,
): number[] {
  const [first, second] = [start - 2, start - 1];
  if (first < 1 || verdicts[first] || verdicts[second]) return [];
  if (!isHeadingLike(lines[first]!.text) || !isLineContinuation(lines[second]!.text)) return [];
  const headlineAbove = lines.slice(0, first).some((line, i) => !verdicts[i] && isHeadlineLike(line.text));
  return headlineAbove ? [first, second] : [];
}

/** The place under a signer's name: at most three words, no final stop (“Walnut Creek”, “Clayton”). */
const isPlaceLine = (text: string) =>
  wordCount(text) <= 3 && !/[.!?…;:,]["'”’)\]]*$/.test(text.trim()) && /^\p{Lu}/u.test(text.trim());

/**
 * How many lines at the head of a closing run (after the last paragraph) are the story's own
 * signature: a name, and maybe a place under it (“Jon Rego” / “Clayton”), when the story signs off
 * the same way before, a paragraph then a body line of names and a place (“Ninfa Wood” / “Walnut
 * Creek”), as letters and contributions are signed. A closing run of tags or other stories'
 * headlines has no such echo: 0.
 */
export function repeatedSignatureLength(
  lines: readonly SourceLine[],
  verdicts: readonly LineVerdict[],
  run: readonly number[],
): number {
  const head = run[0];
  if (head === undefined || !isNamesOnly(lines[head]!.text)) return 0;
  const withPlace = run.length >= 2 && run[1] === head + 1 && isPlaceLine(lines[head + 1]!.text);
  const length = withPlace ? 2 : 1;
  for (let j = 1; j + length <= head; j++) {
    if (verdicts[j - 1]?.role !== 'body' || !isProse(lines[j - 1]!.text)) continue;
    if (verdicts[j]?.role !== 'body' || !isNamesOnly(lines[j]!.text)) continue;
    if (!withPlace || (verdicts[j + 1]?.role === 'body' && isPlaceLine(lines[j + 1]!.text))) return length;
  }
  return 0;
}
