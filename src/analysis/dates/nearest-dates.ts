/**
 * Which weekend, month or day of the year a news text means, seen from its publication date: the
 * dates the rules pick once the words (or the clause's tense) have said which way to look.
 */
import { addDays, isoDateOf, isoWeekday, startOfIsoWeek } from '../../lib/calendar.ts';
import { isValidIsoDate, type IsoDate } from '../../lib/iso-date.ts';

/** The Saturday of the weekend of the publication week: the coming one, or the one under way on a Saturday or Sunday. */
export const comingWeekend = (published: IsoDate): IsoDate => addDays(startOfIsoWeek(published), 5);

/** The Saturday of the weekend a past-tense report means: the one under way on a Saturday or Sunday, else the one before. */
export const pastWeekend = (published: IsoDate): IsoDate =>
  addDays(comingWeekend(published), isoWeekday(published) >= 6 ? 0 : -7);

/** The Saturday of the latest weekend that began before the publication day. */
export function lastWeekendBefore(published: IsoDate): IsoDate {
  const daysSinceSaturday = (isoWeekday(published) + 1) % 7; // Saturday 0, Sunday 1, Monday 2 …
  return addDays(published, -(daysSinceSaturday === 0 ? 7 : daysSinceSaturday));
}

/** Which way to look for a month: up to and including the publication month, from it on, or strictly before or after it. */
export type MonthDirection = 'upTo' | 'from' | 'before' | 'after';

/** First day of the month `month` nearest to publication in the given direction. */
export function nearestMonth(month: number, published: IsoDate, direction: MonthDirection): IsoDate {
  const year = Number(published.slice(0, 4));
  const current = Number(published.slice(5, 7));
  const sameYear = {
    upTo: month <= current,
    from: month >= current,
    before: month < current,
    after: month > current,
  }[direction];
  const forward = direction === 'from' || direction === 'after';
  return isoDateOf(sameYear ? year : forward ? year + 1 : year - 1, month, 1);
}

/** The nearest existing `month`/`day` on or before (or on or after) publication; 29 February may be years away. */
export function nearestMonthDay(month: number, day: number, published: IsoDate, direction: 'back' | 'forward'): IsoDate | null {
  const step = direction === 'back' ? -1 : 1;
  for (let year = Number(published.slice(0, 4)), tries = 0; tries < 9; year += step, tries++) {
    const date = isoDateOf(year, month, day);
    if (isValidIsoDate(date) && (direction === 'back' ? date <= published : date >= published)) return date;
  }
  return null;
}
