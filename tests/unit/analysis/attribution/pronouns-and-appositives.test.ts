/**
 * Pronouns that must agree in sex with the person they stand for, and subjects that open a long
 * appositive (tests/fixtures/analysis/attribution/pronouns-and-appositives.yaml): the speaker the
 * rules alone give each quote.
 */
import { describe, expect, test } from 'vitest';
import { attributeArticle } from '../../../../src/analysis/attribution/attribute-quotes.ts';
import { extractQuotes } from '../../../../src/analysis/quotes/find-quotes.ts';
import type { BodyBlock } from '../../../../src/analysis/types.ts';
import { readCases, titledRows } from '../../../helpers/fixture-cases.ts';
import { stubResolver } from '../../../helpers/stub-resolver.ts';

interface PassageCase {
  name: string;
  blocks: string[];
  quote: string;
  speaker: string | null;
}

const cases = readCases<PassageCase>('analysis/attribution/pronouns-and-appositives.yaml');

function speakerOf(row: PassageCase): string | null | undefined {
  const blocks = row.blocks.map((text, index): BodyBlock => ({ id: `p-${index + 1}`, kind: 'paragraph', text }));
  const quotes = extractQuotes(blocks);
  const index = quotes.findIndex((quote) => quote.text.startsWith(row.quote));
  if (index < 0) return undefined;
  const { quotes: results } = attributeArticle(blocks, quotes, stubResolver(), { model: null });
  return results[index]!.speaker?.label ?? null;
}

describe('pronouns and appositives', () => {
  test.each(titledRows(cases, 'name'))('%s', (_name, row) => {
    expect(speakerOf(row)).toBe(row.speaker);
  });
});
