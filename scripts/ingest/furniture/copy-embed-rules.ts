import { MONTH_NAMES } from './line-rule-words.ts';
import { anyOf } from './line-patterns.ts';
import type { LineRule } from './rule.ts';
import { wordCount } from './text-shape.ts';

/**
 * Copy rules for things embedded in a story or linked from it: an embedded post's signature, run into its
 * line or not, a video player's title with its running time, a link to more of the outlet's news on a
 * subject. Part of the copy rules of issue 25 (copy-rules.ts puts them in its table, in order).
 */

/** The signature line of an embedded post: "— Jane Doe (@janedoe) March 3, 2016". */
const POST_SIGNATURE = new RegExp(
  String.raw`^[—–-]\s*[^()]{1,60}\(@\w{1,30}\)\s+${anyOf(...MONTH_NAMES)}\.?\s+\d{1,2},\s+\d{4}$`,
  'iu',
);

/** A video's title ending in its running time: "What caused the launch pad failure? 2:06". */
const TITLE_WITH_DURATION = /^(?<title>\S.{2,150}?)\s+\d{1,2}:\d{2}$/u;

/**
 * A date in figures right before the closing time: the two are the story's time stamp glued to its
 * headline (“… meeting the press 03-06-2004 13:26”, round 24), not a video's running time.
 */
const DATE_BEFORE_TIME = /(?:^|\s)(?:\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}|\d{4}[-/.]\d{1,2}[-/.]\d{1,2})$/u;

/** Words that make a closing time part of a sentence ("… until 2:30"), not a running time. */
const BEFORE_A_TIME = /\b(?:at|by|until|till|from|to|before|after|around|about|since|between|and|or|past|is|was)$/i;

/** A post's text with its signature run into the same line: "Hummus, always.— Jane Doe (@janedoe) June 7, 2016". */
const POST_WITH_SIGNATURE = new RegExp(
  String.raw`^\S.*?\S\s*[—–]\s*[^()—–]{1,60}\(@\w{1,30}\)\s+${anyOf(...MONTH_NAMES)}\.?\s+\d{1,2},\s+\d{4}$`,
  'iu',
);

/** A link to more of the outlet's news on a subject: "More Alabama news", "More Election Coverage". */
const MORE_SECTION_LINK = /^More(?:\s+\p{Lu}[\p{L}.'’&-]*){1,3}\s+(?:[Nn]ews|[Ss]tories|[Cc]overage|[Hh]eadlines)$/u;

/** A video's running time and its section: "2:32 | Sports". */
const RUNNING_TIME_LABEL = /^\d{1,2}:\d{2}(?::\d{2})?\s*[|•·]\s*\p{Lu}[\p{L}\p{N} &'’.-]{0,30}$/u;

/** The signature of an embedded picture post: "A photo posted by Jane Doe (@janedoe) on Dec 5, 2016 at 9:10am PST". */
const PICTURE_POST_SIGNATURE =
  /^an?\s+(?:photo|video|post)\s+(?:posted|shared)\s+by\s+.{1,80}\(@[\w.]{1,30}\)\s+on\s+\S.{2,60}$/i;

/** The rules of this module, in the order copy-rules.ts lists them among the others. */
export const EMBED_COPY_RULES = [
  {
    name: 'post-signature',
    kind: 'embed',
    description: 'the signature line of an embedded social-media post (“— Jane Doe (@janedoe) March 3, 2016”)',
    origin: 'issue 25: unseen copy (embedded posts in magazine copy)',
    test: (text) => POST_SIGNATURE.test(text.trim()),
  },
  {
    name: 'video-title-duration',
    kind: 'embed',
    description: 'a video player’s title followed by its running time (“What caused the failure? 2:06”)',
    origin: 'issue 25, round 3: a broadcaster’s video player copied with the story',
    test: (text) => {
      const match = TITLE_WITH_DURATION.exec(text.trim());
      if (match === null || wordCount(text) > 25) return false;
      const title = match.groups!.title!;
      return !BEFORE_A_TIME.test(title) && !DATE_BEFORE_TIME.test(title);
    },
  },
  {
    name: 'post-with-signature',
    kind: 'embed',
    description:
      'an embedded post whose signature is run into its own line (“Hummus, always.— Jane Doe (@janedoe) June 7, 2016”)',
    origin: 'issue 25, round 4: a newspaper’s embedded posts, copied with text and signature in one block',
    test: (text) => wordCount(text) <= 80 && POST_WITH_SIGNATURE.test(text.trim()),
  },
  {
    name: 'more-section-link',
    kind: 'navigation',
    description: 'a link to more of the outlet’s news on a subject (“More Alabama news”)',
    origin: 'issue 25, round 4: a newspaper’s link after the story',
    test: (text) => MORE_SECTION_LINK.test(text.trim()),
  },
  {
    name: 'running-time-label',
    kind: 'embed',
    description: 'a video’s running time and its section (“2:32 | Sports”)',
    origin: 'issue 25, round 6: a sports magazine’s video player above the headline (development half)',
    test: (text) => RUNNING_TIME_LABEL.test(text.trim()),
  },
  {
    name: 'picture-post-signature',
    kind: 'embed',
    description:
      'the signature of an embedded picture post (“A photo posted by Jane Doe (@janedoe) on Dec 5, 2016 at 9:10am PST”)',
    origin: 'issue 25, round 6: a magazine’s embedded picture post (development half)',
    test: (text) => wordCount(text) <= 30 && PICTURE_POST_SIGNATURE.test(text.trim()),
  },
] as const satisfies readonly LineRule[];
