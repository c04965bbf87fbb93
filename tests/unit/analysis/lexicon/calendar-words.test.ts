/** The one list of month and weekday names, and the forms derived from it. */
import { describe, expect, test } from 'vitest';
import {
  MONTH_ABBREVIATIONS,
  MONTH_NAMES,
  MONTH_SHORT_NAMES,
  WEEKDAY_NAMES,
} from '../../../../src/analysis/lexicon/calendar-words.ts';
import * as intl from '../../../helpers/calendar.ts';

describe('calendar words', () => {
  test('the month names are the runtime’s English ones, January first', () => {
    expect(MONTH_NAMES).toEqual(intl.MONTH_NAMES);
  });

  test('the weekday names are the runtime’s English ones, Monday first', () => {
    expect(WEEKDAY_NAMES).toEqual(intl.WEEKDAY_NAMES);
  });

  test('the short names are three letters, as the timeline writes them', () => {
    expect(MONTH_SHORT_NAMES).toEqual(['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']);
  });

  test('the abbreviations written before a day leave out May and put "Sept" before "Sep"', () => {
    expect(MONTH_ABBREVIATIONS).toEqual(['Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sept', 'Sep', 'Oct', 'Nov', 'Dec']);
  });

  test('no list repeats a word, and no month is a weekday', () => {
    const lists = [MONTH_NAMES, WEEKDAY_NAMES, MONTH_SHORT_NAMES, MONTH_ABBREVIATIONS];
    expect(lists.filter((list) => new Set(list).size !== list.length)).toEqual([]);
    expect(MONTH_NAMES.filter((name) => WEEKDAY_NAMES.includes(name))).toEqual([]);
  });
});
