import { describe, expect, test } from 'vitest';
import { decodeSaidMeta, encodeSaidMeta, saidKind } from '../../../src/lib/said-meta.ts';

describe('the said metadata of an article page', () => {
  test('round-trips anchors and speakers, a missing speaker included', () => {
    const anchors = [
      { id: 'q-1a2b3c4d5e', speaker: 'Marco Rubio' },
      { id: 's-9f8e7d6c5b', speaker: null },
      { id: 'q-0000000001', speaker: 'two officials familiar with the talks' },
    ];
    const value = encodeSaidMeta(anchors);
    expect(value).toBe('q-1a2b3c4d5e=Marco Rubio|s-9f8e7d6c5b=|q-0000000001=two officials familiar with the talks');
    expect([...decodeSaidMeta(value).values()]).toEqual(anchors);
  });

  test("a name holding the encoding's separators keeps its other words", () => {
    const value = encodeSaidMeta([{ id: 'q-1', speaker: 'A | B = C \\ D' }]);
    expect(decodeSaidMeta(value).get('q-1')).toEqual({ id: 'q-1', speaker: 'A B C D' });
  });

  test('nothing, or entries of another shape, decode to no anchors', () => {
    expect(decodeSaidMeta(undefined).size).toBe(0);
    expect(decodeSaidMeta('').size).toBe(0);
    expect(decodeSaidMeta('no-separator|=Name').size).toBe(0);
  });

  test('an anchor is a statement when it starts with s-, else a quote', () => {
    expect(saidKind('s-abc')).toBe('statement');
    expect(saidKind('q-abc')).toBe('quote');
  });
});
