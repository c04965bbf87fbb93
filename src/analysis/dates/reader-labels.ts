/**
 * The pieces of a resolved date's explanation that name a period or say why: "the week of
 * 21–27 April 2025 (Monday to Sunday)", ", read forward because of “will be held”". Days and
 * months are labelled by src/lib/calendar.ts, as everywhere on the site.
 */
import { addDays, dayRangeLabel } from '../../lib/calendar.ts';
import type { IsoDate } from '../../lib/iso-date.ts';
import type { PeriodUnit } from './date-rule.ts';
import { lower } from './date-patterns.ts';

/** "the week of 21–27 April 2025 (Monday to Sunday)", from its Monday. */
export const weekLabel = (monday: IsoDate): string =>
  `the week of ${dayRangeLabel(monday, addDays(monday, 6))} (Monday to Sunday)`;

/** "the weekend of 22–23 November 2025", from its Saturday. */
export const weekendLabel = (saturday: IsoDate): string => `the weekend of ${dayRangeLabel(saturday, addDays(saturday, 1))}`;

/** "20–21 August 2025": the evening and the morning of a night. */
export const nightLabel = (evening: IsoDate, morning: IsoDate): string => dayRangeLabel(evening, morning);

/** ", read forward because of “will be held”", when the clause's tense turned the reading. */
export const forwardNote = (cue: string | null): string => (cue ? `, read forward because of “${cue}”` : '');

/** What "early", "late" … point to in a period. */
const MODIFIER_PARTS: Readonly<Record<string, string>> = {
  early: 'the start',
  earlier: 'an earlier part',
  late: 'the end',
  later: 'a later part',
  mid: 'the middle',
};

/** Why "early"/"late" do not make the date more precise: "; “late” points to the end of the month, not to a day". */
export function modifierNote(modifier: string | undefined, unit: PeriodUnit): string {
  if (!modifier) return '';
  const part = MODIFIER_PARTS[lower(modifier)];
  return `; “${lower(modifier)}” points to ${part} of the ${unit}, not to a day`;
}
