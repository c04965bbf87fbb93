/**
 * A short title quoted inside the attribution after a quote does not cut the attribution off
 * (src/analysis/attribution/attribute-quotes.ts, quoted-titles.ts), through the whole analysis, on made-up sentences.
 */
import { expect, test } from 'vitest';
import { analyzeArticle } from '../../../../src/analysis/analyze-article.ts';
import { paragraphBlocks } from '../../../helpers/body-blocks.ts';
import { madeUpActorMatcher } from '../../../helpers/made-up-actors.ts';

function firstQuoteSpeaker(paragraph: string): string | null {
  const analysis = analyzeArticle(
    {
      slug: 'test-article',
      file: 'test.md',
      blocks: paragraphBlocks(paragraph),
      published: '2025-05-01',
      curations: [],
      notPeople: [],
    },
    madeUpActorMatcher(),
  );
  return analysis.quotes[0]?.speaker?.actor ?? null;
}

test('a title quoted in the appositive after the quote leaves the speaker and verb after it', () => {
  expect(
    firstQuoteSpeaker(
      '“We’ve had more successful conventions than this one,” Texas delegate Cory Hale, wearing a cowboy hat and “Ted Cruz” campaign pins, said matter-of-factly.',
    ),
  ).toBe('cory-hale');
});

test('a quote of somebody’s words after the quote still ends its attribution', () => {
  expect(firstQuoteSpeaker('“We will see,” the delegates were told, “a very long week,” Cory Hale said.')).toBeNull();
});
