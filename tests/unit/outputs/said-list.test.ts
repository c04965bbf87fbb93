/** "What X said": quotes and reported statements in one list (src/outputs/said-list.ts). */
import { describe, expect, test } from 'vitest';
import { groupSaidByDate, saidByDate, type SaidPlace } from '../../../src/outputs/said-list.ts';

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

describe('groupSaidByDate', () => {
  const article = (slug: string, publishedAt: string, titleIsDescription = false) => ({
    slug,
    publishedAt,
    heading: slug,
    titleIsDescription,
  });
  const event = (slug: string, date: string) => ({ slug, data: { title: slug, date } });
  const april = article('april-article', '2025-04-18');
  const august = article('august-article', '2025-08-22', true);
  const said = (name: string, at: ReturnType<typeof article>, about: ReturnType<typeof event> | null) => ({
    name,
    item: { article: at, event: about },
  });
  const label = (group: ReturnType<typeof groupSaidByDate<ReturnType<typeof said>>>[number]) =>
    `${group.kind === 'event' ? group.event.slug : group.article.slug} ${group.date} [${group.items.map((entry) => entry.name).join(' ')}]`;

  test('groups are ordered by their own date, newest first: an event by its date, not by the article that reports it', () => {
    // The list as saidByDate gives it (newest article first): the April article reports remarks of
    // 30 March and 18 April, and the order of its quotes put March before April.
    const list = [
      said('post', august, event('social-post', '2025-08-21')),
      said('politico', august, null),
      said('east-room', august, event('east-room', '2025-08-18')),
      said('angry', april, event('angry-remarks', '2025-03-30')),
      said('pass', april, event('take-a-pass', '2025-04-18')),
      said('angry-again', april, event('angry-remarks', '2025-03-30')),
    ];
    expect(groupSaidByDate(list).map(label)).toEqual([
      'august-article 2025-08-22 [politico]',
      'social-post 2025-08-21 [post]',
      'east-room 2025-08-18 [east-room]',
      'take-a-pass 2025-04-18 [pass]',
      'angry-remarks 2025-03-30 [angry angry-again]',
    ]);
  });

  test('groups of one date keep the order of the list', () => {
    const list = [
      said('b', april, event('b-event', '2025-04-18')),
      said('a', april, null),
      said('c', april, event('c-event', '2025-04-18')),
    ];
    expect(groupSaidByDate(list).map((group) => group.items[0]!.name)).toEqual(['b', 'a', 'c']);
  });

  test('no entries: no groups', () => {
    expect(groupSaidByDate([])).toEqual([]);
  });
});
