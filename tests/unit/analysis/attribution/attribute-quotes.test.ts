/**
 * Attribution (src/analysis/attribution/attribute-quotes.ts) on passages of the five articles and
 * on edge cases: the case tables are in tests/fixtures/analysis/attribution/.
 */
import { describe, expect, test } from 'vitest';
import { attributeQuotes } from '../../../../src/analysis/attribution/attribute-quotes.ts';
import { extractQuotes } from '../../../../src/analysis/quotes/find-quotes.ts';
import type { AttributionMethod } from '../../../../src/analysis/types.ts';
import { paragraphBlocks } from '../../../helpers/body-blocks.ts';
import { readNamedCases } from '../../../helpers/fixture-cases.ts';
import { stubResolver } from '../../../helpers/stub-resolver.ts';

/** What a row expects of a quote: its first words, speaker (slug, or the label of an unnamed source) and method. */
interface ExpectedQuote {
  startsWith: string;
  speaker: string | { unnamed: string } | null;
  method: AttributionMethod | null;
}

interface AttributionCase {
  name: string;
  paragraphs: string[];
  quotes: ExpectedQuote[];
}

const resolveActor = stubResolver();

/** Each quote's full text, speaker and method. */
function attributionsIn(paragraphs: string[]): ExpectedQuote[] {
  const body = paragraphBlocks(...paragraphs);
  const quotes = extractQuotes(body);
  return attributeQuotes(body, quotes, resolveActor).map(({ speaker, attribution }, index) => ({
    startsWith: quotes[index]!.text.split(' ').slice(0, 3).join(' '),
    speaker: speaker === null ? null : (speaker.actor ?? { unnamed: speaker.label }),
    method: attribution,
  }));
}

/** Compares on the first words only, so rows stay short. */
function expectAttributions(paragraphs: string[], expected: ExpectedQuote[]) {
  const actual = attributionsIn(paragraphs);
  expect(actual).toEqual(
    expected.map((quote, index) => {
      const words = actual[index]?.startsWith;
      return { ...quote, startsWith: words?.startsWith(quote.startsWith) ? words : quote.startsWith };
    }),
  );
}

describe.each([
  ['attribution rules, on passages of the articles', 'passages.yaml'],
  ['attribution edge cases', 'edge-cases.yaml'],
])('%s', (_table, file) => {
  test.each(readNamedCases<AttributionCase>(`analysis/attribution/${file}`))('%s', (_name, { paragraphs, quotes }) => {
    expectAttributions(paragraphs, quotes);
  });
});
