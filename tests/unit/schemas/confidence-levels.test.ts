/** The levels of confidence in a fact (src/schemas/confidence.ts): their order, and "given by the editor" (issue 25). */
import { describe, expect, test } from 'vitest';
import { CONFIDENCE_LEVELS, confidenceExplanations, sourcedFact } from '../../../src/schemas/confidence.ts';
import { z } from 'astro/zod';

describe('confidence levels', () => {
  test('run from the surest down, with "editor" between confirmed and inferred', () => {
    expect(CONFIDENCE_LEVELS).toEqual(['confirmed', 'editor', 'secondary', 'inferred', 'unknown']);
    expect(CONFIDENCE_LEVELS.indexOf('editor')).toBeGreaterThan(CONFIDENCE_LEVELS.indexOf('confirmed'));
    expect(CONFIDENCE_LEVELS.indexOf('editor')).toBeLessThan(CONFIDENCE_LEVELS.indexOf('inferred'));
  });

  test('"editor" is explained as given by the editor', () => {
    expect(confidenceExplanations.editor).toMatch(/^Given by the editor: /);
  });

  test('a fact may be given by the editor, never with a null value', () => {
    const fact = sourcedFact(z.string());
    expect(fact.safeParse({ value: 'Reuters', confidence: 'editor', note: 'the editor gave it' }).success).toBe(true);
    expect(fact.safeParse({ value: null, confidence: 'editor' }).success).toBe(false);
  });
});
