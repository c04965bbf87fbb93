import type { LineVerdict, SourceLine } from './classify.ts';
import { matchLineRule } from './line-rules.ts';
import { POSITION_RULES } from './position-rules.ts';
import type { RuleInfo } from './rule.ts';
import { isHeadingLike, isNamesOnly, isProse, wordCount } from './text-shape.ts';

/**
 * Issue 25, round 26, written on the development half only from round 25's results.
 *
 * Guards (`keepStoryLines`, classify.ts applies them to raw texts last, after the line model): lines of
 * the story that a rule or the model took by their place or shape, though they hold no furniture
 * words of their own: a letter's salutation (“Dear Readers,”), a heading with a pipe between short
 * parts after the story has begun, with prose under it (“FALL 1980 | 10 YEARS”: the rule for
 * breadcrumbs read it as one), and a heading the story prints again between its paragraphs (a
 * page of sections each under the same kicker), with the title right under it. Each turns the line
 * back into body, listed as doubtful.
 *
 * Regions (`markHighlightsAndPullQuotes`, applied with round 25's): the points under a “Story
 * highlights” label that the story repeats word for word further down, and a pull quote wholly in
 * quotation marks between the headline and the byline.
 */

/** What the guards read of a line and of its verdict (the line model's lines and verdicts have these too). */
type TextLine = { readonly text: string };
type Role = { readonly role: string };

const isBody = (verdict: Role | undefined): boolean => verdict?.role === 'body';
const furniture = (rule: RuleInfo): LineVerdict => ({ role: 'furniture', rule });
const doubtful = (verdict: LineVerdict): LineVerdict =>
  verdict.role === 'furniture' ? { role: 'body', block: 'paragraph', doubt: verdict.rule } : verdict;
const isFurniture = (verdict: LineVerdict | undefined): verdict is Extract<LineVerdict, { role: 'furniture' }> =>
  verdict?.role === 'furniture';

/** A letter's salutation alone on its line: “Dear Readers,”, “Dear Ann,”, “Liebe Leserinnen und Leser,”. */
const SALUTATION =
  /^(?:(?:my\s+)?dear(?:est)?|hi|hello|greetings|liebe[rs]?|sehr\s+geehrte[rn]?|cher|ch[èe]re?s?|querid[oa]s?|estimad[oa]s?)\s+[^.!?:;,]{1,40},$/i;

/** A heading of short parts joined by a pipe (the breadcrumb rule's shape): “FALL 1980 | 10 YEARS”. */
const PIPED_HEADING = /^[\p{L}\p{N}&'’ .-]{1,30}(?:\s+\|\s+[\p{L}\p{N}&'’ .-]{1,30})+$/u;

/** Whether a prose line of the body comes within `span` lines after `i`, the lines between heading-like body lines. */
function proseFollows(lines: readonly TextLine[], verdicts: readonly Role[], i: number, span: number): boolean {
  for (let k = i + 1; k < lines.length && k <= i + span; k++) {
    const text = lines[k]!.text;
    if (isBody(verdicts[k]) && isProse(text)) return true;
    if (!isHeadingLike(text) && !PIPED_HEADING.test(text.trim())) return false;
  }
  return false;
}

/** Whether a line is a heading with no words of furniture: heading-like, and no line rule names it. */
const isPlainHeading = (text: string): boolean => isHeadingLike(text) && matchLineRule(text) === undefined;

/** Rules a heading of the story may have been taken by: the model, and the header's rules of place. */
const PLACE_RULES: readonly string[] = ['line-model', 'header-label', 'header-line', 'header-meta-run', 'dek-line'];

/**
 * Turns back into body (doubtful) the story's lines that rules of place or shape took: salutations,
 * piped headings after the story has begun with prose under them, and headings the story repeats
 * between its paragraphs (with the title under the first of them).
 */
export function keepStoryLines(lines: readonly SourceLine[], verdicts: readonly LineVerdict[]): LineVerdict[] {
  const kept = [...verdicts];
  const firstProse = lines.findIndex((line, i) => isBody(verdicts[i]) && isProse(line.text));
  for (const [i, line] of lines.entries()) {
    const verdict = kept[i]!;
    if (!isFurniture(verdict) || verdict.rule.kind === 'headline') continue;
    const text = line.text.trim();
    if (SALUTATION.test(text)) kept[i] = doubtful(verdict);
    else if (
      firstProse >= 0 &&
      i > firstProse &&
      ['section-path', 'line-model'].includes(verdict.rule.name) &&
      PIPED_HEADING.test(text) &&
      proseFollows(lines, verdicts, i, 3)
    )
      kept[i] = doubtful(verdict);
  }
  keepRepeatedHeadings(lines, kept);
  return kept;
}

/**
 * A heading the story prints again between its paragraphs (a page of sections each under the same
 * kicker): where it was taken by a rule of place or the model, it is the story's, and so is the
 * heading right under it when the second printing has a heading under it too.
 */
function keepRepeatedHeadings(lines: readonly SourceLine[], verdicts: LineVerdict[]): void {
  for (let i = 0; i < lines.length; i++) {
    const verdict = verdicts[i]!;
    if (!isFurniture(verdict) || ['headline', 'byline'].includes(verdict.rule.kind) || !PLACE_RULES.includes(verdict.rule.name))
      continue;
    const text = lines[i]!.text.trim();
    // A person's name alone is a byline printed again over the author's box, not a heading.
    if (!isPlainHeading(text) || isNamesOnly(text) || wordCount(text) < 2) continue;
    const again = lines.findIndex(
      (line, j) => j > i + 1 && line.text.trim() === text && isBody(verdicts[j]) && proseFollows(lines, verdicts, j, 4),
    );
    if (again < 0) continue;
    verdicts[i] = doubtful(verdict);
    const [under, underAgain] = [verdicts[i + 1], verdicts[again + 1]];
    const title = lines[i + 1]?.text ?? '';
    // The model's kind is a guess from the line's shape: a title it took is no headline for that.
    if (
      isFurniture(under) &&
      (under.rule.kind !== 'headline' || under.rule.name === 'line-model') &&
      PLACE_RULES.includes(under.rule.name) &&
      isPlainHeading(title) &&
      isBody(underAgain) &&
      isPlainHeading(lines[again + 1]!.text)
    )
      verdicts[i + 1] = doubtful(under);
  }
}

/**
 * The lines the guards above keep, by their shape and the body around them alone, whatever took them:
 * the line model's guard (line-model.ts, `keptByShape`) reads it, so the model neither takes these
 * lines nor has its threshold set by them.
 */
export function storyLinesByShape(lines: readonly TextLine[], verdicts: readonly Role[]): boolean[] {
  const firstProse = lines.findIndex((line, i) => isBody(verdicts[i]) && isProse(line.text));
  const kept = lines.map((line, i) => {
    const text = line.text.trim();
    if (SALUTATION.test(text)) return true;
    return firstProse >= 0 && i > firstProse && PIPED_HEADING.test(text) && proseFollows(lines, verdicts, i, 3);
  });
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i]!.text.trim();
    if (!isPlainHeading(text) || isNamesOnly(text) || wordCount(text) < 2) continue;
    const again = lines.findIndex(
      (line, j) => j > i + 1 && line.text.trim() === text && isBody(verdicts[j]) && proseFollows(lines, verdicts, j, 4),
    );
    if (again < 0) continue;
    kept[i] = true;
    if (isPlainHeading(lines[i + 1]?.text ?? '') && isBody(verdicts[again + 1]) && isPlainHeading(lines[again + 1]!.text))
      kept[i + 1] = true;
  }
  return kept;
}

/** The label over a story's highlights: “Story highlights”, “Highlights”, “Key points”. */
const HIGHLIGHTS_LABEL = /^(?:story\s+highlights|highlights|key\s+points|key\s+takeaways)\s*:?$/i;

/** A line's words, for comparing two printings of the same text. */
const wordsOf = (text: string): string => text.trim().replace(/\s+/g, ' ');

/** Opening quotation marks and closing ones: a line wholly quoted. */
const WHOLLY_QUOTED = /^["“][^"“”]{10,300}["”]$/;

/**
 * The points under a highlights label near the top that the story repeats word for word further
 * down (one to four lines of eight words or more, each found again inside a later line), and a pull
 * quote wholly in quotation marks in the header, under a line set aside (the headline) and right above a byline.
 */
export function markHighlightsAndPullQuotes(lines: readonly SourceLine[], verdicts: LineVerdict[]): void {
  for (let i = 0; i < Math.min(lines.length, 20); i++) {
    if (!HIGHLIGHTS_LABEL.test(lines[i]!.text.trim())) continue;
    const points: number[] = [];
    for (let k = i + 1; k < lines.length && points.length < 4; k++) {
      const point = wordsOf(lines[k]!.text);
      if (!isBody(verdicts[k]) || wordCount(point) < 8 || wordCount(point) > 60) break;
      const repeated = lines.some((line, j) => j > k && isBody(verdicts[j]) && wordsOf(line.text).includes(point));
      if (!repeated) break;
      points.push(k);
    }
    if (points.length === 0) continue;
    if (isBody(verdicts[i])) verdicts[i] = furniture(POSITION_RULES.standfirstLabel);
    for (const k of points) verdicts[k] = furniture(POSITION_RULES.repeatedHighlight);
  }
  // The pull quote: in the header (no prose of the body above it), between a line set aside and a byline.
  const firstProse = lines.findIndex(
    (line, i) => isBody(verdicts[i]) && isProse(line.text) && !WHOLLY_QUOTED.test(line.text.trim()),
  );
  for (let q = 1; q + 1 < lines.length && (firstProse < 0 || q < firstProse); q++) {
    const byline = verdicts[q + 1];
    if (!isBody(verdicts[q]) || !WHOLLY_QUOTED.test(lines[q]!.text.trim()) || !isFurniture(verdicts[q - 1])) continue;
    if (isFurniture(byline) && byline.rule.kind === 'byline') verdicts[q] = furniture(POSITION_RULES.pullQuoteDek);
  }
}
