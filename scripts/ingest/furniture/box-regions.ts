import type { LineVerdict, SourceLine } from './classify.ts';
import { POSITION_RULES } from './position-rules.ts';
import type { RuleInfo } from './rule.ts';
import { endsLikeSentence, isHeadlineCase, isProse, wordCount } from './text-shape.ts';

/**
 * Position rules of issue 25, round 8 (written on the development half only), for boxes inside or
 * after the story that no single line gives away: a box of other stories' headlines between two
 * paragraphs and the heading of a newsletter box. (A pull quote that repeats a line of the story
 * was tried and dropped: plain copy repeats quotations in longer paragraphs too.)
 * The classifier (classify.ts) calls them on a raw text's verdicts once every line has one; each
 * sets lines aside only when the whole box has its shape.
 */

const furniture = (rule: RuleInfo): LineVerdict => ({ role: 'furniture', rule });
const isBody = (verdict: LineVerdict | undefined) => verdict?.role === 'body';

/** Words a paragraph of the story has at least: prose of this length before and after a box puts the box inside the story. */
const PARAGRAPH_WORDS = 15;

/** A paragraph of the story: a body line of prose, at least PARAGRAPH_WORDS long. */
const isStoryParagraph = (text: string, verdict: LineVerdict | undefined) =>
  isBody(verdict) && wordCount(text) >= PARAGRAPH_WORDS && isProse(text);

/** A headline of the box: headline case, no final stop, at most 20 words. */
const isBoxHeadline = (text: string) => wordCount(text) <= 20 && isHeadlineCase(text) && !endsLikeSentence(text);

/**
 * Inside the story, a box of other stories: three lines or more in a row, each a headline (headline
 * case, no final stop), at least two of them of five words or more, with a paragraph of the story
 * before and after the box. A short label right above them (at most four words, no stop) heads the box.
 * Subheadings stand alone, and a list of short titles has too few long lines.
 */
export function markHeadlineRuns(lines: readonly SourceLine[], verdicts: LineVerdict[]): void {
  const isParagraph = (i: number) => isStoryParagraph(lines[i]!.text, verdicts[i]);
  let i = 0;
  while (i < lines.length) {
    if (!isBody(verdicts[i]) || !isBoxHeadline(lines[i]!.text)) {
      i++;
      continue;
    }
    let end = i;
    while (end + 1 < lines.length && isBody(verdicts[end + 1]) && isBoxHeadline(lines[end + 1]!.text)) end++;
    const run = lines.slice(i, end + 1);
    const long = run.filter((line) => wordCount(line.text) >= 5).length;
    const before = lines.slice(0, i).some((_, k) => isParagraph(k));
    const after = lines.slice(end + 1).some((_, k) => isParagraph(end + 1 + k));
    if (run.length >= 3 && long >= 2 && before && after) {
      const label = i - 1;
      const labelText = lines[label]?.text ?? '';
      if (isBody(verdicts[label]) && wordCount(labelText) <= 4 && !endsLikeSentence(labelText))
        verdicts[label] = furniture(POSITION_RULES.headlineRun);
      for (let k = i; k <= end; k++) verdicts[k] = furniture(POSITION_RULES.headlineRun);
    }
    i = end + 1;
  }
}

/**
 * A newsletter box's heading: right above a line set aside as the box's (newsletter), a question
 * or an exclamation of at most 15 words, when no paragraph of the story follows the box (a
 * question of the story's own may stand above a promo in the middle of the text). A label with no
 * stop above a promo is not sure (promo-label leaves it too).
 */
export function markNewsletterBoxHeadings(lines: readonly SourceLine[], verdicts: LineVerdict[]): void {
  for (let i = 0; i + 1 < lines.length; i++) {
    const next = verdicts[i + 1]!;
    if (!isBody(verdicts[i]) || next.role !== 'furniture' || next.rule.kind !== 'newsletter') continue;
    const text = lines[i]!.text.trim();
    const heading = wordCount(text) <= 15 && /[?!]["'”’]?$/.test(text);
    const storyAfter = lines.some((line, k) => k > i + 1 && isStoryParagraph(line.text, verdicts[k]));
    if (heading && !storyAfter) verdicts[i] = furniture(POSITION_RULES.newsletterBoxHeading);
  }
}
