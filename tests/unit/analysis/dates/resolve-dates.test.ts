/**
 * The resolution pass: every expression of the five real articles (tests/fixtures/dates/articles/),
 * spans, days counted from the last day named, cost on long paragraphs, and time zones.
 */
import { describe, expect, test } from 'vitest';
import { resolveDates } from '../../../../src/analysis/dates/resolve-dates.ts';
import {
  DATE_CASE_FILES,
  type DateCase,
  findOne,
  type FromPreviousDayCase,
  paragraph,
  rawBlocks,
  readArticles,
  readCases,
  readRaw,
} from './date-cases.ts';
import { runInTimeZone, TIME_ZONES } from '../../../helpers/time-zone.ts';

const DATES_MODULE = new URL('../../../../src/analysis/dates/resolve-dates.ts', import.meta.url);
const ARTICLES = readArticles();
/** Every expression of every article, with its article's id and publication date. */
const ARTICLE_CASES = ARTICLES.flatMap(({ id, published, expressions }) =>
  expressions.map((row) => ({ article: id, published, ...row })),
);
const FROM_PREVIOUS_DAY_CASES = readCases<FromPreviousDayCase>('from-previous-day.yaml');

describe('expressions in the articles', () => {
  test.each(ARTICLE_CASES)('$article ($where): "$text" → $date, $precision', ({ published, sentence, text, date, precision }) => {
    const found = findOne(sentence, published, text);
    expect({ date: found.date, precision: found.precision }).toEqual({ date, precision });
  });

  test.each(ARTICLE_CASES)('$article: the span of "$text" covers exactly its words', ({ published, sentence, text }) => {
    const found = findOne(sentence, published, text);
    expect({ block: found.block, covered: sentence.slice(found.start, found.end) }).toEqual({ block: 'p-1', covered: text });
  });

  test.each(ARTICLES)('$id: each table sentence is quoted verbatim from the raw file', ({ file, expressions }) => {
    const raw = readRaw(file);
    const missing = expressions.filter((row) => !raw.includes(row.sentence));
    expect(missing.map((row) => row.sentence)).toEqual([]);
  });

  test.each(ARTICLES)('$id: the whole raw file yields exactly the table, in order', ({ file, published, expressions }) => {
    const found = resolveDates(rawBlocks(file), published);
    expect(found.map(({ text, date, precision }) => ({ text, date, precision }))).toEqual(
      expressions.map(({ text, date, precision }) => ({ text, date, precision })),
    );
  });

  test.each(ARTICLE_CASES.filter((row) => row.explanation))(
    '$article: explanation of "$text"',
    ({ published, sentence, text, explanation }) => {
      expect(findOne(sentence, published, text).explanation).toBe(explanation);
    },
  );
});

describe('spans and publication dates', () => {
  test('spans point into the right block', () => {
    const blocks = [paragraph('Nothing here.', 'p-1'), paragraph('Talks ended on Tuesday.', 'p-2')];
    expect(resolveDates(blocks, '2025-12-03')).toMatchObject([{ block: 'p-2', start: 12, end: 22, text: 'on Tuesday' }]);
  });

  test('an impossible publication date is refused', () => {
    expect(() => resolveDates([paragraph('on Friday')], '2025-02-30')).toThrow(/2025-02-30/);
  });
});

describe('days counted from the last day named', () => {
  test.each(FROM_PREVIOUS_DAY_CASES)('$name', ({ published, paragraphs, expected }) => {
    const blocks = paragraphs.map((text, index) => paragraph(text, `p-${index + 1}`));
    const found = resolveDates(blocks, published);
    expect(found.map(({ text, date }) => ({ text, date }))).toEqual(expected);
  });

  test('the explanation names the day counted from, and the span points into its own block', () => {
    const blocks = [
      paragraph('Rubio met Lavrov in Paris on Thursday.', 'p-1'),
      paragraph('The next day, he flew to London.', 'p-2'),
    ];
    expect(resolveDates(blocks, '2025-04-18')[1]).toEqual({
      block: 'p-2',
      start: 0,
      end: 12,
      text: 'The next day',
      date: '2025-04-18',
      precision: 'day',
      explanation: 'The next day → 18 April 2025, the day after the last date named before it (“on Thursday”, 17 April 2025)',
    });
  });
});

describe('long paragraphs', () => {
  // A rule whose cost grows with the square of the paragraph shows here as minutes, not milliseconds.
  test('a paragraph of 300,000 characters is read in linear time', () => {
    const sentence = 'Talks will be held on Wednesday, and officials met on Feb. 1 over the weekend; the next day ';
    const long = `${sentence.repeat(1500)}${' '.repeat(100_000)}the same day ${'and '.repeat(15_000)}`;
    const started = performance.now();
    const found = resolveDates([paragraph(long)], '2025-04-21');
    expect(found).toHaveLength(1500 * 4 + 1);
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});

/**
 * Time-zone independence, proved in child processes: TZ is read when a process starts, so each
 * zone gets its own Node running the same module over every input of the date tests, and must print
 * exactly what this process computed (dates, spans and explanations alike).
 */
describe('time zones', () => {
  const inputs = [
    ...ARTICLES.map(({ file, published }) => ({ blocks: rawBlocks(file), published })),
    ...DATE_CASE_FILES.flatMap((file) => readCases<DateCase>(file)).map(({ sentence, published }) => ({
      blocks: [paragraph(sentence)],
      published,
    })),
    ...FROM_PREVIOUS_DAY_CASES.map(({ paragraphs, published }) => ({
      blocks: paragraphs.map((text, index) => paragraph(text, `p-${index + 1}`)),
      published,
    })),
  ];
  const here = inputs.map(({ blocks, published }) => resolveDates(blocks, published));
  const apply = '(dates, inputs) => inputs.map((i) => dates.resolveDates(i.blocks, i.published))';

  test.each(TIME_ZONES)('%s gives the same results', (zone, offset) => {
    const output = runInTimeZone(zone, DATES_MODULE, apply, inputs);
    expect(output.offset).toBe(offset);
    expect(output.results).toEqual(here);
  });
});
