/** Rules for expressions dated relative to publication: weekends and "… ago". */
import { describe, expect, test } from 'vitest';
import { resolveDates } from '../../../../src/analysis/dates/resolve-dates.ts';
import { type DateCase, paragraph, readCases, testDateCases } from './date-cases.ts';

describe('weekends', () => {
  testDateCases(readCases<DateCase>('weekends.yaml'));

  test('"the last weekend of the campaign" is not a date', () => {
    expect(resolveDates([paragraph('It was the last weekend of the campaign.')], '2025-04-21')).toEqual([]);
  });
});

describe('"… ago"', () => {
  testDateCases(readCases<DateCase>('ago.yaml'));

  test.each(['The talks began a few days ago.', 'Several weeks ago, the envoy resigned.'])('vague: “%s”', (sentence) => {
    expect(resolveDates([paragraph(sentence)], '2025-04-18')).toEqual([]);
  });
});
