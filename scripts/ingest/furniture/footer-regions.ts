import type { LineVerdict, SourceLine } from './classify.ts';
import type { RuleInfo } from './rule.ts';
import { endsLikeSentence, isProse, wordCount } from './text-shape.ts';

/**
 * Issue 25, round 35, written on the development half only (round 34's misses): a site's label printed
 * over the story and again under it. A magazine's series or section label stands in the header above the
 * first paragraph and again in the footer under the last one, where the site's boxes begin (most-read
 * lists, other stories). The two printings of the same short line, with the story between them, mark where
 * the story starts and ends; what follows the second printing, with no paragraph after it, is the page's.
 * classify.ts applies it after the line model, on lines left in the body only.
 */

/** The label over the story, printed again under it. */
export const LABEL_ABOVE_STORY: RuleInfo = {
  name: 'label-above-and-below-story',
  kind: 'section-label',
  description:
    'a short line with no final stop printed above the story’s first paragraph and again under its last one: the site’s ' +
    'series or section label, printed in the header and in the footer',
  origin: 'issue 25, round 35: a magazine’s series label above and below a reader’s testimony (round 34’s half, now development)',
};

/** The second printing of that label, under the story. */
export const LABEL_BELOW_STORY: RuleInfo = {
  ...LABEL_ABOVE_STORY,
  name: 'label-below-story',
  kind: 'related-link',
  description: 'the second printing, under the story’s last paragraph, of a label printed above its first paragraph',
};

/** The site's lines after that second printing, with no paragraph after them. */
export const FOOTER_AFTER_LABEL: RuleInfo = {
  ...LABEL_ABOVE_STORY,
  name: 'footer-after-label',
  kind: 'teaser',
  description:
    'a line after the second printing of the label printed above the story, with no paragraph of the story after it: ' +
    'the site’s footer boxes (most-read lists, other stories)',
};

/** A line left in the body above that label's first printing: the page's header. */
export const HEADER_ABOVE_LABEL: RuleInfo = {
  ...LABEL_ABOVE_STORY,
  name: 'header-above-label',
  kind: 'dek',
  description:
    'a line left in the body above the label printed above the story and under it, with no paragraph of the story ' +
    'above it: the page’s header (the standfirst, or the headline when no line was taken for it)',
};

/** A paragraph of the story: prose of twelve words or more. */
const isParagraph = (text: string) => isProse(text) && wordCount(text) >= 12;
/** Initials closing a line (“… sur J.A.”): their last stop ends no sentence. */
const CLOSING_INITIALS = /(?:^|\s)(?:\p{Lu}\.){2,}$/u;
/** A label: three to twelve words, no final stop but the one after initials. */
const isLabel = (text: string) =>
  wordCount(text) >= 3 && wordCount(text) <= 12 && (!endsLikeSentence(text) || CLOSING_INITIALS.test(text));
const words = (text: string) => text.trim().replace(/\s+/g, ' ');

/**
 * Sets aside a label printed above the text's first paragraph and printed again, word for word, under its
 * last paragraph, every line after the second printing (no paragraph follows it) and the lines above the
 * first printing (the header). Only lines the earlier rules and the line model left in the body change.
 */
export function markLabelAboveAndBelowStory(lines: readonly SourceLine[], verdicts: LineVerdict[]): void {
  const first = lines.findIndex((line) => isParagraph(line.text));
  const last = lines.findLastIndex((line) => isParagraph(line.text));
  if (first < 0 || last <= first) return;
  for (let above = 0; above < first; above++) {
    const label = words(lines[above]!.text);
    if (!isLabel(label)) continue;
    const below = lines.findIndex((line, i) => i > last && words(line.text) === label);
    if (below < 0) continue;
    for (let i = below + 1; i < lines.length; i++) setAside(verdicts, i, FOOTER_AFTER_LABEL);
    setAside(verdicts, above, LABEL_ABOVE_STORY);
    setAside(verdicts, below, LABEL_BELOW_STORY);
    markHeaderAbove(verdicts, above);
    return;
  }
}

/**
 * The lines left in the body above the label's first printing (no paragraph of the story stands there): the
 * first is the headline when no line was taken for one, the others the header's standfirst.
 */
function markHeaderAbove(verdicts: LineVerdict[], label: number): void {
  let needsHeadline = !verdicts.some((verdict) => verdict.role === 'furniture' && verdict.rule.kind === 'headline');
  for (let i = 0; i < label; i++) {
    if (verdicts[i]!.role !== 'body') continue;
    setAside(verdicts, i, needsHeadline ? HEADLINE_ABOVE_LABEL : HEADER_ABOVE_LABEL);
    needsHeadline = false;
  }
}

/** The headline, when the header above the label holds no line taken for it. */
const HEADLINE_ABOVE_LABEL: RuleInfo = {
  ...HEADER_ABOVE_LABEL,
  name: 'headline-above-label',
  kind: 'headline',
  description: 'the first line left in the body above the label printed above the story and under it: the headline',
};

function setAside(verdicts: LineVerdict[], i: number, rule: RuleInfo): void {
  if (verdicts[i]!.role === 'body') verdicts[i] = { role: 'furniture', rule };
}
