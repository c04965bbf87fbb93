/**
 * English month and weekday names, from the runtime's Intl data rather than the code under test,
 * so a test of how the site writes dates does not share its list with the site.
 */
export const MONTH_NAMES: readonly string[] = Array.from({ length: 12 }, (_, month) =>
  new Date(Date.UTC(2000, month, 1)).toLocaleString('en', { month: 'long', timeZone: 'UTC' }),
);

/** Weekday names, Monday first: 3 January 2000 was a Monday. */
export const WEEKDAY_NAMES: readonly string[] = Array.from({ length: 7 }, (_, day) =>
  new Date(Date.UTC(2000, 0, 3 + day)).toLocaleString('en', { weekday: 'long', timeZone: 'UTC' }),
);
