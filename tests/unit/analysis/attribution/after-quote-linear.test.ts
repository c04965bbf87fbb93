/**
 * The verbs after a quote (src/analysis/attribution/after-quote.ts) are looked up by binary search
 * among the paragraph's cues (`cueWithin`), so a paragraph of thousands of quotes stays linear.
 */
import { expect, test } from 'vitest';
import { cueWithin } from '../../../../src/analysis/attribution/subjects.ts';

test('cueWithin: the first accepted cue starting in [from, until), or none', () => {
  const cues = [{ start: 2 }, { start: 5 }, { start: 9 }, { start: 14 }];
  expect(cueWithin(cues, 5, 10, () => true)).toEqual({ start: 5 });
  expect(cueWithin(cues, 3, 10, (cue) => cue.start > 5)).toEqual({ start: 9 });
  expect(cueWithin(cues, 10, 14, () => true)).toBeUndefined();
  expect(cueWithin(cues, 0, 100, (cue) => cue.start === 14)).toEqual({ start: 14 });
});

test('cueWithin reads a handful of cues, not every cue before the window', () => {
  const cues = Array.from({ length: 10_000 }, (_, index) => ({ start: index * 10 }));
  let reads = 0;
  const counted = new Proxy(cues, {
    get(target, key, receiver) {
      if (typeof key === 'string' && /^\d+$/u.test(key)) reads++;
      return Reflect.get(target, key, receiver);
    },
  });
  expect(cueWithin(counted, 90_000, 90_015, () => true)).toEqual({ start: 90_000 });
  // A binary search over 10,000 cues reads about 14 of them; a scan from the start would read 9,001.
  expect(reads).toBeLessThan(40);
});
