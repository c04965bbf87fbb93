/**
 * A quote inside a subordinate clause with a subject of its own belongs to that subject, not to the
 * farther speech verb (speakerBeforeQuote in src/analysis/attribution/cue-speakers.ts): "Some Democrats
 * said they feared …, when Mr. Buchanan … called for a “cultural war”". A quote after the clause
 * ("said that when Warren railed …, “she is speaking for all of us”") stays with the speech verb.
 */
import { describe, expect, test } from 'vitest';
import { attributeQuotes } from '../../../../src/analysis/attribution/attribute-quotes.ts';
import { extractQuotes } from '../../../../src/analysis/quotes/find-quotes.ts';
import { paragraphBlocks } from '../../../helpers/body-blocks.ts';
import { stubResolver } from '../../../helpers/stub-resolver.ts';

function speakers(...paragraphs: string[]): Array<string | null> {
  const blocks = paragraphBlocks(...paragraphs);
  return attributeQuotes(blocks, extractQuotes(blocks), stubResolver(), { model: null }).map(
    (quote) => quote.speaker?.label ?? null,
  );
}

describe('a quote in a subordinate clause', () => {
  test('goes to the clause’s own subject, past an appositive', () => {
    expect(
      speakers(
        'Some Democrats said they feared a repeat of the 1992 convention, when Mr. Buchanan, who had failed to win the nomination, ' +
          'called for a “cultural war” against “liberals and radicals.”',
      ),
    ).toEqual(['Buchanan', 'Buchanan']);
  });

  test('after the clause, stays with the speech verb', () => {
    expect(
      speakers(
        'Mrs. Clinton said that when Ms. Warren railed against Wall Street from the Senate, “she is speaking for all of us.”',
      ),
    ).toEqual(['Clinton']);
  });

  test('a clause opened by "that" is the verb’s content: the speech verb’s subject', () => {
    expect(speakers('Rubio said that Trump was “a good negotiator.”')).toEqual(['Rubio']);
  });
});
