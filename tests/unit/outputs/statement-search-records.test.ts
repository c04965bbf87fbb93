/** Reported statements as search records (src/outputs/statement-search-records.ts). */
import { expect, test } from 'vitest';
import { statementSearchRecords } from '../../../src/outputs/statement-search-records.ts';
import { statementRow } from '../../helpers/made-up-statements.ts';

const articles = [
  { slug: 'talks-resume', outlet: 'The Guardian', publishedAt: '2025-04-18', url: '/articles/talks-resume/' },
  { slug: 'no-outlet', outlet: null, publishedAt: '2025-05-02', url: '/articles/no-outlet/' },
];
const actors = [{ slug: 'dmitry-peskov', name: 'Dmitry Peskov' }];

test('a named speaker: the permalink, the words, the type, speaker and outlet filters, the date', () => {
  expect(statementSearchRecords([statementRow()], articles, actors)).toEqual([
    {
      url: '/articles/talks-resume/#s-1a2b3c4d5e',
      content: 'the Kremlin was ready to continue talks',
      language: 'en',
      meta: {
        title: 'Dmitry Peskov, reported in The Guardian, 18 April 2025',
        speaker: 'Dmitry Peskov',
        outlet: 'The Guardian',
        date: '18 April 2025',
      },
      filters: { type: ['statement'], outlet: ['The Guardian'], speaker: ['Dmitry Peskov'] },
      sort: { date: '2025-04-18' },
    },
  ]);
});

test('an unnamed source is filtered by the article’s words; no speaker, no speaker filter', () => {
  const [unnamed, none] = statementSearchRecords(
    [
      statementRow({ speaker: null, speakerLabel: 'two officials' }),
      statementRow({ id: 's-2', speaker: null, speakerLabel: null }),
    ],
    articles,
    actors,
  );
  expect(unnamed!.filters.speaker).toEqual(['two officials']);
  expect(none!.filters).toEqual({ type: ['statement'], outlet: ['The Guardian'] });
  expect(none!.meta.title).toBe('Source not determined, reported in The Guardian, 18 April 2025');
});

test('an unknown outlet is said so; a statement of an unknown article gets no record', () => {
  const records = statementSearchRecords(
    [statementRow({ article: 'no-outlet' }), statementRow({ article: 'missing' })],
    articles,
    actors,
  );
  expect(records.map((record) => record.filters.outlet)).toEqual([['Unknown outlet']]);
});
