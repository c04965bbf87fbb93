import type { LineVerdict, SourceLine } from './classify.ts';
import type { RuleInfo } from './rule.ts';
import { isProse, wordCount } from './text-shape.ts';

/** A name standing alone as the writer's line under the header's byline or date line (round 36). */
export const WRITER_LINE_UNDER_BYLINE: RuleInfo = {
  name: 'writer-line-under-byline',
  kind: 'byline',
  description:
    'a name standing alone as the writer’s line (one to four words, no digit, no final stop) between the header’s ' +
    'byline or date line and the story’s first paragraph, with nothing of the story above it',
  origin: 'issue 25, round 36: a site’s and a writer’s name under the date line (round 35’s half, now development)',
};

/**
 * A name standing alone: one to four words of letters, no digit, no final stop or colon, not in
 * capitals (a dateline alone is), as a site, a desk or a writer signs ("The Daily Planet", "ann lee").
 */
function isWriterName(text: string): boolean {
  const trimmed = text.trim();
  if (!/^\p{L}[\p{L}'’.-]*(?:\s+\p{L}[\p{L}'’.-]*){0,3}$/u.test(trimmed) || /[.:]$/.test(trimmed)) return false;
  return trimmed !== trimmed.toUpperCase();
}

/**
 * Round 36: under the header's byline or date line (a line with a year or a time), right above the story's first paragraph, one or
 * two lines each a name alone are the writer's line (a site's name and a writer's name on lines of
 * their own). Only at the top: no line above them is the story's, and a paragraph of prose (at least
 * twelve words) follows them, so the story's own heading between paragraphs is never read.
 */
export function markWriterLinesUnderByline(lines: readonly SourceLine[], verdicts: LineVerdict[]): void {
  const first = verdicts.findIndex((verdict) => verdict.role === 'body');
  if (first < 1) return;
  // The line above is set aside as a byline, or is a date line (a year or a time) set aside as anything.
  const above = verdicts[first - 1]!;
  const dateLine = /\b(?:19|20)\d{2}\b|\b\d{1,2}:\d{2}\b/.test(lines[first - 1]!.text);
  if (above.role !== 'furniture' || (above.rule.kind !== 'byline' && !dateLine)) return;
  let end = first;
  while (end < first + 2 && verdicts[end]?.role === 'body' && isWriterName(lines[end]!.text)) end++;
  const next = lines[end];
  if (end === first || !next || verdicts[end]!.role !== 'body' || !isProse(next.text) || wordCount(next.text) < 12) return;
  for (let i = first; i < end; i++) verdicts[i] = { role: 'furniture', rule: WRITER_LINE_UNDER_BYLINE };
}
