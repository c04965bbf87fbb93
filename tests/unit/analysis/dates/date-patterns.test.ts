/** What the patterns leave out: durations, spans, names with a weekday in them, "may" the verb. */
import { describe, expect, test } from 'vitest';
import { resolveDates } from '../../../../src/analysis/dates/resolve-dates.ts';
import { type NonDate, paragraph, readCases } from './date-cases.ts';

describe('not dates', () => {
  test.each(readCases<NonDate>('not-dates.yaml'))('$why: “$sentence”', ({ sentence }) => {
    expect(resolveDates([paragraph(sentence)], '2025-04-18').map((date) => date.text)).toEqual([]);
  });
});
