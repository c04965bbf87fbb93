/**
 * Issue 26 item 8: years 0000–0099 were refused as "an impossible date", because `Date.UTC` reads
 * them as 1900–1999. Every four-digit year is its own.
 */
import { describe, expect, test } from 'vitest';
import { isoDateToUtc, isValidIsoDate, utcDate, utcToIsoDate } from '../../../src/lib/iso-date.ts';
import { isoDateSchema } from '../../../src/schemas/dates.ts';

describe('early years', () => {
  test.each(['0000-01-01', '0050-06-15', '0099-12-31', '0004-02-29'])('%s is a possible date, read as itself', (date) => {
    expect(isValidIsoDate(date)).toBe(true);
    expect(utcToIsoDate(isoDateToUtc(date))).toBe(date);
  });

  test.each(['0050-02-30', '0001-02-29', '2025-13-01'])('%s is still impossible', (date) => {
    expect(isValidIsoDate(date)).toBe(false);
  });

  test('utcDate overflows months as Date.UTC does, without the 1900 shift', () => {
    expect(utcToIsoDate(utcDate(50, 12, 1))).toBe('0051-01-01');
    expect(utcToIsoDate(utcDate(2025, 0, 32))).toBe('2025-02-01');
  });

  test('the schema accepts them', () => {
    expect(isoDateSchema.safeParse('0050-06-15').success).toBe(true);
  });
});
