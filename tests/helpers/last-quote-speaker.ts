/**
 * Tables of made-up paragraphs and the speaker of their last quote, run through the whole analysis
 * (src/analysis/analyze-article.ts) with the made-up actors: the shape the attribution's case tables
 * (tests/fixtures/analysis/attribution/*-shapes.yaml, no-speaker-causes.yaml) share.
 */
import { describe, expect, test } from 'vitest';
import { analyzeArticle } from '../../src/analysis/analyze-article.ts';
import { paragraphBlocks } from './body-blocks.ts';
import { readNamedCases } from './fixture-cases.ts';
import { madeUpActorMatcher } from './made-up-actors.ts';

/** A table of cases: the speaker expected for the last quote of some paragraphs. */
interface ShapeTable {
  title: string;
  cases: Array<{ name: string; paragraphs: string[]; speaker: string | null }>;
}

const matcher = madeUpActorMatcher();

/** The last quote's speaker, as `slug` (registered), `slug*` (provisional), `“label”` (unnamed) or null. */
export function speakerOfLastQuote(paragraphs: string[]): string | null {
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

/** One `describe` per table of `fixture` (under tests/fixtures/), one test per case. */
export function describeLastQuoteSpeakers(fixture: string): void {
  describe.each(readNamedCases<ShapeTable>(fixture, 'title'))('%s', (_title, { cases }) => {
    test.each(cases.map((row) => [row.name, row] as const))('%s', (_name, { paragraphs, speaker }) => {
      expect(speakerOfLastQuote(paragraphs)).toBe(speaker);
    });
  });
}
