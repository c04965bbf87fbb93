import type { LineRule } from './rule.ts';
import { wordCount } from './text-shape.ts';

/**
 * Copy rules of issue 25, round 28, written on the development half only (round 27's misses), each from
 * the shape of a line a page prints around its story: a broadcaster's transcript credit (“Ann Lee
 * reported this story on Monday, …”), a breadcrumb glued into one word and cut short (“HomeNewsThe
 * council …”), a live page's or a hub's promo asking the reader to click for the rest of the coverage,
 * an appeal to support the outlet's journalism by subscribing and its heading, a newsletter box asking
 * for the reader's e-mail address, a syndicated story's source label (“Story from Harbour Radio:”), a link
 * to the full story cut by its ellipsis and a reader's comment glued to its date and its “Reply” button. copy-rules.ts tries them after round 27's.
 */

/** A reporter's name (two to four capitalised words), then “reported this story”, maybe “on” and a date. */
const REPORTED_THIS_STORY =
  /^\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3}\s+reported\s+(?:this|the)\s+(?:story|report)(?:\s+on\s+\S.{0,60})?\.?$/u;

/** A breadcrumb glued into one word by a copy: the home crumb, then a section's name run into the next capital. */
const GLUED_BREADCRUMB = /^(?:Home|Startseite|Accueil|Inicio|Inizio)\p{Lu}\p{Ll}+\p{Lu}/u;

/** A promo's call to follow the rest of the coverage: “For all of our coverage of the war, click here.” */
const COVERAGE_CLICK =
  /\bfor\s+(?:all|more|the\s+latest|continuing|full)\b[^.!?]{0,80}\bcoverage\b[^.!?]{0,80}?,?\s+(?:click|tap|go|look)\s+here[.!]?$/iu;

/** An appeal to support the outlet's journalism: “consider supporting our award-winning journalism by subscribing”. */
const JOURNALISM_APPEAL =
  /\b(?:consider\s+supporting|please\s+support|help\s+(?:us\s+)?support|support(?:ing)?\s+(?:our|independent))\b[^.!?]{0,60}\bjournalism\b[^.!?]{0,40}\b(?:subscrib\w*|donat\w*|membership)\b/iu;

/** The appeal's heading: “On supporting science journalism”, “Support independent journalism”. */
const APPEAL_HEADING = /^(?:on\s+)?support(?:ing)?\s+(?:our\s+|independent\s+|local\s+)?(?:\p{L}+\s+)?journalism[.!]?$/iu;

/** A newsletter box's ask for the reader's e-mail address, with a word of the box. */
const EMAIL_ASK = /\benter\s+your\s+e-?mail(?:\s+address)?\b/iu;
const BOX_WORD = /\b(?:newsletter|sign\s+up|subscribe|weekly|daily|inbox|briefing)\b/iu;

/** A syndicated story's source label, closed by a colon: “Story from Harbour Radio:”, “Report via Wire Service:”. */
const STORY_SOURCE_LABEL =
  /^(?:[Ss]tory|[Rr]eport|[Aa]rticle|[Nn]ews)\s+(?:from|via|by\s+courtesy\s+of)\s+\p{Lu}[^.!?:]{1,50}:$/u;

/** A reader's comment copied with its date, time and “Reply” button glued to it: “- Jul 3, 2017 at 10:13 amGood point.Reply”. */
const GLUED_COMMENT =
  /^[-–]?\s*\p{L}{3,9}\.?\s+\d{1,2},\s+(?:19|20)\d{2}\s+at\s+\d{1,2}:\d{2}\s*[ap]\.?m\.?\S.*\S(?:Reply|Antworten|Répondre)$/iu;

/** A link to the whole story, cut by its ellipsis or arrow: “The full story...”, “Full story »”, “Read the full report →”. */
const FULL_STORY_LINK =
  /^(?:(?:read|see|hear)\s+)?(?:the\s+)?full\s+(?:story|report|transcript|interview)\s*(?:\.{3}|…|»|›|→|>)$/iu;

/** The rules, in the order copy-rules.ts tries them. */
export const APPEAL_COPY_RULES = [
  {
    name: 'reported-this-story',
    kind: 'byline',
    description: 'a broadcaster’s transcript credit: a name, “reported this story”, maybe “on” and a date',
    origin: 'issue 25, round 28: a public broadcaster’s radio transcript page (round 27’s half, now development)',
    test: (text) => wordCount(text) <= 16 && REPORTED_THIS_STORY.test(text.trim()),
  },
  {
    name: 'glued-breadcrumb',
    kind: 'navigation',
    description: 'a breadcrumb glued into one word by the copy, cut short (“HomeNewsThe council votes on the…”)',
    origin: 'issue 25, round 28: a weekly newspaper’s header (round 27’s half, now development)',
    test: (text) => {
      const trimmed = text.trim();
      return wordCount(trimmed) <= 30 && GLUED_BREADCRUMB.test(trimmed) && /(?:\.{3}|…)$/u.test(trimmed);
    },
  },
  {
    name: 'coverage-click-here',
    kind: 'teaser',
    description:
      'a promo that sends the reader to the rest of the coverage (“… For all of our coverage of the war, click here.”)',
    origin: 'issue 25, round 28: a public broadcaster’s live-briefing box between paragraphs (round 27’s half, now development)',
    test: (text) => wordCount(text) <= 50 && !/[“”"]/.test(text) && COVERAGE_CLICK.test(text.trim()),
  },
  {
    name: 'journalism-appeal',
    kind: 'boilerplate',
    description:
      'an appeal to support the outlet’s journalism by subscribing, and its heading (“On supporting science journalism”)',
    origin: 'issue 25, round 28: a magazine’s subscription appeal between a page’s entries (round 27’s half, now development)',
    test: (text) => {
      const trimmed = text.trim();
      if (/[“”"]/.test(trimmed)) return false;
      return (
        (wordCount(trimmed) <= 6 && APPEAL_HEADING.test(trimmed)) || (wordCount(trimmed) <= 60 && JOURNALISM_APPEAL.test(trimmed))
      );
    },
  },
  {
    name: 'email-box-ask',
    kind: 'newsletter',
    description: 'a newsletter box asking for the reader’s e-mail address (“Enter your email address … sign up …”)',
    origin: 'issue 25, round 28: a magazine’s newsletter box (round 27’s half, now development)',
    test: (text) => wordCount(text) <= 90 && !/[“”"]/.test(text) && EMAIL_ASK.test(text) && BOX_WORD.test(text),
  },
  {
    name: 'story-source-label',
    kind: 'credit',
    description: 'a syndicated story’s source label closed by a colon (“Story from Harbour Radio:”)',
    origin: 'issue 25, round 28: a blog carrying a public broadcaster’s story (round 27’s half, now development)',
    test: (text) => wordCount(text) <= 10 && STORY_SOURCE_LABEL.test(text.trim()),
  },
  {
    name: 'full-story-link',
    kind: 'navigation',
    description: 'a link to the whole story, cut by its ellipsis or arrow (“The full story...”, “Full story »”)',
    origin: 'issue 25, round 28: a public broadcaster’s radio transcript page (round 27’s half, now development)',
    test: (text) => FULL_STORY_LINK.test(text.trim()),
  },
  {
    name: 'glued-comment',
    kind: 'comments',
    description: 'a reader’s comment with its date and time glued before it and its “Reply” button after it',
    origin: 'issue 25, round 28: a newspaper’s comment under the story (round 27’s half, now development)',
    test: (text) => GLUED_COMMENT.test(text.trim()),
  },
] as const satisfies readonly LineRule[];
