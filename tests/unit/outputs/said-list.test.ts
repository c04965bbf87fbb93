/** "What X said": quotes and reported statements in one list (src/outputs/said-list.ts). */
import { expect, test } from 'vitest';
import { saidByDate, type SaidPlace } from '../../../src/outputs/said-list.ts';

const older = { slug: 'a-older', publishedAt: '2025-04-18' };
const newer = { slug: 'b-newer', publishedAt: '2025-11-21' };
const at = (article: SaidPlace['article'], block: string, start: number, name: string) => ({
  name,
  place: { article, block, start },
});

test('newest article first, then reading order (p-10 after p-9), quotes and statements interleaved', () => {
  const quotes = [at(older, 'p-2', 0, 'q-older'), at(newer, 'p-10', 5, 'q-newer-p10')];
  const statements = [at(newer, 'p-9', 40, 's-newer-p9'), at(newer, 'p-10', 0, 's-newer-p10'), at(older, 'p-3', 0, 's-older')];
  const list = saidByDate(
    quotes,
    statements,
    (q) => q.place,
    (s) => s.place,
  );
  expect(list.map((entry) => `${entry.kind} ${entry.item.name}`)).toEqual([
    'reported s-newer-p9',
    'reported s-newer-p10',
    'quoted q-newer-p10',
    'quoted q-older',
    'reported s-older',
  ]);
});

test('no statements: the quotes in their order', () => {
  const quotes = [at(newer, 'p-1', 0, 'first'), at(older, 'p-1', 0, 'second')];
  expect(
    saidByDate(
      quotes,
      [],
      (q) => q.place,
      () => quotes[0]!.place,
    ).map((entry) => entry.item.name),
  ).toEqual(['first', 'second']);
});
