import { anyOf } from './line-patterns.ts';
import { AGENCIES } from './line-rule-words.ts';
import type { LineRule } from './rule.ts';
import { sentenceCount, wordCount } from './text-shape.ts';

/**
 * Copy rules of issue 25, round 20, written on the development half only, each from the shape of a
 * label a page prints around its story: an archive page's own title above the posts it lists
 * (“Archive for ‘Xinhua News Agency’”, “Tag Archives: News”, “Category: Politics”), the second half
 * of a date line under “Posted at …” (“and last updated 2020-05-03 13:00:43-04”), a caption's
 * label copied with it (“Media caption …”, as “Image caption …” is), a caption ending in its
 * agency in capitals in square brackets (“… for her flight to London [REUTERS]”), the label of a
 * tag list alone (“Filed Under”, “More On:”, “Themen:”) and a source's label in the languages of
 * the copy (“Quelle: Golem”). A line is taken only when it opens (or ends) with the label;
 * copy-rules.ts puts them in its table after the rules of round 17.
 */

/** An archive page's title: “Archive for ‘…’”, “Tag Archives: …”, “Category Archives: …”, “Monthly Archives: …”. */
const ARCHIVE_TITLE =
  /^(?:(?:tag|category|author|monthly|yearly|daily|date)\s+)?archives?\s*(?:for\b|:)\s*\S|^(?:category|tag):\s*\S/i;

/**
 * The second half of a date line, on a line of its own: “and last updated 2020-05-03 13:00:43-04”,
 * “and updated 1:05 PM, May 03, 2020”. The “and” ties it to the “Posted at …” line above; a digit
 * must follow, so “and updated the rules” (a sentence's end run onto its own line) is not one.
 */
const UPDATE_CONTINUATION =
  /^and\s+(?:last\s+)?(?:updated|modified|edited)(?:\s+(?:on|at))?:?\s+(?=[^.!?]*\d)[\p{L}\d\s:,./+-]+$/iu;

/** A caption's label run into the caption, as a broadcaster's page prints it for a screen reader. */
const CAPTION_LABEL = /^(?:media|video|audio|image|picture|photo)\s+caption\s+\S/i;

/**
 * A caption whose credit is its picture agencies in capitals in square brackets at its end: “… the
 * Scottish Ebola patient [GETTY]”, “… in Glasgow [AFP/GETTY]”. Only known agencies: a roundup's
 * item ends in its source's initials too (“-One poll shows … ahead in Indiana. [IPFW]”, PolNeAR).
 */
const CAPTION_SQUARE_AGENCY =
  /^(?<caption>[\p{L}\p{N}].*\S)\s*\[(?<credit>[A-Z][A-Z.&'’ -]{1,24}(?:\/[A-Z][A-Z.&'’ -]{1,24}){0,3})\]$/u;

/** One agency of a bracketed credit, as line-rule-words.ts lists them. */
const AGENCY_NAME = new RegExp(`^${anyOf(...AGENCIES)}$`, 'i');

/**
 * The label of a tag list, alone on its line: “Filed Under”, “More On:”, “Themen:”, “Tags:”; round 31: a
 * topics box's label with its noun (“Story topics:”) and “Filed Under:” with its colon.
 */
const TAG_LIST_LABEL =
  /^(?:(?:tags?|tagged(?: with)?|(?:(?:story|article|related)\s+)?topics?|more on|keywords|categories|themen|schlagw(?:ö|oe)rter|mots[- ]cl[ée]s|etiquetas|temas)\s*:|filed under:?)$/i;

/** A source's label in the languages of the copy, then the source: “Quelle: Golem”, “Fuente: EFE” (English is `photo-credit`'s). */
const SOURCE_LABEL = /^(?:quelle|fuente|fonte|bron|k(?:ä|a)lla)\s*:\s*[^.!?]{2,60}$/iu;

/** The rules, in the order copy-rules.ts tries them. */
export const HEADER_LABEL_COPY_RULES = [
  {
    name: 'archive-title',
    kind: 'section-label',
    description: 'an archive page’s own title above the posts it lists (“Archive for ‘…’”, “Tag Archives: …”, “Category: …”)',
    origin: 'issue 25, round 20: a blog’s archive page above the story it lists (development half, Chindia Alert)',
    test: (text) => wordCount(text) <= 10 && ARCHIVE_TITLE.test(text.trim()),
  },
  {
    name: 'update-continuation',
    kind: 'byline',
    description: 'the second half of a date line under “Posted at …” (“and last updated 2020-05-03 13:00:43-04”)',
    origin: 'issue 25, round 20: a broadcaster’s date line in two lines (development half, KGUN 9)',
    test: (text) => wordCount(text) <= 10 && UPDATE_CONTINUATION.test(text.trim()),
  },
  {
    name: 'caption-label',
    kind: 'caption',
    description: 'a caption with its label run into it (“Media caption …”, “Image caption …”)',
    origin:
      'issue 25, round 20: a public broadcaster’s story copied onto a blog, a video’s caption (development half, Chindia Alert)',
    test: (text) => wordCount(text) <= 40 && CAPTION_LABEL.test(text.trim()),
  },
  {
    name: 'caption-square-agency',
    kind: 'caption',
    description: 'a photo caption ending in its agencies in capitals in square brackets (“… to London [REUTERS]”)',
    origin: 'issue 25, round 20: a tabloid’s captions between paragraphs (development half, Daily Star)',
    test: (text) => {
      const trimmed = text.trim();
      const match = CAPTION_SQUARE_AGENCY.exec(trimmed);
      if (!match || wordCount(trimmed) > 45 || /[“”"]/.test(trimmed)) return false;
      if (!match.groups!.credit!.split('/').every((agency) => AGENCY_NAME.test(agency.trim()))) return false;
      const caption = match.groups!.caption!;
      return wordCount(caption) >= 3 && sentenceCount(caption) <= 3;
    },
  },
  {
    name: 'tag-list-label',
    kind: 'tag',
    description: 'the label of a tag list alone on its line (“Filed Under”, “More On:”, “Themen:”)',
    origin: 'issue 25, round 20: a newspaper’s, a sports site’s and a German magazine’s tag lists (development half)',
    test: (text) => TAG_LIST_LABEL.test(text.trim()),
  },
  {
    name: 'source-label',
    kind: 'credit',
    description: 'a source’s label in the languages of the copy, then the source (“Quelle: Golem”, “Fuente: EFE”)',
    origin: 'issue 25, round 20: a German magazine’s source line under the story (development half, ComputerBase)',
    test: (text) => wordCount(text) <= 8 && SOURCE_LABEL.test(text.trim()),
  },
] as const satisfies readonly LineRule[];
