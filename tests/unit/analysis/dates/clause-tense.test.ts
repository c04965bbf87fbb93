/** The tense of the clause reads a bare day forward or back (src/analysis/dates/clause-tense.ts), seen through the dates it gives. */
import { describe } from 'vitest';
import { type DateCase, readCases, testDateCases } from './date-cases.ts';

describe('the tense of the clause', () => {
  testDateCases(readCases<DateCase>('clause-tense.yaml'));
});
