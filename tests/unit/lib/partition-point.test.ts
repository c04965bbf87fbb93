import { describe, expect, test } from 'vitest';
import { partitionPoint } from '../../../src/lib/partition-point.ts';

describe('partitionPoint', () => {
  const sorted = [2, 4, 4, 4, 9, 12];
  test.each([
    [0, 0],
    [2, 0],
    [3, 1],
    [4, 1],
    [5, 4],
    [12, 5],
    [13, 6],
  ])('the first value at or above %i is at index %i', (value, index) => {
    expect(partitionPoint(sorted.length, (at) => sorted[at]! >= value)).toBe(index);
  });

  test('agrees with a linear scan on every threshold of a long list', () => {
    const values = Array.from({ length: 200 }, (_, index) => Math.floor(index / 3));
    for (let value = -1; value <= 70; value++) {
      expect(partitionPoint(values.length, (at) => values[at]! > value)).toBe(
        values.findIndex((item) => item > value) === -1 ? values.length : values.findIndex((item) => item > value),
      );
    }
  });

  test('an empty range and a predicate that is always true', () => {
    expect(partitionPoint(0, () => true)).toBe(0);
    expect(partitionPoint(5, () => true)).toBe(0);
    expect(partitionPoint(5, () => false)).toBe(5);
  });
});
