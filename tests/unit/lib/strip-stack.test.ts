/** One column of the timeline strip (src/lib/strip-stack.ts): all its events, or the first few and a "+n". */
import { describe, expect, test } from 'vitest';
import { stackColumn } from '../../../src/lib/strip-stack.ts';

describe('stackColumn', () => {
  test('shows every event of a column that fits', () => {
    expect(stackColumn(0, 5)).toEqual({ shown: 0, more: 0 });
    expect(stackColumn(5, 5)).toEqual({ shown: 5, more: 0 });
  });
  test('keeps the last place of a fuller column for "+n", so the column is never taller than maxStack', () => {
    expect(stackColumn(6, 5)).toEqual({ shown: 4, more: 2 });
    expect(stackColumn(20, 5)).toEqual({ shown: 4, more: 16 });
  });
});
