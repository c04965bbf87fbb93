import { anyOf } from './line-patterns.ts';
import type { LineRule } from './rule.ts';
import { wordCount } from './text-shape.ts';

/**
 * Copy rules of issue 25, round 31, written on the development half only (round 30's misses), each from
 * the shape of a line a page prints around its story: a wire service's name alone after a dash, closing
 * its story (“-- BERNAMA”), a national news agency's name alone as the byline of a story it sent
 * (“Bernama”), and a newspaper's note sending readers on to its print or e-Edition, with the
 * subscribers' way in (“Read additional details in our newspaper or e-Edition. Newspaper subscribers: …”).
 * copy-rules.ts tries them after round 29's.
 */

/**
 * National news agencies and wire services as a page names them alone, by their own name (the photo
 * agencies of line-rule-words.ts's AGENCIES are `photo-credit`'s). Only names no sentence is made of.
 */
export const NEWS_AGENCIES = [
  'Bernama',
  'Yonhap(?: News(?: Agency)?)?',
  'Kyodo(?: News)?',
  'Jiji(?: Press)?',
  'ANSA',
  'Agenzia Nova',
  'EFE',
  'Europa Press',
  'Lusa',
  'Belga',
  'ANP',
  'APA',
  'CTK',
  'PAP',
  'MTI',
  'BTA',
  'HINA',
  'Tanjug',
  'Agerpres',
  'Ukrinform',
  'Interfax',
  'RIA Novosti',
  'BelTA',
  'Kazinform',
  'IRNA',
  'ISNA',
  'KUNA',
  'WAM',
  'QNA',
  'SPA',
  'BNA',
  'MENA',
  'SANA',
  'Antara',
  'PNA',
  'Vietnam News Agency',
  'IANS',
  'PTI',
  'Press Trust of India',
  'ANI',
  'UNB',
  'BSS',
  'APP',
  'AAP',
  'Canadian Press',
  'The Canadian Press',
  'Prensa Latina',
  'Notimex',
  'Télam',
  'Agência Brasil',
  'NAN',
  'GNA',
  'KNA',
  'APS',
  'MAP',
  'TAP',
];

/** A national news agency's name alone on its line, as listed (“Bernama”, “Kyodo News”). */
const NEWS_AGENCY_ALONE = new RegExp(`^${anyOf(...NEWS_AGENCIES)}$`, 'u');

/** The same name in capitals (“BERNAMA”): only a line with no lower-case letter, so “Map” or “Spa” is no agency. */
const NEWS_AGENCY_IN_CAPITALS = new RegExp(`^${anyOf(...NEWS_AGENCIES)}$`, 'iu');

/**
 * A wire's sign-off: a dash (or two hyphens), then the wire's name in capitals, alone on the line,
 * an optional dash after it (“-- BERNAMA”, “— IANS”, “– KUNA –”). Two capital letters at least, and
 * no lower-case letter: a dash opening a line of prose (“— and then the rain came”) is not one.
 */
const WIRE_SIGN_OFF = /^(?:-{1,2}|[–—])\s*\p{Lu}[\p{Lu}.&'’-]*\p{Lu}(?:[\s,/]+\p{Lu}[\p{Lu}.&'’-]*){0,3}\s*(?:-{1,2}|[–—])?$/u;

/** A newspaper's edition, where the note sends readers: “our newspaper”, “the print edition”, “e-Edition”. */
const EDITION = /\b(?:e-?edition|(?:print|digital|replica|daily|sunday)\s+edition|our\s+(?:newspaper|print\s+edition))\b/iu;

/** The note opens with its call, a verb to the reader: “Read …”, “See …”, “Find …”, “For more, see …”. */
const EDITION_CALL = /^(?:for\s+(?:more|the\s+full\s+story)[^.!?]*?,\s+)?(?:read|see|find|get|view|pick\s+up|look\s+for)\b/iu;

/** The subscribers' way in: “Newspaper subscribers: …”, “log in”, “purchase”, “Click here”. */
const SUBSCRIBERS_WAY = /\b(?:subscribers?|subscribe|subscription|log\s*in|sign\s*in|purchase|click\s+(?:here|on))\b/iu;

/** Initials alone: two or three capitals with dots or a slash between them (“N.S”, “T.S.”, “A.K/M.S”), round 33. */
const DESK_INITIALS = /^\p{Lu}\.\s?\p{Lu}(?:\.\s?\p{Lu})?\.?(?:\s?\/\s?\p{Lu}\.?\s?\p{Lu}\.?)?$/u;

/** The rules, in the order copy-rules.ts tries them. */
export const WIRE_COPY_RULES = [
  {
    name: 'wire-sign-off',
    kind: 'credit',
    description: 'a wire’s name in capitals alone after a dash, closing its story (“-- BERNAMA”, “— IANS”)',
    origin: 'issue 25, round 31: a national news agency’s own page (round 30’s half, now development, Bernama)',
    test: (text) => {
      const trimmed = text.trim();
      // A roman numeral between dashes (“— II —”) numbers a part of the story.
      return trimmed.length <= 40 && WIRE_SIGN_OFF.test(trimmed) && !/^[-–—\s]*[IVXLC]+[-–—\s]*$/u.test(trimmed);
    },
  },
  {
    name: 'wire-name-byline',
    kind: 'byline',
    description: 'a national news agency’s name alone, as the byline of a story it sent (“Bernama”, “Kyodo News”)',
    origin: 'issue 25, round 31: a news site carrying an agency’s story (round 30’s half, now development, MalaysiaNow)',
    test: (text) => {
      const trimmed = text.trim();
      return NEWS_AGENCY_ALONE.test(trimmed) || (!/\p{Ll}/u.test(trimmed) && NEWS_AGENCY_IN_CAPITALS.test(trimmed));
    },
  },
  {
    name: 'edition-access-note',
    kind: 'boilerplate',
    description:
      'a newspaper’s note sending readers on to its print or e-Edition, with the subscribers’ way in (“Read additional details in our newspaper or e-Edition. Newspaper subscribers: …”)',
    origin: 'issue 25, round 31: a newspaper’s note between paragraphs (round 30’s half, now development, News Tribune)',
    test: (text) => {
      const trimmed = text.trim();
      return (
        wordCount(trimmed) <= 80 &&
        !/[“”"]/.test(trimmed) &&
        EDITION_CALL.test(trimmed) &&
        EDITION.test(trimmed) &&
        SUBSCRIBERS_WAY.test(trimmed)
      );
    },
  },
  {
    name: 'desk-initials',
    kind: 'byline',
    description: 'the desk’s or editor’s initials alone on a line, closing a wire story (“N.S”, “A.K/M.S”)',
    origin: 'issue 25, round 33: a news agency’s own French site (round 32’s half, now development)',
    test: (text) => DESK_INITIALS.test(text.trim()),
  },
] as const satisfies readonly LineRule[];
