import { FULL_NAME } from './copy-name-patterns.ts';
import { anyOf } from './line-patterns.ts';
import type { LineRule } from './rule.ts';
import { wordCount } from './text-shape.ts';

/**
 * Copy rules for who wrote a story and how to reach them: a wire story's credit line of roles, labelled
 * metadata, a byline run into the outlet, the job or the reading time, an e-mail address or handles alone.
 * Part of the copy rules of issue 25 (copy-rules.ts puts them in its table, in order).
 */

/** A role of a wire story's credit line ("Reporting by", "Additional reporting by", "Editing by"). */
const WIRE_ROLE = String.raw`(?:(?:additional|further)\s+)?(?:reporting|writing|editing|research|graphics|compiling|fact-?checking)(?:\s+and\s+(?:additional\s+)?(?:reporting|writing|editing))?\s+by\b`;

/** "Additional reporting by Jane Doe." alone: only a credit says "additional reporting", and names follow it. */
const ADDITIONAL_REPORTING = new RegExp(
  String.raw`^\(?(?:[Aa]dditional|[Ff]urther) reporting by ${FULL_NAME}(?:(?:,| and) ${FULL_NAME})*[.)]*$`,
  'u',
);

/** One part of a credit line: a role and the names after it ("Editing by David Chance and Paul Simao"). */
const WIRE_CREDIT_PART = new RegExp(String.raw`^${WIRE_ROLE}\s+\p{Lu}[^;]*$`, 'iu');

/** "Author: …", "Date of Publication: …": a page's labelled metadata, copied with its labels. */
const LABELLED_META =
  /^(?:authors?|date|time|date of publication|time of publication|published|posted|updated|last updated)\s*:\s*\S/i;

/** A name run together with the outlet or the job after it: "Ann LeeThe Daily Planet", "Ann LeeStaff Writer". */
const GLUED_BYLINE = new RegExp(
  [
    String.raw`^\p{Lu}\p{Ll}[\p{L}'’-]*(?:\s+\p{Lu}\.?)?(?:\s+\p{Lu}\p{Ll}[\p{L}'’-]*){0,2}\s+\p{Lu}\p{Ll}[\p{L}'’-]*?\p{Ll}`,
    anyOf(
      String.raw`The(?:\s+\p{Lu}[\p{L}.'’&-]*){1,4}`,
      String.raw`(?:Contact|Staff|Senior|Contributing)?\s*(?:Reporter|Writer|Correspondent|Columnist|Editor|Contributor)`,
      'Contact',
    ),
    '$',
  ].join(''),
  'u',
);

/** Social handles and nothing else: "@janedoe", "@janedoe @tomkay". */
const HANDLES_ONLY = /^@\w{2,30}(?:\s+@\w{2,30}){0,2}$/;

/** An e-mail address and nothing else: the author's, under the byline. */
const EMAIL_ONLY = /^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/;

/** A byline run into the reading time: "By Ann Lee5 minute Read", "By Ann Lee · 4 min read". */
const BYLINE_WITH_READING_TIME =
  /^by\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}\s*[|·•-]?\s*\d{1,2}[\s-]*min(?:ute)?s?\s+read$/iu;

/** The heading of an author's box: "About the Author". */
const AUTHOR_BOX_HEADING = /^about the (?:authors?|writers?|reporters?)$/i;

/** The rules of this module, in the order copy-rules.ts lists them among the others. */
export const BYLINE_COPY_RULES = [
  {
    name: 'wire-credit-line',
    kind: 'credit',
    endsArticle: true,
    description: 'a wire story’s credit line of roles (“Reporting by …; Editing by …”, “(Additional reporting by …)”)',
    origin: 'issue 25: unseen copy (Reuters); general: the wire services’ sign-off',
    test: (text) => {
      const trimmed = text.trim();
      if (wordCount(trimmed) > 80 || /[“”"]/.test(trimmed)) return false;
      const bracketed = /^\(.*\)$/.test(trimmed);
      // Every part is a role and names ("Reporting by Ann Lee; Editing by Sue Park"): "Reporting by the Times …" is prose.
      const parts = trimmed
        .replace(/^\(|\)\.?$/g, '')
        .replace(/\.$/, '')
        .split(/\s*;\s*/);
      // "Additional reporting by …" alone: only a credit uses "additional reporting".
      const additional = ADDITIONAL_REPORTING.test(trimmed);
      return parts.every((part) => WIRE_CREDIT_PART.test(part)) && (parts.length >= 2 || bracketed || additional);
    },
  },
  {
    name: 'labelled-meta',
    kind: 'byline',
    description: 'a page’s metadata copied with its label (“Author: Ann Lee”, “Date of Publication: 05.03.24”)',
    origin: 'issue 25, round 3: a magazine’s header copied with its screen-reader labels; general',
    test: (text) => wordCount(text) <= 14 && LABELLED_META.test(text.trim()),
  },
  {
    name: 'glued-byline',
    kind: 'byline',
    description:
      'a byline whose name runs into the outlet or the job after it (“Ann LeeThe Daily Planet”, “Ann LeeStaff Writer”)',
    origin: 'issue 25, round 3: newspaper bylines copied from name and outlet set side by side',
    test: (text) => wordCount(text) <= 10 && GLUED_BYLINE.test(text.trim()),
  },
  {
    name: 'handles-only',
    kind: 'navigation',
    description: 'a social-media handle on a line of its own (“@janedoe”)',
    origin: 'issue 25, round 3: an author box’s handle after the story',
    test: (text) => HANDLES_ONLY.test(text.trim()),
  },
  {
    name: 'email-only',
    kind: 'byline',
    description: 'an e-mail address on a line of its own (the author’s, under the byline)',
    origin: 'issue 25, round 4: a newspaper’s byline box',
    test: (text) => EMAIL_ONLY.test(text.trim()),
  },
  {
    name: 'byline-reading-time',
    kind: 'byline',
    description: 'a byline with the reading time after it, run together or not (“By Ann Lee5 minute Read”)',
    origin: 'issue 25, round 4: a magazine’s byline and reading time set side by side',
    test: (text) => wordCount(text) <= 10 && BYLINE_WITH_READING_TIME.test(text.trim()),
  },
  {
    name: 'author-box-heading',
    kind: 'boilerplate',
    description: 'the heading of an author’s box (“About the Author”)',
    origin: 'issue 25, round 6: a news site’s author box after the story (development half)',
    test: (text) => AUTHOR_BOX_HEADING.test(text.trim()),
  },
] as const satisfies readonly LineRule[];
