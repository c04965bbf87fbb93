/** The corpus index's actors (src/corpus/corpus-actors.ts): how prominent an actor is. */
import { describe, expect, test } from 'vitest';
import { prominence } from '../../../src/corpus/corpus-actors.ts';

describe('prominence', () => {
  test.each([
    { mentions: 0, quotes: 0, expected: 0 },
    { mentions: 22, quotes: 0, expected: 22 },
    { mentions: 22, quotes: 12, expected: 34 },
    { mentions: 0, quotes: 3, expected: 3 },
  ])('$mentions mentions and $quotes quotes → $expected', ({ mentions, quotes, expected }) => {
    const actor = { mentions: Array.from({ length: mentions }), quotes: Array.from({ length: quotes }) } as never;
    expect(prominence(actor)).toBe(expected);
  });
});
