/** A letter's or a column's sign-off, name and place on one line (issue 25, round 14): story text, never chrome. */
import { describe, expect, test } from 'vitest';
import { keptByShape } from '../../../../../scripts/ingest/furniture/line-model.ts';
import { isSignOffLine } from '../../../../../scripts/ingest/furniture/story-sections.ts';

const LETTER =
  'I wrote to thank the crossing guard who waits in the rain every morning. The street is safer because of her work.';
const body = { role: 'body', block: 'paragraph' } as const;

describe('isSignOffLine', () => {
  test('takes a name and a place, maybe with a state', () => {
    expect(isSignOffLine('Nora Pell, Tulsa')).toBe(true);
    expect(isSignOffLine('Ed J. Varga, Walnut Creek, Calif.')).toBe(true);
    expect(isSignOffLine('Lou Marsh, Grand Rapids, Michigan')).toBe(true);
  });

  test('refuses bylines, credits, sentences and lone names', () => {
    expect(isSignOffLine('By Nora Pell, Tulsa')).toBe(false);
    expect(isSignOffLine('Von Anna Kurz, Hamburg')).toBe(false);
    expect(isSignOffLine('Nora Pell, Staff Writer')).toBe(false);
    expect(isSignOffLine('Nora Pell, Reuters')).toBe(false);
    expect(isSignOffLine('Nora Pell, Tulsa: a city remembers')).toBe(false);
    expect(isSignOffLine('Nora Pell')).toBe(false);
    expect(isSignOffLine('Home, Sports, Weather')).toBe(false);
  });
});

describe('keptByShape keeps the sign-off', () => {
  test('right after the letter’s last paragraph', () => {
    const text = [{ text: LETTER }, { text: 'Nora Pell, Tulsa' }, { text: 'Top Picks' }];
    expect(keptByShape(text, text.map(() => body) as never)).toEqual([true, true, false]);
  });

  test('not when no paragraph stands above it', () => {
    const text = [{ text: 'Nora Pell, Tulsa' }, { text: LETTER }];
    expect(keptByShape(text, text.map(() => body) as never)[0]).toBe(false);
  });
});
