/**
 * The verbs after a quote (src/analysis/attribution/after-quote.ts) are looked up by binary search
 * among the paragraph's cues (`cueWithin`), so a paragraph of thousands of quotes stays linear.
 */
import { expect, test } from 'vitest';
import { cueWithin } from '../../../../src/analysis/attribution/subjects.ts';
import { millisecondsOf } from '../../../helpers/elapsed-time.ts';
import { analyseParagraphs } from '../../../helpers/reported-statements.ts';

test('cueWithin: the first accepted cue starting in [from, until), or none', () => {
  const cues = [{ start: 2 }, { start: 5 }, { start: 9 }, { start: 14 }];
  expect(cueWithin(cues, 5, 10, () => true)).toEqual({ start: 5 });
  expect(cueWithin(cues, 3, 10, (cue) => cue.start > 5)).toEqual({ start: 9 });
  expect(cueWithin(cues, 10, 14, () => true)).toBeUndefined();
  expect(cueWithin(cues, 0, 100, (cue) => cue.start === 14)).toEqual({ start: 14 });
});

test('a paragraph of 8,000 short quotes, “…,” he said, is analysed in linear time', () => {
  const unit = '“We will talk,” he said. “We will win,” she said. ';
  const time = (repeats: number) => millisecondsOf(() => analyseParagraphs([unit.repeat(repeats)]));
  time(50); // warm up
  // Every quote's verb used to be looked for among all the paragraph's cues: 4,000 repetitions took 14 times as long
  // as 500; now about 6 times (8 times the text). The ratio, not the time, is checked: a loaded machine slows both alike.
  const small = time(500);
  const large = time(4000);
  expect(large / Math.max(small, 1)).toBeLessThan(10);
});
