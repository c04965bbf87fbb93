/**
 * The date tests' case tables (tests/fixtures/dates/, YAML) and the checks they share: find the
 * one expression a row expects, compare its date, precision, span and explanation.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { expect, test } from 'vitest';
import { resolveDates } from '../../../../src/analysis/dates/resolve-dates.ts';
import type { BodyBlock, DatePrecision, ResolvedDate } from '../../../../src/analysis/types.ts';

const FIXTURES = new URL('../../../fixtures/dates/', import.meta.url);
const RAW_DIR = new URL('../../../../content/raw/', import.meta.url);

/** A made-up sentence, the one expression expected in it, and optionally the explanation readers see. */
export interface DateCase {
  name: string;
  published: string;
  sentence: string;
  text: string;
  date: string;
  precision: DatePrecision;
  explanation?: string;
}

/** Paragraphs whose expressions are dated in reading order, and every expression they resolve to. */
export interface FromPreviousDayCase {
  name: string;
  published: string;
  paragraphs: string[];
  expected: { text: string; date: string }[];
}

/** A sentence that holds no date to resolve, and why. */
export interface NonDate {
  why: string;
  sentence: string;
}

/** One temporal expression of a real article. */
export interface ArticleExpression {
  /** Body text, or page furniture that the raw file also carries (photo captions, teasers). */
  where: 'body' | 'caption' | 'teaser';
  /** The sentence, quoted verbatim from the raw file. */
  sentence: string;
  text: string;
  date: string;
  precision: DatePrecision;
  /** The dated event in sources.md the resolution agrees with, when it lists one. */
  record?: string;
  /** The explanation readers see, for the cases the brief spells out. */
  explanation?: string;
}

/** A real article's raw file (content/raw/), its publication date and every expression in it, in order. */
export interface ArticleFixture {
  id: string;
  file: string;
  published: string;
  expressions: ArticleExpression[];
}

/** The rows of a case table in tests/fixtures/dates/. */
export function readCases<Row>(file: string): Row[] {
  const rows = load(readFileSync(new URL(file, FIXTURES), 'utf8'));
  if (!Array.isArray(rows) || rows.length === 0) throw new Error(`tests/fixtures/dates/${file}: expected a list of cases`);
  return rows as Row[];
}

/** Every article of tests/fixtures/dates/articles/, by id ("000" …). */
export function readArticles(): ArticleFixture[] {
  const dir = new URL('articles/', FIXTURES);
  return readdirSync(dir)
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .map((name) => ({
      id: name.replace(/\.yaml$/, ''),
      ...(load(readFileSync(new URL(name, dir), 'utf8')) as Omit<ArticleFixture, 'id'>),
    }));
}

/** The case tables of one expression per sentence, by file. */
export const DATE_CASE_FILES = [
  'calendar-edges.yaml',
  'clause-tense.yaml',
  'new-year-roll-over.yaml',
  'weekends.yaml',
  'ago.yaml',
  'month-of-named-year.yaml',
] as const;

/** A paragraph block holding `text`. */
export const paragraph = (text: string, id = 'p-1'): BodyBlock => ({ id, text, kind: 'paragraph' });

/** A raw file's non-empty lines as blocks, furniture included, so nothing is skipped unseen. */
export function rawBlocks(file: string): BodyBlock[] {
  const lines = readRaw(file).split('\n');
  return lines.flatMap((text, index) => (text.trim() ? [paragraph(text, `line-${index + 1}`)] : []));
}

/** The text of a raw file of content/raw/. */
export const readRaw = (file: string): string => readFileSync(new URL(file, RAW_DIR), 'utf8');

/** The one expression `text` found in `sentence`; fails if there is none or several. */
export function findOne(sentence: string, published: string, text: string): ResolvedDate {
  const found = resolveDates([paragraph(sentence)], published).filter((date) => date.text === text);
  expect(found, `"${text}" should be found exactly once`).toHaveLength(1);
  return found[0]!;
}

/** Each row: its date, precision and span, and its explanation when the row gives one. */
export function testDateCases(cases: DateCase[]): void {
  test.each(cases)('$name', ({ published, sentence, text, date, precision }) => {
    const found = findOne(sentence, published, text);
    expect({ date: found.date, precision: found.precision, covered: sentence.slice(found.start, found.end) }).toEqual({
      date,
      precision,
      covered: text,
    });
  });
  const explained = cases.filter((row) => row.explanation);
  if (explained.length) {
    test.each(explained)('explanation: $name', ({ published, sentence, text, explanation }) => {
      expect(findOne(sentence, published, text).explanation).toBe(explanation);
    });
  }
}
