/** An event's date at its precision (src/corpus/event-dates.ts), for readers and for `<time datetime>`. */
import { expect, test } from 'vitest';
import { eventDateText, eventDateTime } from '../../../src/corpus/event-dates.ts';
import type { DatePrecision } from '../../../src/schemas/dates.ts';

const event = (date: string, datePrecision: DatePrecision) => ({ data: { date, datePrecision } });

test.each([
  ['rubio-tarmac-remarks', '2025-04-18', 'day', '18 April 2025', '2025-04-18'],
  ['budapest-summit', '2025-10-01', 'month', 'October 2025', '2025-10'],
  ['russian-invasion-of-ukraine-2014', '2014-01-01', 'year', '2014', '2014'],
] as const)('%s (%s, known to the %s): "%s", datetime %s', (_slug, date, precision, text, datetime) => {
  expect([eventDateText(event(date, precision)), eventDateTime(event(date, precision))]).toEqual([text, datetime]);
});
