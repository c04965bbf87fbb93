/**
 * Opening guards (issue 25, round 23): the mirror at the top of a text of round 22's closing tail.
 * Round 22's held-back half lost two lines among a text's first lines, neither with a furniture shape
 * of its own: a print view's first line, the first half of a paragraph hard-wrapped in the middle of
 * its sentence, taken for the standfirst under the byline; and a wire dateline alone on its line at
 * the top of a text with no headline, taken by the line model. A line that stops in the middle of
 * its sentence, the rest of it on the next line, is the story's, never a standfirst; a dateline alone
 * right above the paragraph it opens is the story's first words. When in doubt such a line stays
 * body, listed as doubtful with the rule that would have taken it.
 */
import type { LineVerdict } from './classify.ts';
import { LINE_RULES } from './line-rules.ts';
import { endsLikeSentence, isProse, wordCount } from './text-shape.ts';

/** A line as the guards read it (classify.ts's `SourceLine`, the line model's scored line). */
type Line = { text: string };
/** The least a verdict needs to be read: its role. */
type Verdict = { role: 'body' | 'furniture' };

/** The names of the rules that read one line's words (line-rules.ts, copy-rules.ts): they are not overruled here. */
const WORD_RULES: ReadonlySet<string> = new Set(LINE_RULES.map((rule) => rule.name));

/**
 * Words a sentence does not end on: articles, prepositions, conjunctions, possessives, auxiliaries.
 * A line that stops on one has the rest of its sentence below it.
 */
const FUNCTION_WORDS = new Set(
  (
    'a an the of to in on at by for from with into onto upon over under about after before between through during ' +
    'against among across toward towards and or but nor as than that which who whom whose if because while ' +
    'its their his her our your my is are was were be been being has have had will would shall should can could may might must ' +
    'le la les des du de et un une der die das den dem und ein eine el los las del y en'
  ).split(' '),
);

/** A line's end that closes a sentence or a clause, a label or a title: a stop, a colon, a dash, a bracket. */
const CLOSED = /[.!?…:;,—–-]["'”’)\]]*$/u;

/** Whether a line stops on a function word with no closing mark: the middle of a sentence (“… its decision on the”). */
export function stopsMidSentence(text: string): boolean {
  const trimmed = text.trim();
  if (wordCount(trimmed) < 3 || CLOSED.test(trimmed)) return false;
  const last = /(\p{L}+)$/u.exec(trimmed)?.[1];
  return last !== undefined && FUNCTION_WORDS.has(last.toLowerCase());
}

/**
 * For each line: it stops in the middle of its sentence (`stopsMidSentence`) and the next line opens
 * in lower case, the rest of that sentence (a paragraph hard-wrapped by a print view or a paste).
 */
export function runOnLines(lines: readonly Line[]): boolean[] {
  return lines.map((line, i) => {
    const next = lines[i + 1]?.text.trim();
    return next !== undefined && stopsMidSentence(line.text) && /^\p{Ll}/u.test(next);
  });
}

/** The fewest words of a wrapped line that runs on into the next (a wrapped paragraph's lines are full). */
const WRAPPED_LINE_MIN_WORDS = 4;

/**
 * Whether line `i` runs on into the next: no sentence's end, and the next line opens in lower case; both
 * of four words or more (a byline under a headline, “by Jane Doe Nov 29, 2016”, over a “share” button is no run).
 */
function runsOnWrapped(lines: readonly Line[], i: number): boolean {
  const [text, next] = [lines[i]!.text.trim(), lines[i + 1]?.text.trim()];
  if (next === undefined || endsLikeSentence(text) || !/^\p{Ll}/u.test(next)) return false;
  return wordCount(text) >= WRAPPED_LINE_MIN_WORDS && wordCount(next) >= WRAPPED_LINE_MIN_WORDS;
}

/**
 * For each line: a line of a paragraph wrapped into short lines (a wire's copy as a store keeps it, round
 * 31's held-back ANSA text): three lines or more in a row, each but the last running on into the next
 * (`runsOnWrapped`). Its first line, with no headline above it, reads alone as a short title and the
 * second as a standfirst; a run of three lines each going on in lower case is one sentence, the story's.
 */
export function wrappedParagraphLines(lines: readonly Line[]): boolean[] {
  const wrapped = lines.map(() => false);
  let i = 0;
  while (i < lines.length) {
    let j = i;
    while (runsOnWrapped(lines, j)) j++;
    // Lines i..j: j - i links; two links or more make a wrapped paragraph.
    if (j - i >= 2) for (let k = i; k <= j; k++) wrapped[k] = true;
    i = j + 1;
  }
  return wrapped;
}

/**
 * A wire dateline alone on its line: a place in capitals, maybe a state or a date after a comma, maybe
 * the agency in brackets, and a dash with nothing after it (“BRYAN, Texas —”, “LONDON (Reuters) -”).
 */
const DATELINE_ALONE =
  /^\p{Lu}{2,}[\p{Lu} .'’-]*(?:,\s+[\p{Lu}\p{N}][\p{L}\p{N}.]*(?:\s+[\p{Lu}\p{N}][\p{L}\p{N}.]*)?)?\s*(?:\([^)]{2,40}\)\s*)?[-–—]$/u;

/** Whether a line is a wire dateline and nothing else (`DATELINE_ALONE`). */
export function isDatelineAlone(text: string): boolean {
  return DATELINE_ALONE.test(text.trim());
}

/**
 * For each line: a dateline alone (`isDatelineAlone`) right above a body line, with no body line of
 * prose above it: the first words of the story's first paragraph, broken off by the page. The line
 * model reads it alone, a short line at the top of a text, and takes it for a label; it stays body.
 */
export function openingDatelineLines(lines: readonly Line[], verdicts: readonly Verdict[]): boolean[] {
  const firstProse = lines.findIndex((line, i) => verdicts[i]!.role === 'body' && isProse(line.text));
  return lines.map((line, i) => {
    if (!isDatelineAlone(line.text) || (firstProse >= 0 && firstProse < i)) return false;
    return verdicts[i + 1]?.role === 'body' && isProse(lines[i + 1]!.text);
  });
}

/**
 * Puts back in the body, listed as doubtful with the rule that took it, a line a rule of place or region
 * set aside (the standfirst, a header's line or label, a run after the story) that stops in the middle
 * of its sentence with the rest below (`runOnLines`), that is a line of a wrapped paragraph (`wrappedParagraphLines`,
 * round 32), or that is a dateline alone right above the story's first paragraph (`openingDatelineLines`). A rule that
 * reads the line's own words is left alone.
 */
export function keepStoryOpenings(lines: readonly Line[], verdicts: LineVerdict[]): void {
  const runOn = runOnLines(lines);
  const wrapped = wrappedParagraphLines(lines);
  const datelines = openingDatelineLines(lines, verdicts);
  for (const [i, verdict] of verdicts.entries()) {
    if (verdict.role !== 'furniture' || WORD_RULES.has(verdict.rule.name)) continue;
    if (runOn[i] || wrapped[i] || datelines[i]) verdicts[i] = { role: 'body', block: 'paragraph', doubt: verdict.rule };
  }
}
