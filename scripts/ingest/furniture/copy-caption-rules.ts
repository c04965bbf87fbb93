import { FULL_NAME, NAME } from './copy-name-patterns.ts';
import { AGENCIES } from './line-rule-words.ts';
import { anyOf } from './line-patterns.ts';
import type { LineRule } from './rule.ts';
import { placesPeopleInPicture, sentenceCount, wordCount } from './text-shape.ts';

/**
 * Copy rules for pictures: a caption that ends in its credit (an agency and a photographer, a credit label,
 * an agency's code, a credit in brackets), a caption that places people in the picture, and a credit alone
 * on its line. Part of the copy rules of issue 25 (copy-rules.ts puts them in its table, in order).
 */

const AGENCY = anyOf(...AGENCIES);

/** What a wire credit may add after the photographer: "/File Photo", "/Illustration", "/Pool", " via Getty Images". */
const CREDIT_SUFFIX = String.raw`(?:\s*/\s*(?:File Photo|Illustration|Pool|Handout|Reuters|Getty Images|AFP|AP))*(?:\s+via\s+${AGENCY})?`;

/**
 * A television station's name and nothing else: a network and its channel number (“FOX 13”, “ABC7”,
 * “NBC 5 News”). Call letters with their band (“KSL-TV”) are `agency-codes-credit`'s; call letters
 * alone are left alone, as a word in capitals (“KISS”, “WARN”) reads the same.
 */
const STATION_ONLY = /^(?:FOX|NBC|CBS|ABC|CW|PBS)\s?\d{1,2}(?:\s+News)?$/u;

/** The controls a gallery puts after a caption's credit ("hide caption"). */
const CAPTION_CONTROLS = String.raw`(?:\s+(?:hide|toggle|show) caption)?`;

/**
 * The credit at the end of a caption, right after the caption's last sentence (with or
 * without a space: copied pages often lose it): "REUTERS/Jane Doe", "AP Photo/Evan Vucci", "Pic: Jane Doe/Agency" (round 18),
 * "Jane Doe/AP", "Zhejiang Daily / AP", "John Smith—Getty Images", "Photograph: Jane Doe/Reuters".
 */
const CAPTION_CREDIT = new RegExp(
  [
    String.raw`^(?<caption>.*?[\p{L}\p{N}][^\n]*?)`,
    String.raw`(?:[.!?”")]\s*|\s+)`,
    anyOf(
      // The agency first, then the photographer: wire style.
      // Round 34: Spanish, German and Italian agencies credit so too (“… durante la pandemia EFE/ Juan Pérez.”).
      String.raw`(?:REUTERS|AP Photo|AFP|EPA(?:-EFE)?|EFE|DPA|dpa|ANSA|ANADOLU|XINHUA)\s*/\s*${NAME}${CREDIT_SUFFIX}`,
      // The photographer, then an agency, after a slash or a dash.
      String.raw`${FULL_NAME}\s*[/—–]\s*${AGENCY}${CREDIT_SUFFIX}`,
      // A credit label.
      // A full stop may close a credit after a colon (“… in Islamabad. Photo: Screengrab via Hum News.”, round 34).
      String.raw`(?:Photograph|Photo|Photos|Picture|Pics?|Image|Illustration|Photo illustration|Credit)(?:\s*:\s*[^.!?]{2,80}\.?|\s+by\s*[^.!?]{2,80})`,
    ),
    CAPTION_CONTROLS,
    String.raw`\s*$`,
  ].join(''),
  'u',
);

/** A credit in brackets and nothing else: "(LUCAS JACKSON/REUTERS)", "(Michele Crowe/The White House)". */
const BRACKETED_CREDIT = new RegExp(
  String.raw`^\(\s*${FULL_NAME}\s*/\s*(?:The\s+)?\p{Lu}[\p{L}.'’&-]*(?:\s+\p{Lu}[\p{L}.'’&-]*){0,4}\s*\)$`,
  'u',
);

/** A photo agency or picture desk, as the start or the end of a caption credits it. */
const AGENCY_TOKEN = anyOf(...AGENCIES);

/** "EPA Protesters gather in Rome, 27 Feb 23EPA": the picture's copyright at both ends, the last one run together. */
const AGENCY_FRAMED = new RegExp(String.raw`^${AGENCY_TOKEN}\s+\S.*[\p{Ll}\p{N}.)]${AGENCY_TOKEN}$`, 'u');

/** A credit that thanks the picture's source: "Courtesy of Zillow", "(Photo courtesy of the family)". */
const COURTESY_CREDIT = /^\(?(?:(?:photos?|images?|pictures?|video)\s+)?courtesy(?:\s+of)?\s+[^.,;!?]{2,60}?\)?\.?$/i;

/** A labelled credit in brackets: "[Photo: Jane Doe/Agency]", "(Image: Agency)". */
const BRACKETED_CREDIT_LABEL =
  /^[[(]\s*(?:photos?|photograph|images?|illustration|video|graphic|credit)s?\s*:\s*[^\]).!?,;]{2,80}[\])]$/i;

/**
 * A caption whose credit is an agency's code in capitals after its last sentence: "… from the air. ABC/DEF",
 * "… overpaid. XYZSI" (codes with a slash, or of five letters or more: "NATO" may end a sentence's clause).
 */
const CAPTION_AGENCY_CODE = /^(?<caption>\S.*[.!?)])\s+(?<code>[A-Z]{2,12}(?:\/[A-Z]{2,12}){1,3}|[A-Z]{5,12})$/u;

/** A caption whose credit is in brackets after its last sentence: "… a mail room. (Jane Doe/Flickr)", "(Public domain)". */
const CAPTION_BRACKETED_CREDIT = new RegExp(
  [
    String.raw`^(?<caption>\S.*[.!?])\s*\(\s*`,
    anyOf(
      // "Jane Doe/Flickr", the slash without spaces ("Jane Doe / The Daily Planet" is `wire-caption`'s).
      String.raw`${FULL_NAME}/\p{Lu}[\p{L}.'’&-]*(?:\s+\p{Lu}[\p{L}.'’&-]*){0,3}`,
      'public domain',
      String.raw`(?:photo|image|picture)s?\s*(?::|by|courtesy)\s*[^()]{2,60}`,
    ),
    String.raw`\s*\)$`,
  ].join(''),
  'iu',
);

/** A photographer and an outlet joined by a slash, alone on a line: "Jane Doe/The Daily Planet", "Jane Doe/GQ". */
const NAME_SLASH_OUTLET = new RegExp(
  String.raw`^${FULL_NAME}\s*/\s*(?:The\s+)?\p{Lu}[\p{L}\p{N}.'’&-]*(?:\s+\p{Lu}[\p{L}\p{N}.'’&-]*){0,3}$`,
  'u',
);

/** An agency after the slash, at the end of the line: the credit is `photo-credit`'s. */
const AGENCY_AFTER_SLASH = new RegExp(String.raw`/\s*${AGENCY}\.?$`, 'u');

/** Agencies' codes in capitals joined by a hyphen or a slash, alone on a line: "ABC-XYZ", "ABC/XYZ". */
const AGENCY_CODES_ONLY = /^[A-Z]{2,6}(?:[-/][A-Z]{2,6}){1,2}$/;

/** The rules of this module, in the order copy-rules.ts lists them among the others. */
export const CAPTION_COPY_RULES = [
  {
    name: 'caption-with-credit',
    kind: 'caption',
    description:
      'a photo caption that ends in its credit, with or without a space before it (“… in Rome, May 3. REUTERS/Jane Doe”, “….John Smith—Getty Images”)',
    origin: 'issue 25: unseen copy (wire, broadcaster, newspaper and magazine captions); general: how captions are credited',
    test: (text) => {
      const trimmed = text.trim();
      if (wordCount(trimmed) > 90) return false;
      const match = CAPTION_CREDIT.exec(trimmed);
      return match !== null && wordCount(match.groups!.caption!) >= 3;
    },
  },
  {
    name: 'bracketed-credit',
    kind: 'credit',
    description: 'a photo credit in brackets on a line of its own: a photographer and an agency or outlet (“(Jane Doe/Reuters)”)',
    origin: 'issue 25: unseen copy (a newspaper’s captions, the credit under the caption)',
    test: (text) => BRACKETED_CREDIT.test(text.trim()),
  },
  {
    name: 'agency-framed-caption',
    kind: 'caption',
    description:
      'a caption between its picture’s copyright at both ends, the last run together with the caption (“EPA Protesters gather…, 3 May 23EPA”)',
    origin: 'issue 25, round 3: a public broadcaster’s select-all copy (image copyright before and after the caption)',
    test: (text) => wordCount(text) <= 45 && AGENCY_FRAMED.test(text.trim()),
  },
  {
    name: 'caption-placing-people',
    kind: 'caption',
    description: 'a photo caption that places people in the picture (“Ann Lee, left, and Tom Kay at the summit”)',
    origin: 'issue 25, round 3: newspaper and magazine captions; general: how captions name who is where',
    test: (text) => {
      const trimmed = text.trim();
      return wordCount(trimmed) <= 60 && sentenceCount(trimmed) <= 2 && !/["“”]/.test(trimmed) && placesPeopleInPicture(trimmed);
    },
  },
  {
    name: 'courtesy-credit',
    kind: 'credit',
    description: 'a credit that thanks the picture’s source, on a line of its own (“Courtesy of Zillow”)',
    origin: 'issue 25, round 4: a broadcaster’s photo credits; general: handout pictures',
    test: (text) => wordCount(text) <= 10 && COURTESY_CREDIT.test(text.trim()),
  },
  {
    name: 'bracketed-credit-label',
    kind: 'credit',
    description: 'a labelled photo credit in brackets on a line of its own (“[Photo: Jane Doe/Agency]”)',
    origin: 'issue 25, round 4: a magazine’s credit under its lead picture',
    test: (text) => wordCount(text) <= 14 && BRACKETED_CREDIT_LABEL.test(text.trim()),
  },
  {
    name: 'caption-agency-code',
    kind: 'caption',
    description:
      'a photo caption whose credit is an agency’s code in capitals after its last sentence (“… from the air. ABC/DEF”)',
    origin: 'issue 25, round 5: a newspaper’s and a sports site’s captions (development half)',
    test: (text) => {
      const trimmed = text.trim();
      const match = CAPTION_AGENCY_CODE.exec(trimmed);
      if (!match || wordCount(trimmed) > 45 || /[“”"]/.test(trimmed)) return false;
      const caption = match.groups!.caption!;
      return wordCount(caption) >= 3 && sentenceCount(caption) <= 3;
    },
  },
  {
    name: 'caption-bracketed-credit',
    kind: 'caption',
    description: 'a photo caption whose credit is in brackets after its last sentence (“… a mail room. (Jane Doe/Flickr)”)',
    origin: 'issue 25, round 5: a city news site’s captions (development half)',
    test: (text) => {
      const trimmed = text.trim();
      const match = CAPTION_BRACKETED_CREDIT.exec(trimmed);
      if (!match || wordCount(trimmed) > 45 || /[“”"]/.test(trimmed)) return false;
      const caption = match.groups!.caption!;
      return wordCount(caption) >= 3 && sentenceCount(caption) <= 3;
    },
  },
  {
    name: 'name-outlet-credit',
    kind: 'credit',
    description: 'a photo credit alone on its line: a photographer and an outlet joined by a slash (“Jane Doe/GQ”)',
    origin: 'issue 25, round 6: a broadcaster’s site’s credits under its link boxes (development half)',
    // A wire agency after the slash is `photo-credit`'s ("Jane Doe / Reuters").
    test: (text) => wordCount(text) <= 8 && NAME_SLASH_OUTLET.test(text.trim()) && !AGENCY_AFTER_SLASH.test(text.trim()),
  },
  {
    name: 'agency-codes-credit',
    kind: 'credit',
    description: 'agencies’ codes in capitals joined by a hyphen or a slash, alone on a line (“ABC-XYZ”): a picture’s credit',
    origin: 'issue 25, round 6: a magazine’s credit under its lead picture (development half)',
    test: (text) => AGENCY_CODES_ONLY.test(text.trim()),
  },
  {
    name: 'station-credit',
    kind: 'credit',
    description:
      'a television station’s name alone on a line (“FOX 13”, “NBC 5”): the credit of a picture the copy does not keep',
    origin: 'issue 25, round 19: a broadcaster’s site’s credits between paragraphs (development half, round 18’s FOX 13)',
    test: (text) => STATION_ONLY.test(text.trim()),
  },
] as const satisfies readonly LineRule[];
