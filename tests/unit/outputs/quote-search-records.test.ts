/** Quotes as search records (src/outputs/quote-search-records.ts). */
import { expect, test } from 'vitest';
import type { QuoteExport } from '../../../src/outputs/exports.ts';
import { quoteSearchRecords } from '../../../src/outputs/quote-search-records.ts';

const articles = [
  { slug: 'talks-resume', outlet: 'The Guardian', publishedAt: '2025-04-18' },
  { slug: 'no-outlet', outlet: null, publishedAt: '2025-05-02' },
];
const actors = [
  { slug: 'volodymyr-zelenskyy', name: 'Volodymyr Zelenskyy', aliases: ['Zelensky', 'Zelenskiy', 'Volodymyr Zelensky'] },
];

function quoteRow(fields: Partial<QuoteExport> = {}): QuoteExport {
  return {
    id: 'f05adfce13',
    text: 'Putin does not understand anything other than force',
    kind: 'statement',
    speaker: 'volodymyr-zelenskyy',
    speakerLabel: 'Zelenskyy',
    speakerProvisional: false,
    attribution: 'explicit',
    article: 'talks-resume',
    paragraph: 'p-3',
    event: null,
    url: '/articles/talks-resume/#q-f05adfce13',
    speakerRule: 'name-after-quote',
    speakerConfidence: 1,
    ...fields,
  };
}

test('a named speaker: the anchor, the words then each word of the names once, the quote type and filters', () => {
  expect(quoteSearchRecords([quoteRow()], articles, actors)).toEqual([
    {
      url: '/articles/talks-resume/#q-f05adfce13',
      content: 'Putin does not understand anything other than force\nVolodymyr Zelenskyy Zelensky Zelenskiy',
      language: 'en',
      meta: {
        title: 'Volodymyr Zelenskyy, in The Guardian, 18 April 2025',
        words: 'Putin does not understand anything other than force',
        speaker: 'Volodymyr Zelenskyy',
        outlet: 'The Guardian',
        date: '18 April 2025',
      },
      filters: { type: ['quote'], outlet: ['The Guardian'], speaker: ['Volodymyr Zelenskyy'] },
      sort: { date: '2025-04-18' },
    },
  ]);
});

test('the title (who, where, when) never repeats the snippet (the words)', () => {
  const [record] = quoteSearchRecords([quoteRow()], articles, actors);
  expect(record!.meta.title).not.toContain(record!.meta.words);
});

test('an unnamed source is found and filtered by the article’s words; no speaker is said so', () => {
  const [unnamed, none] = quoteSearchRecords(
    [quoteRow({ speaker: null, speakerLabel: 'two officials' }), quoteRow({ speaker: null, speakerLabel: null })],
    articles,
    actors,
  );
  expect(unnamed!.filters.speaker).toEqual(['two officials']);
  expect(unnamed!.content).toMatch(/\ntwo officials$/);
  expect(none!.meta.title).toBe('Speaker not determined, in The Guardian, 18 April 2025');
  expect(none!.filters).toEqual({ type: ['quote'], outlet: ['The Guardian'] });
  expect(none!.content).toBe('Putin does not understand anything other than force');
});

test('titles and scare quotes (no one’s words) and quotes of an unknown article get no record; an unknown outlet is said so', () => {
  const records = quoteSearchRecords(
    [
      quoteRow({ kind: 'title' }),
      quoteRow({ kind: 'scare' }),
      quoteRow({ article: 'missing' }),
      quoteRow({ article: 'no-outlet', kind: 'fragment' }),
    ],
    articles,
    actors,
  );
  expect(records.map((record) => record.filters.outlet)).toEqual([['Unknown outlet']]);
});
