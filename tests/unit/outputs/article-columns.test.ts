/** The article columns of the heat map and the coverage table (src/outputs/article-columns.ts): one order for both. */
import { describe, expect, test } from 'vitest';
import { articleColumns } from '../../../src/outputs/article-columns.ts';

const article = (slug: string, publishedAt: string) => ({ slug, publishedAt });
const time = article('time', '2025-12-03');
const guardian = article('guardian', '2025-04-18');
const abc = article('abc', '2025-04-18');
const politico = article('politico', '2025-08-22');

describe('articleColumns', () => {
  test('puts the oldest first, articles of one day by slug, whatever the input order', () => {
    const order = ['abc', 'guardian', 'politico', 'time'];
    expect(articleColumns([time, guardian, abc, politico], 24).map((a) => a.slug)).toEqual(order);
    expect(articleColumns([politico, abc, time, guardian], 24).map((a) => a.slug)).toEqual(order);
  });

  test('keeps the newest when there are more than max', () => {
    expect(articleColumns([time, guardian, abc, politico], 2).map((a) => a.slug)).toEqual(['politico', 'time']);
    expect(articleColumns([time], 0)).toEqual([]);
  });

  test('does not reorder its input', () => {
    const input = [time, guardian];
    articleColumns(input, 24);
    expect(input).toEqual([time, guardian]);
  });
});
