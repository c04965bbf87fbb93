import { endsLikeSentence, isHeadlineLike, isNamesOnly, isProse, wordCount } from './text-shape.ts';

/**
 * Issue 25, round 28, written on the development half only from round 27's lost lines: the line model
 * reads a line alone, so a contributors page's first entry under the header's picture lines (a
 * person's name alone, then the title of their story, over a paragraph) looks like the picture's credit
 * and a label. `namedEntryLines` (line-model.ts, `keptByShape`) says such a pair is the story's when
 * the text holds another pair of that shape: the page is a list of named entries.
 */

/** What the guard reads of a line and of its verdict (the line model's lines and verdicts have these too). */
type TextLine = { readonly text: string };
type Role = { readonly role: string; readonly rule?: { readonly name: string } };

/** Rules that name a line by its place alone: the model decides those lines, and so may this guard. */
const PLACE_RULES: ReadonlySet<string> = new Set(['header-label', 'header-line', 'closing-run']);

/** The fewest named entries that make a list of them. */
const MIN_ENTRIES = 2;

/** A story's title in an entry: 2 to 12 words in a headline's shape, no full stop (a question may end it), not a name alone. */
function isEntryTitle(text: string): boolean {
  const words = wordCount(text);
  const question = /\?["'”’]?$/.test(text);
  return words >= 2 && words <= 12 && (question || (isHeadlineLike(text) && !endsLikeSentence(text))) && !isNamesOnly(text);
}

/**
 * For each line: one of the two lines that open a named entry (a person's name alone, of two to four
 * words, then a story's title), right above a paragraph of prose or closing the text, where no rule that
 * reads words has named either line, in a text that holds two such entries or more.
 */
export function namedEntryLines(lines: readonly TextLine[], verdicts: readonly Role[]): boolean[] {
  const marked = lines.map(() => false);
  const rows = lines.flatMap((line, i) => (line.text.trim() ? [i] : []));
  const open = (i: number) => verdicts[i]!.role === 'body' || PLACE_RULES.has(verdicts[i]!.rule?.name ?? '');
  const entries: number[] = [];
  for (let r = 0; r + 1 < rows.length; r++) {
    const [name, title, after] = [rows[r]!, rows[r + 1]!, rows[r + 2]];
    const [nameText, titleText] = [lines[name]!.text.trim(), lines[title]!.text.trim()];
    if (!open(name) || !open(title) || !isNamesOnly(nameText) || wordCount(nameText) < 2 || wordCount(nameText) > 4) continue;
    if (!isEntryTitle(titleText)) continue;
    if (after === undefined || (verdicts[after]!.role === 'body' && isProse(lines[after]!.text))) entries.push(name, title);
  }
  if (entries.length / 2 < MIN_ENTRIES) return marked;
  for (const i of entries) marked[i] = true;
  return marked;
}
