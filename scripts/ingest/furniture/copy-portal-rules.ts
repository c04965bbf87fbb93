import type { LineRule } from './rule.ts';
import { sentenceCount, wordCount } from './text-shape.ts';

/**
 * Copy rules of issue 25, round 26, written on the development half only (round 25's misses), each
 * from the shape of a line a portal or a broadcaster's site prints over wire copy: the breadcrumb's
 * “You are here:” label, a box label naming the wire (“Off the wire”), a row of headlines run together
 * with bullets, a date line with the page's font-size control glued on (“Xinhua,April 10, 2018 Adjust
 * font size:”), a byline glued between a dateline and its update time (“NEW DELHIWritten By: …Updated:
 * …”), a messaging channel's promo (“… Follow us on WhatsApp.”) and a caption whose credit in brackets
 * names a photographer and an agency in full (“… (Jane Doe/The Associated Press)”).
 * copy-rules.ts tries them after round 25's.
 */

/** A breadcrumb's label alone on its line: “You are here:”, “You are here”. */
const YOU_ARE_HERE = /^you\s+are\s+here\s*:?$/i;

/** A box label naming the wire: “Off the wire”, “From the wires”, “Latest from the wire”. */
const WIRE_BOX_LABEL = /^(?:off|from|latest\s+from|more\s+from|news\s+from)\s+the\s+wires?$/i;

/** The page's font-size control at a line's end: “Adjust font size:”, “Font size: A A A”, “Text size”. */
const FONT_SIZE_CONTROL = /(?:^|\s|\d|,)(?:adjust\s+)?(?:font|text)\s+size\s*:?(?:\s*[-+aA]{1,2}){0,4}\s*$/i;

/** A date in a short meta line: “April 10, 2018”, “10 April 2018”, “2018-04-10”, “10/04/2018”. */
const DATE =
  /\b(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?,?\s+\d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}[./]\d{2,4})\b/i;

/** A byline glued to its update or publication time: “…Written By: Jane DoeUpdated: Oct 15, 2020, 07:02 PM IST”. */
const GLUED_WRITTEN_BY_UPDATED =
  /(?:written|posted|edited|reported)\s+by\s*:\s*\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}\s*(?:updated|published|posted)\s*:\s*\S/iu;

/** A messaging app whose channels outlets promote, in its usual spellings. */
const MESSAGING_APP = String.raw`(?:[Ww]hats\s?[Aa]pp|WHATSAPP|[Tt]elegram|TELEGRAM|[Ss]ignal|[Vv]iber)`;

/** A call's verb, capitalised or not. */
const CALL_VERB = String.raw`(?:[Ff]ollow|[Jj]oin|[Ss]ubscribe\s+to)`;

/**
 * A call to follow or join the outlet on a messaging app (“Follow DNA on WhatsApp.”, “Join our Telegram
 * channel”, “… in your WhatsApp”); the outlet's name in capitals, so “follow up on WhatsApp” is no call.
 */
const MESSAGING_CALL = new RegExp(
  String.raw`(?:\b${CALL_VERB}\s+(?:us|our|the|\p{Lu}[\p{L}\p{N}&.'’-]*(?:\s+\p{Lu}[\p{L}\p{N}&.'’-]*){0,3})\s+(?:\p{L}+\s+){0,3}?(?:on|via)\s+${MESSAGING_APP}\b|\b${CALL_VERB}\s+(?:us\s+on\s+|our\s+|the\s+)?${MESSAGING_APP}\s+(?:channel|group|community)\b|\bin\s+your\s+${MESSAGING_APP}\b)`,
  'u',
);

/** A call to act at the end of a promo: “Follow …”, “Join …”, “Click here”, “Subscribe”. */
const ENDS_IN_CALL = /\b(?:follow|join|subscribe|sign\s+up|click|tap|download)\b[^.!?]*[.!?]?\s*$/i;

/**
 * An agency named in full in a picture's credit: “The Associated Press”, “The Canadian Press”,
 * “Agence France-Presse”, “Getty Images”, “Reuters”, “Anadolu Agency”, “European Pressphoto Agency”.
 */
const AGENCY_IN_FULL = String.raw`(?:the\s+)?(?:associated\s+press|canadian\s+press|press\s+association|agence\s+france[- ]presse|getty\s+images|reuters|anadolu\s+agency|european\s+pressphoto\s+agency|bloomberg|xinhua(?:\s+news\s+agency)?|kyodo(?:\s+news)?|yonhap(?:\s+news\s+agency)?)`;

/** A photographer and an agency in full in brackets at a caption's end: “(Jae C. Hong/The Associated Press)”. */
const PHOTOGRAPHER_AGENCY_BRACKET = new RegExp(
  String.raw`\(\s*\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}\s*\/\s*${AGENCY_IN_FULL}\s*\)$`,
  'iu',
);

/** A row of three headlines or more run together with bullets: “A  • B  • C”. */
function isBulletedHeadlineRow(text: string): boolean {
  const parts = text.split(/\s*•\s*/).filter((part) => part.trim() !== '');
  if (parts.length < 3 || /^\s*•/.test(text)) return false;
  // Each part a headline: 3 to 20 words, no quotation of a speaker's sentence run on.
  return parts.every((part) => wordCount(part) >= 3 && wordCount(part) <= 20);
}

/** The rules, in the order copy-rules.ts tries them. */
export const PORTAL_COPY_RULES = [
  {
    name: 'you-are-here-label',
    kind: 'navigation',
    description: 'a breadcrumb’s label alone on its line (“You are here:”)',
    origin: 'issue 25, round 26: a state portal’s header over a wire story (round 25’s half, now development)',
    test: (text) => YOU_ARE_HERE.test(text.trim()),
  },
  {
    name: 'wire-box-label',
    kind: 'navigation',
    description: 'a box label naming the wire (“Off the wire”, “From the wires”)',
    origin: 'issue 25, round 26: a state portal’s box of wire headlines (round 25’s half, now development)',
    test: (text) => WIRE_BOX_LABEL.test(text.trim()),
  },
  {
    name: 'bulleted-headline-row',
    kind: 'teaser',
    description: 'three headlines or more run together on one line with bullets (“A  • B  • C”)',
    origin: 'issue 25, round 26: a state portal’s box of wire headlines (round 25’s half, now development)',
    test: (text) => wordCount(text) <= 150 && isBulletedHeadlineRow(text.trim()),
  },
  {
    name: 'font-size-date-line',
    kind: 'byline',
    description: 'a date line with the page’s font-size control glued on (“Xinhua,April 10, 2018 Adjust font size:”)',
    origin: 'issue 25, round 26: a state portal’s header over a wire story (round 25’s half, now development)',
    test: (text) => {
      const trimmed = text.trim();
      return wordCount(trimmed) <= 12 && FONT_SIZE_CONTROL.test(trimmed) && DATE.test(trimmed);
    },
  },
  {
    name: 'glued-written-by-updated',
    kind: 'byline',
    description:
      'a byline glued to its update time, maybe after a dateline (“NEW DELHIWritten By: Jane DoeUpdated: Oct 15, 2020”)',
    origin: 'issue 25, round 26: a broadcaster’s site’s header (round 25’s half, now development)',
    test: (text) => wordCount(text) <= 25 && !/[“”"]/.test(text) && GLUED_WRITTEN_BY_UPDATED.test(text.trim()),
  },
  {
    name: 'messaging-channel-promo',
    kind: 'newsletter',
    description:
      'a promo for the outlet’s messaging channel, with its call (“Find your daily dose of news in your WhatsApp. … Follow us on WhatsApp.”)',
    origin: 'issue 25, round 26: a newspaper’s WhatsApp promo (round 25’s half, now development)',
    test: (text) => {
      const trimmed = text.trim();
      if (wordCount(trimmed) > 40 || /[“”"]/.test(trimmed) || sentenceCount(trimmed) > 4) return false;
      return MESSAGING_CALL.test(trimmed) && ENDS_IN_CALL.test(trimmed);
    },
  },
  {
    name: 'caption-photographer-agency',
    kind: 'caption',
    description:
      'a photo caption ending in its credit in brackets, a photographer and an agency in full (“… (Jae C. Hong/The Associated Press)”)',
    origin: 'issue 25, round 26: a public broadcaster’s agency story (round 25’s half, now development)',
    test: (text) => {
      const trimmed = text.trim();
      const match = PHOTOGRAPHER_AGENCY_BRACKET.exec(trimmed);
      if (!match || match.index === 0 || wordCount(trimmed) > 70) return false;
      const caption = trimmed.slice(0, match.index).trim();
      return wordCount(caption) >= 3 && sentenceCount(caption) <= 4 && !/[“”"]/.test(caption);
    },
  },
] as const satisfies readonly LineRule[];
