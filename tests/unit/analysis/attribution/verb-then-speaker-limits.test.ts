/**
 * Two limits of the rule that reads a speech verb right after a quote and its subject after it
 * (verbThenSpeaker in src/analysis/attribution/after-quote.ts), from PolNeAR train errors:
 * a name that opens the clause the verb reports is not the speaker, and a body named just before
 * a person says where the person works, while the person speaks.
 */
import { describe, expect, test } from 'vitest';
import { attributeQuotes } from '../../../../src/analysis/attribution/attribute-quotes.ts';
import { extractQuotes } from '../../../../src/analysis/quotes/find-quotes.ts';
import { paragraphBlocks } from '../../../helpers/body-blocks.ts';
import { stubResolver } from '../../../helpers/stub-resolver.ts';

function speakers(...paragraphs: string[]): Array<{ label: string | null; rule: string | null }> {
  const blocks = paragraphBlocks(...paragraphs);
  return attributeQuotes(blocks, extractQuotes(blocks), stubResolver(), { model: null }).map((quote) => ({
    label: quote.speaker?.label ?? null,
    rule: quote.rule,
  }));
}

describe('a name after “…,” said', () => {
  test('followed by its own verb, it opens the reported clause and is not the speaker', () => {
    const [quote] = speakers('Mr. Manafort, citing “the unique magic of Trump,” said the candidate could win in Pennsylvania.');
    expect(quote?.label).not.toBe('the candidate');
    expect(quote?.rule).not.toBe('verb-then-speaker-after-quote');
  });

  test('followed by nothing but the sentence’s end, it is the speaker', () => {
    expect(speakers('“We will win in Pennsylvania,” said the candidate.')).toEqual([
      { label: 'the candidate', rule: 'verb-then-speaker-after-quote' },
    ]);
  });
});

describe('a body named just before a person after “…,” said', () => {
  test('the person speaks, not the body: said Air Force 1st Lt. Tyler Livingston', () => {
    expect(speakers('“I was hoping we’d see something else,” said Air Force 1st Lt. Tyler Livingston.')).toEqual([
      { label: 'Tyler Livingston', rule: 'verb-then-speaker-after-quote' },
    ]);
  });

  test('a body alone still speaks: said the Air Force', () => {
    expect(speakers('“The base stays open,” said the Air Force.')).toEqual([
      { label: 'the Air Force', rule: 'verb-then-speaker-after-quote' },
    ]);
  });
});
