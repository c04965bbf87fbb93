/**
 * The date rules, one per kind of expression, in the order they are tried. Several may match the
 * same words; the resolution pass keeps the longest, and between spans of the same length and
 * start the one found first, so the order is part of the behaviour.
 */
import type { DateRule } from './date-rule.ts';
import { calendarDateRule, monthNameRule, weekdayRule, yearRule } from './named-date-rules.ts';
import {
  adjacentDayRule,
  agoRule,
  dayWordRule,
  daysLaterRule,
  relativePeriodRule,
  sameDayRule,
  weekendRule,
} from './relative-date-rules.ts';

/** Every date rule, in the order they are tried. */
export const DATE_RULES: readonly DateRule[] = [
  calendarDateRule,
  yearRule,
  monthNameRule,
  weekdayRule,
  dayWordRule,
  agoRule,
  relativePeriodRule,
  weekendRule,
  sameDayRule,
  adjacentDayRule,
  daysLaterRule,
];
