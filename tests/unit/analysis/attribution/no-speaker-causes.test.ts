/**
 * Quotes that went without a speaker on PolNeAR train (issue 21, third round), through the whole analysis
 * (src/analysis/analyze-article.ts): a military title before a name ("said Army Capt. Lena Marchetti"), a pronoun
 * after a "To X," opener. The tables are in tests/fixtures/analysis/attribution/no-speaker-causes.yaml.
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

describe.each(readNamedCases<ShapeTable>('analysis/attribution/no-speaker-causes.yaml', 'title'))('%s', (_title, { cases }) => {
  test.each(cases.map((row) => [row.name, row] as const))('%s', (_name, { paragraphs, speaker }) => {
    expect(speakerOfLast(paragraphs)).toBe(speaker);
  });
});
