import { describe, expect, test } from 'vitest';
import type { BodyBlock, ResolvedDate } from '../../../../src/analysis/types.ts';
import { scoreDates } from '../../../../scripts/eval/score-dates.ts';

describe('scoreDates', () => {
  const blocks: BodyBlock[] = [{ id: 'p-1', text: 'He left on Friday and came back last week, in June.', kind: 'paragraph' }];
  const resolved = (text: string, date: string, precision: ResolvedDate['precision']): ResolvedDate => {
    const start = blocks[0]!.text.indexOf(text);
    return { block: 'p-1', start, end: start + text.length, text, date, precision, explanation: '' };
  };
  const { figures } = scoreDates(
    'a',
    blocks,
    [
      { text: 'on Friday', date: '2025-04-18', precision: 'day' },
      { text: 'last week', date: '2025-04-07', precision: 'week' },
      { text: 'in June', date: '2025-06-01', precision: 'month' },
    ],
    [resolved('Friday', '2025-04-18', 'day'), resolved('last week', '2025-04-14', 'week')],
  );

  test('found, right, wrong and missed', () => {
    expect([figures.found, figures.right, figures.wrong, figures.missed]).toEqual([2, 1, 1, 1]);
  });
});
