/** Short quoted titles made plain for the subject reader (src/analysis/attribution/quoted-titles.ts), offsets kept. */
import { describe, expect, test } from 'vitest';
import { maskQuotedTitles } from '../../../../src/analysis/attribution/quoted-titles.ts';

describe('maskQuotedTitles', () => {
  test.each([
    [', author of “America’s Unwritten Constitution,” put', ', author of  America’s Unwritten Constitution,  put'],
    [', wearing “Ted Cruz” pins, said', ', wearing  Ted Cruz  pins, said'],
    // A quote in lower case, or a long one, is somebody's words, not a title: it stays.
    [' who called it “a disaster,” said', ' who called it “a disaster,” said'],
    [' “One Two Three Four Five Six Seven” said', ' “One Two Three Four Five Six Seven” said'],
  ])('%s', (text, masked) => {
    expect(maskQuotedTitles(text)).toBe(masked);
    expect(maskQuotedTitles(text)).toHaveLength(text.length);
  });
});
