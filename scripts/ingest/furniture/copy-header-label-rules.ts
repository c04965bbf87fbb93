import type { LineRule } from './rule.ts';
import { wordCount } from './text-shape.ts';

/**
 * Copy rules of issue 25, round 20, written on the development half only, each from the shape of a
 * label a page prints around its story: an archive page's own title above the posts it lists
 * (“Archive for ‘Xinhua News Agency’”, “Tag Archives: News”, “Category: Politics”), the second half
 * of a date line under “Posted at …” (“and last updated 2020-05-03 13:00:43-04”) and a caption's
 * label copied with it (“Media caption …”, as “Image caption …” is). A line is taken only when it
 * opens with the label; copy-rules.ts puts them in its table after the rules of round 17.
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
] as const satisfies readonly LineRule[];
