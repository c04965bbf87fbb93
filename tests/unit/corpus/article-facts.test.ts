/** An article's titles (src/corpus/article-facts.ts) when the headline is known and when it is not. */
import { describe, expect, test } from 'vitest';
import { displayTitle, headingTitle } from '../../../src/corpus/article-facts.ts';

describe('article titles when the headline is unknown', () => {
  const known = { headline: { value: 'Rubio says Trump is ready to walk away' }, workingTitle: 'unused' };
  const unknown = {
    headline: { value: null },
    workingTitle: "Politico report: Trump's push for a Putin–Zelenskyy meeting stalls",
  };

  test('a known headline is shown as published, in both forms', () => {
    expect(displayTitle(known)).toBe('Rubio says Trump is ready to walk away');
    expect(headingTitle(known)).toBe('Rubio says Trump is ready to walk away');
  });

  test('an editors’ description says so in words where no badge can be shown, once', () => {
    expect(displayTitle(unknown)).toBe("Politico report: Trump's push for a Putin–Zelenskyy meeting stalls (headline unknown)");
    // Beside a "headline unknown" badge the description stands alone, so the badge is not repeated.
    expect(headingTitle(unknown)).toBe("Politico report: Trump's push for a Putin–Zelenskyy meeting stalls");
  });
});
