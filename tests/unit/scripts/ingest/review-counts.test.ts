/** The review's counts read as English: "1 block", "3 blocks" (scripts/ingest/review.ts). */
import { expect, test } from 'vitest';
import { counted } from '../../../../scripts/ingest/review.ts';

test('a count takes its noun in the singular for one and the plural otherwise', () => {
  expect(counted(1, 'block')).toBe('1 block');
  expect(counted(0, 'paragraph')).toBe('0 paragraphs');
  expect(counted(3, 'line')).toBe('3 lines');
});
