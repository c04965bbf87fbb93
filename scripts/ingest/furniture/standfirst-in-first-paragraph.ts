/**
 * Issue 25, round 40, written on the development half only (a shape of rounds 29 and 35's misses, Iran News
 * Daily and Lokmat Times): the standfirst that the story's first paragraph repeats, after its dateline or
 * with its end cut short (“… got a ...” over “New Delhi, July 16 Amid … got a PCR call …”). The first
 * line left in the body under the headline, one or two sentences of six to 45 words, is the standfirst when
 * the next body line holds it whole (its final stop, or the “...” it was cut with, aside) and says more: a
 * story does not print its opening sentence twice in a row. The first paragraph stays the story's.
 */
import type { LineVerdict, SourceLine } from './classify.ts';
import { takenHeadline, type RuleInfo } from './rule.ts';
import { sentenceCount, wordCount } from './text-shape.ts';

/** The standfirst that the first paragraph right under it repeats. */
export const DEK_IN_FIRST_PARAGRAPH: RuleInfo = {
  name: 'dek-in-first-paragraph',
  kind: 'dek',
  description:
    'the standfirst: the first line left in the body under the headline, one or two sentences, that the next paragraph ' +
    'holds whole and goes on from (after a dateline, or past the point where the standfirst was cut short)',
  origin: 'issue 25, round 40: a newspaper’s standfirst repeated by its datelined first paragraph (development half)',
};

/** The text without its final stop or the ellipsis it was cut with, spaces made single. */
const core = (text: string) =>
  text
    .trim()
    .replace(/(?:\.{3}|…|[.!?])["'”’)]*$/u, '')
    .replace(/\s+/gu, ' ')
    .trim();

/** Sets aside as the standfirst the first body line under the headline that the next body line repeats and goes on from. */
export function markStandfirstInFirstParagraph(lines: readonly SourceLine[], verdicts: LineVerdict[]): void {
  const headline = takenHeadline(verdicts);
  if (headline < 0) return;
  const first = verdicts.findIndex((verdict, i) => i > headline && verdict.role === 'body');
  if (first < 0) return;
  const next = verdicts.findIndex((verdict, i) => i > first && verdict.role === 'body' && lines[i]!.text.trim() !== '');
  if (next < 0) return;
  const text = core(lines[first]!.text);
  if (wordCount(text) < 6 || wordCount(text) > 45 || sentenceCount(text) > 2) return;
  const paragraph = lines[next]!.text.replace(/\s+/gu, ' ').trim();
  if (!paragraph.includes(text) || wordCount(paragraph) <= wordCount(text) + 2) return;
  verdicts[first] = { role: 'furniture', rule: DEK_IN_FIRST_PARAGRAPH };
}
