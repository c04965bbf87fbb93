import { describe, expect, test } from 'vitest';
import * as lists from '../../../../../scripts/ingest/furniture/line-rule-words.ts';

describe.each(Object.entries(lists))('%s', (_name, list) => {
  test('no entry is there twice', () => {
    expect(list.filter((entry, i) => list.indexOf(entry) !== i)).toEqual([]);
  });

  test('every entry is a regular-expression piece of its own (its brackets close)', () => {
    const unbalanced = list.filter((entry) => {
      try {
        new RegExp(`^(?:${entry})$`, 'u');
        return false;
      } catch {
        return true;
      }
    });
    expect(unbalanced).toEqual([]);
  });
});
