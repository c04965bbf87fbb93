/**
 * English month names, from the runtime's Intl data rather than the code under test, so a test of
 * how the site writes dates does not share its list with the site.
 */
export const MONTH_NAMES: readonly string[] = Array.from({ length: 12 }, (_, month) =>
  new Date(Date.UTC(2000, month, 1)).toLocaleString('en', { month: 'long', timeZone: 'UTC' }),
);
