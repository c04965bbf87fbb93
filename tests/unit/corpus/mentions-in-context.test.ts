/** An actor's mentions in context (src/corpus/mentions-in-context.ts), on sentences of the articles. */
import { describe, expect, test } from 'vitest';
import { mentionsInContext } from '../../../src/corpus/mentions-in-context.ts';

describe('mentionsInContext', () => {
  const guardian = { slug: 'guardian', publishedAt: '2025-04-18' };
  const politico = { slug: 'politico', publishedAt: '2025-08-22' };
  const mention = (article: typeof guardian, block: string, start: number, text: string, sentence: string) => ({
    article,
    block,
    start,
    text,
    sentence,
  });
  const mentions = [
    mention(
      politico,
      'p-3',
      120,
      'Lavrov',
      'Foreign minister Sergey Lavrov dismissed the transatlantic talks as “a road to nowhere” on Wednesday.',
    ),
    mention(guardian, 'p-9', 40, 'Lavrov', 'Rubio was on the phone with Sergei Lavrov, the Russian foreign minister.'),
    mention(guardian, 'p-2', 10, 'Lavrov', '“This will not work,” Lavrov said.'),
    mention(guardian, 'p-9', 60, 'Lavrov', 'Rubio was on the phone with Sergei Lavrov, the Russian foreign minister.'),
  ];
  const quotes = [{ article: { slug: 'guardian' }, parts: [{ block: 'p-2' }], text: 'This will not work,' }];

  test('date order, each sentence once, the name cut out for marking, the actor’s own quotes left out', () => {
    expect(mentionsInContext(mentions, quotes).map((m) => [m.article.slug, m.block, m.before, m.name, m.after])).toEqual([
      ['guardian', 'p-9', 'Rubio was on the phone with Sergei ', 'Lavrov', ', the Russian foreign minister.'],
      [
        'politico',
        'p-3',
        'Foreign minister Sergey ',
        'Lavrov',
        ' dismissed the transatlantic talks as “a road to nowhere” on Wednesday.',
      ],
    ]);
  });

  test('a quote hides only mentions in its own article and paragraph', () => {
    const elsewhere = [
      { article: { slug: 'guardian' }, parts: [{ block: 'p-5' }], text: 'This will not work,' },
      { article: { slug: 'politico' }, parts: [{ block: 'p-2' }], text: 'This will not work,' },
    ];
    expect(mentionsInContext(mentions, elsewhere).map((m) => `${m.article.slug} ${m.block}`)).toEqual([
      'guardian p-2',
      'guardian p-9',
      'politico p-3',
    ]);
  });

  test('a quote over two paragraphs hides the mentions of both', () => {
    const spanning = [
      { article: { slug: 'guardian' }, parts: [{ block: 'p-8' }, { block: 'p-9' }], text: 'Rubio was on the phone' },
    ];
    expect(mentionsInContext(mentions, spanning).map((m) => `${m.article.slug} ${m.block}`)).toEqual([
      'guardian p-2',
      'politico p-3',
    ]);
  });
});
