/** How a date reads at its precision, for people and in `datetime` attributes. */
import { describe, expect, test } from 'vitest';
import { formatDate, formatShortDate, machineReadableDate } from '../../../src/schemas/dates.ts';

describe('a date at its precision', () => {
  test.each([
    ['day', '18 April 2025', '2025-04-18'],
    ['week', 'week of 18 April 2025', '2025-W16'],
    ['month', 'April 2025', '2025-04'],
    ['year', '2025', '2025'],
  ] as const)('%s: "%s", datetime %s', (precision, forPeople, datetime) => {
    expect([formatDate('2025-04-18', precision), machineReadableDate('2025-04-18', precision)]).toEqual([forPeople, datetime]);
  });

  test('a day by default, and a short form for lists', () => {
    expect([formatDate('2025-04-08'), machineReadableDate('2025-04-08'), formatShortDate('2025-04-08')]).toEqual([
      '8 April 2025',
      '2025-04-08',
      '8 Apr 2025',
    ]);
  });
});
