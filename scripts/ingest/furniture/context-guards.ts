/**
 * Context guards (issue 25, round 21): a line is set aside by a rule that sees it alone only when its
 * context agrees. Every body line lost in rounds 17 to 20 was a single line inside the story taken by
 * a rule that reads one line's form and nothing else (a date at the end, a title's case, the line
 * model's features), while its neighbours were the story's own lines: a list of past pieces, each
 * signed “By …, June 8, 2012”; a copy cut after a title of that list. Inside the story, between body
 * lines, such a rule is not enough: a rule that reads a marker of the page (a credit, an agency, a
 * label word) still is, and so is a rule that reads a run or a region.
 */
import type { LineVerdict } from './classify.ts';
import { LINE_RULES } from './line-rules.ts';
import { isHeadingLike, isProse, wordCount } from './text-shape.ts';

/** A line as the guards read it (classify.ts's `SourceLine`, the line model's scored line). */
type Line = { text: string };
/** The least a verdict needs to be read: its role, and the rule that set the line aside. */
type Verdict = { role: 'body' | 'furniture'; rule?: { name: string }; doubt?: { name: string } };

/** The names of the rules that read one line alone (line-rules.ts, copy-rules.ts). */
const ONE_LINE_RULES: ReadonlySet<string> = new Set(LINE_RULES.map((rule) => rule.name));

/** Whether a one-line rule set the line aside, or would have and was overruled (a doubt). */
export function takenByOneLineRule(verdict: Verdict): string | null {
  const name = verdict.role === 'furniture' ? verdict.rule?.name : verdict.doubt?.name;
  return name !== undefined && ONE_LINE_RULES.has(name) ? name : null;
}

/** The nearest line above (`step` −1) or below (+1) that is not blank, or −1. */
function nearestLine(lines: readonly Line[], i: number, step: 1 | -1): number {
  for (let j = i + step; j >= 0 && j < lines.length; j += step) if (lines[j]!.text.trim()) return j;
  return -1;
}

/**
 * For each line: one of three lines or more, none of them prose, taken by the same one-line rule
 * inside the story, that stand each at the same place of a repeated run of the story's lines (between
 * two of them, the same sequence of titles and paragraphs, at least one of each: “title, quotation,
 * By …, date”, again and again), with nothing set aside between the story's first paragraph and the
 * first of them. Such lines are the entries' own (a list of past pieces, each signed), not furniture
 * between paragraphs: a caption stands where the pictures fall, with its credit, and the run around
 * it does not repeat; a box of cards after the story comes after the page's own lines (a label, a
 * credit). A rule that reads the run (a box of teasers, a comment thread) still takes them.
 */
export function repeatedEntryLines(lines: readonly Line[], verdicts: readonly Verdict[]): boolean[] {
  const entries = lines.map(() => false);
  const first = lines.findIndex((line, i) => verdicts[i]!.role === 'body' && !verdicts[i]!.doubt && isProse(line.text));
  if (first < 0) return entries;
  const byRule = new Map<string, number[]>();
  for (let i = first + 1; i < lines.length; i++) {
    const rule = takenByOneLineRule(verdicts[i]!);
    if (rule && !isProse(lines[i]!.text)) byRule.set(rule, [...(byRule.get(rule) ?? []), i]);
  }
  for (const taken of byRule.values()) {
    let chain = [taken[0]!];
    let pattern: string | null = null;
    const close = () => {
      if (chain.length >= 3 && continuesStory(lines, verdicts, first, chain[0]!)) for (const i of chain) entries[i] = true;
    };
    for (const i of taken.slice(1)) {
      const gap = runBetween(lines, verdicts, chain.at(-1)!, i);
      if (gap !== null && (pattern === null || gap === pattern)) {
        chain.push(i);
        pattern = gap;
        continue;
      }
      close();
      chain = [i];
      pattern = null;
    }
    close();
  }
  return entries;
}

/**
 * The shapes of the non-blank lines between two lines (`P` a paragraph of prose, `T` a title or
 * another line), when all are plain body lines and there are both, else null.
 */
function runBetween(lines: readonly Line[], verdicts: readonly Verdict[], from: number, to: number): string | null {
  let shapes = '';
  for (let j = from + 1; j < to; j++) {
    if (!lines[j]!.text.trim()) continue;
    if (verdicts[j]!.role !== 'body' || takenByOneLineRule(verdicts[j]!)) return null;
    shapes += isProse(lines[j]!.text) ? 'P' : 'T';
  }
  return shapes.includes('P') && shapes.includes('T') ? shapes : null;
}

/** Whether every non-blank line from the story's first paragraph to `to` is body: nothing of the page's between. */
function continuesStory(lines: readonly Line[], verdicts: readonly Verdict[], first: number, to: number): boolean {
  for (let j = first + 1; j < to; j++) if (lines[j]!.text.trim() && verdicts[j]!.role !== 'body') return false;
  return true;
}

/**
 * Lines a one-line rule set aside as entries of a repeated run (`repeatedEntryLines`) stay body,
 * listed as doubtful with that rule (round 20's held-back half lost three bylines of a list of past
 * pieces to `wire-caption`). Applied to the rules' verdicts, before the regions and the line model.
 */
export function keepRepeatedEntries(lines: readonly Line[], verdicts: LineVerdict[]): void {
  const entries = repeatedEntryLines(lines, verdicts);
  for (const [i, verdict] of verdicts.entries()) {
    if (entries[i] && verdict.role === 'furniture') verdicts[i] = { role: 'body', block: 'paragraph', doubt: verdict.rule };
  }
}

/**
 * For each line: it stands inside the story (after its first paragraph of prose) between two body
 * paragraphs of prose (blank lines skipped). The line model, which sees one line and its features,
 * does not take a line there: the story runs on both sides of it.
 */
export function betweenParagraphs(lines: readonly Line[], verdicts: readonly Verdict[]): boolean[] {
  const prose = lines.map((line, i) => verdicts[i]!.role === 'body' && isProse(line.text));
  const first = prose.indexOf(true);
  return lines.map((line, i) => {
    if (first < 0 || i <= first || !line.text.trim()) return false;
    const [above, below] = [nearestLine(lines, i, -1), nearestLine(lines, i, 1)];
    return above >= 0 && below >= 0 && prose[above]! && prose[below]!;
  });
}

/**
 * The text's last line, a title, when the story already holds two or more body lines of a title's
 * shape, each right above more of the story: the copy was cut after the next title of the story's
 * own list or sections (round 20: Slate's list of past pieces ended on a title whose quotation the
 * store had cut). Round 20's guard asked for a paragraph right above; here the story's titles vouch.
 */
export function closesOnStoryTitle(lines: readonly Line[], verdicts: readonly Verdict[]): boolean {
  const end = nearestLine(lines, lines.length, -1);
  if (end < 0 || !isHeadingLike(lines[end]!.text) || isProse(lines[end]!.text)) return false;
  const above = nearestLine(lines, end, -1);
  if (above < 0 || verdicts[above]!.role !== 'body') return false;
  const first = lines.findIndex((line, i) => verdicts[i]!.role === 'body' && isProse(line.text));
  if (first < 0) return false;
  let titles = 0;
  for (let i = first + 1; i < end; i++) {
    const text = lines[i]!.text;
    if (verdicts[i]!.role !== 'body' || !isHeadingLike(text) || isProse(text)) continue;
    const below = nearestLine(lines, i, 1);
    if (below >= 0 && below < end && verdicts[below]!.role === 'body' && isProse(lines[below]!.text)) titles++;
  }
  return titles >= 2;
}

/** A page's own words or marks on a short line (a call, a box's label, an address, a label's colon): a shape of its own. */
const PAGE_WORDS =
  'sign (?:up|in)|subscribe|click|follow|read|share|download|newsletter|comments?|log ?in|register|listen|watch|related|more|' +
  'tags?|topics?|advert\\w*|sponsored|trending|popular|next|previous|copyright|reply|picks?|top|rating|grade|score|stars|' +
  'videos?|photos?|gallery|podcasts?|print|e-?mail|home|menu|search|back';
/** `PAGE_WORDS` as whole words, an address, a handle, a closing colon or arrow, a copyright sign. */
const PAGE_SHAPE = new RegExp(`\\b(?:${PAGE_WORDS})\\b|https?:|www\\.|@\\w|\\.(?:com|org|net)\\b|[:»›>|]\\s*$|©`, 'iu');

/**
 * A verdict no rule of the line's own shape gave: body with no doubt, or set aside by the closing run,
 * a rule that reads the place of lines after the last paragraph and nothing of their words.
 */
function placedOnly(verdict: Verdict): boolean {
  if (verdict.role === 'body') return !verdict.doubt;
  return verdict.rule?.name === 'closing-run';
}

/** The most lines a closing tail holds: an entry's head (a name, a title) cut before its paragraph. */
const MAX_TAIL_LINES = 3;
/** A tail line is short: a name, a title, a label; a longer line has a shape of its own to read. */
const MAX_TAIL_WORDS = 12;

/**
 * For each line: one of the text's last lines (at most three, blank lines skipped), each short, none
 * of them prose, none set aside or doubted by a rule that reads its words, none with a page's words or
 * marks (`PAGE_SHAPE`): no furniture shape of its own; right under a body paragraph of prose that is not
 * cut short by an ellipsis. The line model reads such a line alone and, at the end of a text, takes a
 * cut entry's head for the page's chrome (round 21's held-back half lost Vanity Fair's last two lines,
 * “Hassan HAJJAJ” and the title of his story, a contributors page cut inside an entry): it stays body,
 * listed as doubtful when the model would have taken it. A rule that reads the line still takes it.
 */
export function closingTailLines(lines: readonly Line[], verdicts: readonly Verdict[]): boolean[] {
  const tail = lines.map(() => false);
  const taken: number[] = [];
  let j = nearestLine(lines, lines.length, -1);
  for (; j >= 0 && taken.length <= MAX_TAIL_LINES; j = nearestLine(lines, j, -1)) {
    const verdict = verdicts[j]!;
    const text = lines[j]!.text;
    if (!placedOnly(verdict) || isProse(text) || wordCount(text) > MAX_TAIL_WORDS || PAGE_SHAPE.test(text)) break;
    taken.push(j);
  }
  const above = verdicts[j];
  // A paragraph cut short (“… Mehr ...”) is a teaser's summary, not the story's: the tail under it is the box's.
  const paragraph = j >= 0 ? lines[j]!.text : '';
  const underParagraph = above?.role === 'body' && !above.doubt && isProse(paragraph) && !/(?:\.{3}|…)\s*$/u.test(paragraph);
  if (!underParagraph || taken.length === 0 || taken.length > MAX_TAIL_LINES) return tail;
  for (const i of taken) tail[i] = true;
  return tail;
}

/** The fewest entries that make a run of the story's own entries. */
const MIN_ENTRIES = 3;

/**
 * For each line: one of the two short lines that open an entry of a run of three entries or more, each
 * two short lines (a name, a title) and a paragraph of prose, one right after the other, none of their
 * lines set aside or doubted by a rule that reads its words (round 22: the model, trained with round 21's
 * held-back half, took Vanity Fair's first contributor's name, “Ann PATCHETT”, at the top of the list).
 * The model reads a line alone; the run says the lines are the story's. A rule that reads the run (a box
 * of teaser cards) still takes them.
 */
export function entryRunLines(lines: readonly Line[], verdicts: readonly Verdict[]): boolean[] {
  const marked = lines.map(() => false);
  const rows = lines.flatMap((line, i) => (line.text.trim() ? [i] : []));
  const shape = rows.map((i) => {
    const text = lines[i]!.text;
    if (!placedOnly(verdicts[i]!)) return 'X';
    if (isProse(text)) return verdicts[i]!.role === 'body' ? 'P' : 'X';
    return wordCount(text) <= MAX_TAIL_WORDS ? 'T' : 'X';
  });
  const opensEntry = (r: number) => shape[r] === 'T' && shape[r + 1] === 'T' && shape[r + 2] === 'P';
  for (let r = 0; r < rows.length; r++) {
    if (!opensEntry(r)) continue;
    let end = r;
    while (opensEntry(end + 3)) end += 3;
    if ((end - r) / 3 + 1 >= MIN_ENTRIES)
      for (let k = r; k <= end; k += 3) [marked[rows[k]!], marked[rows[k + 1]!]] = [true, true];
    r = end + 2;
  }
  return marked;
}

/** The header's rules that name a line by its place alone: the model decides those lines. */
const PLACE_RULES: ReadonlySet<string> = new Set(['header-label', 'header-line']);

/**
 * Issue 25, round 24: the line right under a live blog's label (“Pinned post from”, “Latest posts”) is
 * a post's title, the story's own as a brief's title is: the model, which sees it among the blog's labels
 * and bylines, never takes it (a body line, or one the header's rules named by its place alone). Only a
 * line of a few words to a headline's length is kept so.
 */
export function postTitleLines(lines: readonly Line[], verdicts: readonly Verdict[]): boolean[] {
  return lines.map(
    (line, i) =>
      i > 0 &&
      verdicts[i - 1]!.role === 'furniture' &&
      verdicts[i - 1]!.rule?.name === 'live-blog-label' &&
      (verdicts[i]!.role === 'body' || PLACE_RULES.has(verdicts[i]!.rule?.name ?? '')) &&
      wordCount(line.text) >= 2 &&
      wordCount(line.text) <= 20,
  );
}
