import { AGENCIES, MONTH_NAMES } from './line-rule-words.ts';

/**
 * The patterns several line rules share (dates, photo agencies, bylines, author notes), and the
 * two ways a long pattern is written in pieces, one alternative a line: `anyOf` joins them into a
 * group inside a pattern, `anyPattern` into a whole pattern. A pattern only one rule uses stays in
 * that rule (line-rules.ts); word lists are in line-rule-words.ts.
 */

/** A non-capturing group of alternatives, `(?:a|b|c)`, from regular-expression pieces. */
export function anyOf(...alternatives: readonly string[]): string {
  return `(?:${alternatives.join('|')})`;
}

/** A regular expression that matches any of `patterns` (whole patterns, with their own anchors). */
export function anyPattern(flags: string, ...patterns: readonly string[]): RegExp {
  return new RegExp(patterns.join('|'), flags);
}

/** A month, maybe cut short with a full stop ("Sept."). */
const MONTH = String.raw`${anyOf(...MONTH_NAMES)}\.?`;
const WEEKDAY = String.raw`(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)(?:day|nesday|rsday|urday|sday)?\.?,?`;
const DATE = anyOf(
  String.raw`${MONTH}\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}`,
  String.raw`\d{1,2}(?:st|nd|rd|th)?\s+${MONTH},?\s+\d{4}`,
  String.raw`\d{4}-\d{2}-\d{2}`,
  String.raw`\d{1,2}[/.]\d{1,2}[/.]\d{2,4}`,
);
const TIME = String.raw`(?:[,:]?\s*(?:at\s+|à\s+|-\s*)?\d{1,2}(?:[:.h]\d{2})?\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,4}|GMT[+-]?\d*)?)`;

/** A date anywhere in a line ("April 18, 2025", "18th April 2025", "2025-04-18", "18/04/2025"). */
export const DATE_RE = new RegExp(DATE, 'i');

const AGENCY = anyOf(...AGENCIES);
/** A line that ends with an agency, after a space, a slash, a bracket or a dash ("… /via Reuters"). */
export const AGENCY_AT_END = new RegExp(String.raw`(?:^|[\s/(—–-])${AGENCY}\)?$`, 'i');
/** A line that is an agency's name and nothing else. */
export const AGENCY_ONLY = new RegExp(`^${AGENCY}$`, 'i');
/** Caption endings: "(AP Photo/Evan Vucci)", "(Reuters)", "(… photo via AP)", "(Ellen M. Banner / The Seattle Times)". */
export const BRACKETED_PHOTO_CREDIT = /\([^()]*\b(?:photo|image|picture)s?\b[^()]*(?:\/|\bvia\b|\bby\b|\bcourtesy\b)[^()]*\)$/i;
/** An agency in brackets at the end of a caption, maybe with a photographer ("(Oleg Urusov/ … via AP)"). */
export const BRACKETED_AGENCY = new RegExp(String.raw`\((?:[^()]*/\s*)?${AGENCY}(?: Photo)?(?:\s*/[^()]+)?\)$`, 'i');
/** A photographer and an outlet in brackets at the end of a caption ("(Ellen M. Banner / The Seattle Times)"). */
export const BRACKETED_NAME_AND_OUTLET = /\(\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){1,3} \/ (?:The )?\p{Lu}[^()]+\)$/u;

/** Jobs an author note gives its author. */
const JOBS = ['reporter', 'correspondent', 'writer', 'editor', 'columnist', 'journalist', 'contributor', 'producer'];
/** "Jane Doe is a reporter for …" (names case-sensitive: with the `i` flag \p{Lu} matches any letter). */
export const AUTHOR_NOTE = new RegExp(
  [
    String.raw`^\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){1,3},?\s+`,
    String.raw`(?:is|was|has been|IS|WAS|HAS BEEN)\s+(?:a|an|the|A|AN|THE)\s+(?:[\p{L}-]+\s+){0,5}`,
    String.raw`(?:${[...JOBS, ...JOBS.map((job) => job.toUpperCase())].join('|')})\b`,
  ].join(''),
  'u',
);

/** "Jane Doe is the author of “Title”": an author's note naming a book (a quoted title right after "of"). */
export const AUTHOR_OF_BOOK =
  /^\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){1,3},?\s+(?:is|was)\s+(?:also\s+)?the\s+(?:co-?)?author\s+of\s+[“"‘]/u;

/** A caption's closing date: the word before it and ", April 17, 2025." at the end of the line. */
export const COMMA_DATE_AT_END = new RegExp(String.raw`(\S+),\s+${MONTH}\s+\d{1,2},\s+\d{4}\.?$`);
/** A weekday and nothing else ("Thursday,"). */
export const WEEKDAY_ONLY = new RegExp(`^${WEEKDAY}$`, 'i');
/** "Published April 18, 2025", "22 Dec, 2016", "April 28, 2019 at 6:01 am Updated April 29, 2019 at 3:33 pm". */
export const DATE_LINE = new RegExp(
  [
    // An outlet and a place first: "CNNMoney (New York)".
    String.raw`^(?:[\p{L}\p{N}.]+(?: \([\p{L} ]+\))?\s+)?`,
    String.raw`(?:(?:first |originally )?(?:published|posted|updated|last updated|modified|mis à jour)(?: on| le)?:?\s*)?`,
    String.raw`(?:${WEEKDAY}\s+)?${DATE}${TIME}?`,
    // Then when it was updated.
    String.raw`(?:\s*[|•·,]?\s*(?:updated|modified|mis à jour)(?: on| le)?:?\s*(?:${WEEKDAY}\s+)?(?:${DATE})?${TIME}?)?$`,
  ].join(''),
  'iu',
);
/** "By" and names; case matters for the names (with the `i` flag, \p{Lu} matches any letter). */
const BYLINE_NAME = String.raw`\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|de|van|von|der|da|di|la|le|bin|al)){0,4}`;
/** A byline: "By", "Words by", "Par"… and one or more names ("A, B, and C" too), nothing else. */
export const BYLINE = new RegExp(
  [
    String.raw`^(?:[Bb]y|BY|[Ww]ords by|[Ww]ritten by|[Rr]eporting by|[Pp]ar|PAR|[Pp]or|[Vv]on):?\s+`,
    String.raw`${BYLINE_NAME}(?:(?:,\s*and\s+|,\s*|\s+and\s+|\s+et\s+|\s*&\s*)${BYLINE_NAME})*$`,
  ].join(''),
  'u',
);
