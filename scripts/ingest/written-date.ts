/**
 * Dates as a pasted page writes them ("April 18, 2025", "18 April 2025", "2025-04-18", "19/07/2016"),
 * read into `YYYY-MM-DD`: the publication date of a byline or date line, and a page's metadata dates.
 */
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * The calendar date a date string writes, `YYYY-MM-DD`, or null. ISO strings give their own date
 * part (the outlet's local date, whatever the machine's time zone); written dates give theirs;
 * all-number dates only when day and month cannot be mixed up (the day is over 12).
 */
export function isoDateOf(value: string): string | null {
  const trimmed = value.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T\s])/.exec(trimmed);
  if (iso) return validDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  return writtenDate(trimmed);
}

/** Month names as dates write them, whole or cut short (matched without regard to case). */
const MONTH_FORMS = [
  'jan(?:uary)?',
  'feb(?:ruary)?',
  'mar(?:ch)?',
  'apr(?:il)?',
  'may',
  'june?',
  'july?',
  'aug(?:ust)?',
  'sep(?:t(?:ember)?)?',
  'oct(?:ober)?',
  'nov(?:ember)?',
  'dec(?:ember)?',
];
/** A month, whole or cut short, captured. */
const MONTH_NAME = String.raw`(${MONTH_FORMS.join('|')})\.?`;
const MONTH_FIRST = new RegExp(String.raw`\b${MONTH_NAME}\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b`, 'i');
const DAY_FIRST = new RegExp(String.raw`\b(\d{1,2})(?:st|nd|rd|th)?\s+${MONTH_NAME},?\s+(\d{4})\b`, 'i');

/** The first date written in a line and the words that write it ("April 18, 2025"), or null. */
export function writtenDateMatch(line: string): { date: string | null; text: string } | null {
  const monthFirst = MONTH_FIRST.exec(line);
  if (monthFirst)
    return { date: validDate(Number(monthFirst[3]), monthNumber(monthFirst[1]!), Number(monthFirst[2])), text: monthFirst[0] };
  const dayFirst = DAY_FIRST.exec(line);
  if (dayFirst)
    return { date: validDate(Number(dayFirst[3]), monthNumber(dayFirst[2]!), Number(dayFirst[1])), text: dayFirst[0] };
  const iso = /\b(\d{4})-(\d{2})-(\d{2})\b/.exec(line);
  if (iso) return { date: validDate(Number(iso[1]), Number(iso[2]), Number(iso[3])), text: iso[0] };
  const numeric = /\b(\d{1,2})[/.](\d{1,2})[/.](\d{4})\b/.exec(line);
  if (numeric) {
    const [a, b] = [Number(numeric[1]), Number(numeric[2])];
    if (a > 12 && b <= 12) return { date: validDate(Number(numeric[3]), b, a), text: numeric[0] };
    if (b > 12 && a <= 12) return { date: validDate(Number(numeric[3]), a, b), text: numeric[0] };
  }
  return null;
}

/** The first date written in a line ("April 18, 2025", "18 April 2025", "2025-04-18"), or null. */
export function writtenDate(line: string): string | null {
  return writtenDateMatch(line)?.date ?? null;
}

function monthNumber(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

function validDate(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || year < 1900 || year > 2100) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
