/**
 * The speaker rules (src/analysis/attribution/speaker-rules.ts), one row each in
 * tests/fixtures/analysis/attribution/speaker-rules.yaml: the rule answers for its quote, and
 * with the rules alone it is the rule recorded on the quote.
 */
import { describe, expect, test } from 'vitest';
import { attributeArticle } from '../../../../src/analysis/attribution/attribute-quotes.ts';
import { SPEAKER_RULES, type QuoteScene } from '../../../../src/analysis/attribution/speaker-rules.ts';
import { extractQuotes } from '../../../../src/analysis/quotes/find-quotes.ts';
import type { BodyBlock } from '../../../../src/analysis/types.ts';
import { readCases, titledRows } from '../../../helpers/fixture-cases.ts';
import { stubResolver } from '../../../helpers/stub-resolver.ts';

interface RuleCase {
  rule: string;
  blocks: Array<{ kind: BodyBlock['kind']; text: string }>;
  quote: string;
  speaker: string;
}

const cases = readCases<RuleCase>('analysis/attribution/speaker-rules.yaml');

/** What the row's rule proposes for its quote (asked during the reading, with what was read so far), and what the quote got, the rules alone choosing. */
function analyse(row: RuleCase) {
  const blocks = row.blocks.map((block, index): BodyBlock => ({ id: `p-${index + 1}`, ...block }));
  const quotes = extractQuotes(blocks);
  const index = quotes.findIndex((quote) => quote.text.startsWith(row.quote));
  const rule = SPEAKER_RULES.find((entry) => entry.name === row.rule)!;
  let proposal: ReturnType<typeof rule.propose> | undefined;
  const { quotes: results } = attributeArticle(blocks, quotes, stubResolver(), {
    model: null,
    onQuote: (quoteIndex, _choice, scene: QuoteScene) => {
      if (quoteIndex === index) proposal = rule.propose(scene);
    },
  });
  return { proposal, result: results[index] };
}

describe('SPEAKER_RULES', () => {
  test('every rule has a row in the fixture', () => {
    expect(SPEAKER_RULES.map((rule) => rule.name).filter((name) => !cases.some((row) => row.rule === name))).toEqual([]);
  });

  test('rule names are unique', () => {
    const names = SPEAKER_RULES.map((rule) => rule.name);
    expect(new Set(names).size).toBe(names.length);
  });

  test.each(titledRows(cases, 'rule'))('%s answers for its quote', (_name, row) => {
    const { proposal } = analyse(row);
    const speaker = proposal === 'abstain' || !proposal ? proposal : (proposal.speaker.actor ?? `“${proposal.speaker.label}”`);
    expect(speaker).toBe(row.speaker);
  });

  test.each(titledRows(cases, 'rule'))('%s is the rule recorded on the quote', (_name, row) => {
    const { result } = analyse(row);
    expect(result?.rule ?? 'abstain').toBe(row.speaker === 'abstain' ? 'abstain' : row.rule);
  });
});
