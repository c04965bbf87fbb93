/** The whole table of date rules at the calendar's edges: month and year ends, leap days, daylight saving. */
import { describe } from 'vitest';
import { type DateCase, readCases, testDateCases } from './date-cases.ts';

describe('calendar edges', () => {
  testDateCases(readCases<DateCase>('calendar-edges.yaml'));
});
