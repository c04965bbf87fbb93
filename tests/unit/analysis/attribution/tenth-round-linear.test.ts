/**
 * The body a definite description stands for (src/analysis/attribution/definite-body-speakers.ts) is looked for in a
 * window before the quote and, once per paragraph, in the paragraphs before: a paragraph of thousands of "the company
 * said" is read in linear time.
 */
import { expect, test } from 'vitest';
import { ArticleBodies } from '../../../../src/analysis/attribution/definite-body-speakers.ts';
import type { Found } from '../../../../src/analysis/attribution/referents.ts';
import type { BlockContext } from '../../../../src/analysis/attribution/subjects.ts';
import { millisecondsOf } from '../../../helpers/elapsed-time.ts';

const COMPANY: Found = {
  speaker: { actor: null, label: 'the company' },
  method: 'explicit',
  plural: false,
  entity: 'organization',
};
const SENTENCE = 'The company said it would stay. ';

/** Paragraphs as the contexts the lookup reads (their words and candidates only). */
function contexts(...texts: string[]): BlockContext[] {
  return texts.map((text, index) => ({ index, text, candidates: [] }) as unknown as BlockContext);
}

test('the company is the body named before it, in its paragraph or the ones before, or none', () => {
  const bodies = new ArticleBodies(contexts('The Acme Company bought the plant.', SENTENCE));
  expect(bodies.speakerFor(COMPANY, 1, 0)?.label).toBe('Acme Company');
  expect(new ArticleBodies(contexts('The plant was sold.', SENTENCE)).speakerFor(COMPANY, 1, 0)).toBeNull();
});

test('thousands of the company in one paragraph are read in time proportional to their number', () => {
  const time = (repeats: number) => {
    const bodies = new ArticleBodies(contexts('The Acme Company bought the plant.', SENTENCE.repeat(repeats)));
    return millisecondsOf(() => {
      for (let at = 0; at < repeats; at++) bodies.speakerFor(COMPANY, 1, at * SENTENCE.length);
    });
  };
  time(200); // warm up
  // 5,000 lookups in a paragraph of 160,000 characters: a scan of the paragraph before each would read 400 million.
  expect(time(5000)).toBeLessThan(3000);
});
