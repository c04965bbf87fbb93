/** Rules for expressions that name their date: calendar dates, months, weekdays, years. */
import { describe, expect, test } from 'vitest';
import { resolveDates } from '../../../../src/analysis/dates/resolve-dates.ts';
import { type DateCase, paragraph, readCases, testDateCases } from './date-cases.ts';

const MONTH_OF_NAMED_YEAR_CASES = readCases<DateCase>('month-of-named-year.yaml');

describe('a day or month read forward across the new year', () => {
  testDateCases(readCases<DateCase>('new-year-roll-over.yaml'));
});

describe('a month in a year named from publication', () => {
  testDateCases(MONTH_OF_NAMED_YEAR_CASES);

  test.each(MONTH_OF_NAMED_YEAR_CASES)('one expression: $name', ({ published, sentence, text }) => {
    expect(resolveDates([paragraph(sentence)], published).map((date) => date.text)).toEqual([text]);
  });
});
