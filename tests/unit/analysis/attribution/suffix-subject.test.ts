/**
 * A name ending in an abbreviated suffix ("James B. Comey Jr.") is still the subject of the verb
 * after its appositive (isSubjectOf in src/analysis/attribution/subjects.ts): the suffix's full stop
 * stood between the name and the appositive's comma, so the quote went to an earlier speaker.
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

describe('a subject whose name ends in Jr. or Sr.', () => {
  const earlier = 'The account pointed to the shootings, according to a report from the SITE Intelligence Group.';

  test('“…,” Name Jr., the appositive, said: the named man', () => {
    expect(
      speakers(
        earlier,
        '“Twitter works as a way to sell murder,” James B. Comey Jr., the director of the Federal Bureau of Investigation, said.',
      ),
    ).toEqual([{ label: 'James B Comey Jr', rule: 'speaker-then-verb-after-quote' }]);
  });

  test('a full stop that ends a sentence still ends it: “Jr.” does not reach past a sentence', () => {
    expect(speakers('It was built by Martin Luther King Jr. The mayor said it was “a good start.”')).toEqual([
      { label: 'the mayor', rule: 'speech-verb-before-quote' },
    ]);
  });
});
