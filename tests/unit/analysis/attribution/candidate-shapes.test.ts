/**
 * Who can be a speaker, in shapes that gave no speaker or a wrong one on PolNeAR train (issue 21, second round), through
 * the whole analysis (src/analysis/analyze-article.ts): a wire dateline is no source, "Having announced" is no person,
 * and the subjects the candidate finder and the subject reader (src/analysis/attribution/subjects.ts) now read. The
 * tables are in tests/fixtures/analysis/attribution/candidate-shapes.yaml, written afresh.
 */
import { describe, expect, test } from 'vitest';
import { analyzeArticle } from '../../../../src/analysis/analyze-article.ts';
import { paragraphBlocks } from '../../../helpers/body-blocks.ts';
import { readNamedCases } from '../../../helpers/fixture-cases.ts';
import { madeUpActorMatcher } from '../../../helpers/made-up-actors.ts';

const matcher = madeUpActorMatcher();

/** A table of cases: the speaker expected for the last quote of some paragraphs. */
interface ShapeTable {
  title: string;
  cases: Array<{ name: string; paragraphs: string[]; speaker: string | null }>;
}

/** The last quote's speaker, as `slug` (registered), `slug*` (provisional), `“label”` (unnamed) or null. */
function speakerOfLast(paragraphs: string[]): string | null {
  const blocks = paragraphBlocks(...paragraphs);
  const analysis = analyzeArticle(
    { slug: 'test-article', file: 'test.md', blocks, published: '2025-05-01', curations: [], notPeople: [] },
    matcher,
  );
  const speaker = analysis.quotes.at(-1)!.speaker;
  if (!speaker) return null;
  if (speaker.actor === null) return `“${speaker.label}”`;
  return speaker.provisional ? `${speaker.actor}*` : speaker.actor;
}

describe.each(readNamedCases<ShapeTable>('analysis/attribution/candidate-shapes.yaml', 'title'))('%s', (_title, { cases }) => {
  test.each(cases.map((row) => [row.name, row] as const))('%s', (_name, { paragraphs, speaker }) => {
    expect(speakerOfLast(paragraphs)).toBe(speaker);
  });
});
