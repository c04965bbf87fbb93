import type { LineRule } from './rule.ts';
import { wordCount } from './text-shape.ts';

/**
 * Copy rules of issue 25, round 35, written on the development half only (round 34's misses, now
 * development), each from the shape of a line a site prints around its story rather than one outlet's
 * words: a comment box's call or field prompt (the story is over: every line after it is the page's), a
 * read counter, a link pair to the previous and next stories, an advertisement slot's label with the
 * template's unrendered token after it, a “Read … here” link line, a privacy-policy link under a sign-up
 * box, and a search box's button. copy-rules.ts tries them after round 32's.
 */

/**
 * A comment box's call with a few words after it and no sentence (“ADD A COMMENT to TO THE NEWS”), or a
 * comment form's prompt for the comment itself (“Please enter your comment!”). The prompts for a name or
 * an address are left to the lines after the call: a newsletter's form asks for them too.
 */
const COMMENT_BOX_CALL =
  /^(?:(?:add|post|leave|write)\s+a\s+comment\b[^.!?]{0,40}|(?:please\s+)?(?:enter|type|write)\s+your\s+comment(?:\s+here)?\s*[!.:*]?)$/i;

/** A read counter: “This news has been read 280 times in total”, “Viewed 1,204 times”. */
const READ_COUNTER = /^(?:[^.!?]{0,40}\s)?(?:read|viewed|seen|visited)\s+[\d.,]+\s+times\b[^.!?]{0,20}\.?$/i;

/** A link pair to the stories before and after: “Previous and Next News”, “Next / Previous article”. */
const PREVIOUS_NEXT_LINKS =
  /^(?:previous|prev|next|older|newer)\s+(?:and|&|\/|or)\s+(?:previous|prev|next|older|newer)\s+(?:news|articles?|stor(?:y|ies)|posts?|items?)$/i;

/**
 * An advertisement slot's label between dashes, in any spelling, maybe with the token a site's template
 * left unrendered after it (“- Advertisment -spot_img”): a token of letters joined by an underscore.
 */
const ADVERTISEMENT_SLOT = /^[-–—]\s*advert\w*\s*[-–—]\s*(?:[a-z]+_[a-z_]+)?$/i;

/**
 * A link line that sends the reader elsewhere: “Read” opens it, “here” closes its clause, and nothing
 * follows but a stop, a colon, or a dash and the linked story's title (“Read the full statement here.”,
 * “Read our report here — Title of the report”).
 */
const READ_HERE_LINK = /^read\s+[^.!?]{0,120}?\bhere\b\s*(?:[.:]?$|[—–-]\s*\S.*$)/i;

/** A privacy-policy link alone under a sign-up box: “See our privacy policy”, “Consultez notre politique de … ”. */
const PRIVACY_POLICY_LINK =
  /^(?:see|read|view|consult(?:ez)?|lire|lisez|voir)\s+(?:our|notre|la|the)\s+(?:privacy policy|data protection policy|politique de (?:confidentialité|gestion des données(?:\s+personnelles)?))\.?$/i;

/** A search box's button, its label copied with the page: “Close this search box.”, “Open search”. */
const SEARCH_BOX_BUTTON = /^(?:close|open)\s+(?:this\s+)?search(?:\s+(?:box|form|bar|panel))?\.?$/i;

/** The rules of this module, in the order copy-rules.ts lists them among the others. */
export const PAGE_FOOTER_COPY_RULES = [
  {
    name: 'comment-box-call',
    kind: 'comments',
    endsArticle: true,
    description:
      'a comment box’s call with a few words after it and no sentence (“ADD A COMMENT to …”), or a comment form’s prompt ' +
      'for the comment (“Please enter your comment!”): the story is over, every line after it is the page’s',
    origin: 'issue 25, round 35: two news sites’ comment boxes after the story (round 34’s half, now development)',
    test: (text) => wordCount(text) <= 8 && COMMENT_BOX_CALL.test(text.trim()),
  },
  {
    name: 'read-counter',
    kind: 'byline',
    description: 'a read counter (“This news has been read 280 times in total”, “Viewed 1,204 times”)',
    origin: 'issue 25, round 35: a news site’s read counter after the story (round 34’s half, now development)',
    test: (text) => wordCount(text) <= 12 && READ_COUNTER.test(text.trim()),
  },
  {
    name: 'previous-next-links',
    kind: 'related-link',
    description: 'a link pair to the stories before and after (“Previous and Next News”)',
    origin: 'issue 25, round 35: a news site’s links after the story (round 34’s half, now development)',
    test: (text) => PREVIOUS_NEXT_LINKS.test(text.trim()),
  },
  {
    name: 'advertisement-slot',
    kind: 'boilerplate',
    description:
      'an advertisement slot’s label between dashes, in any spelling, maybe with the template’s unrendered token after it ' +
      '(“- Advertisment -spot_img”)',
    origin: 'issue 25, round 35: a newspaper site’s advertisement slots after the story (round 34’s half, now development)',
    test: (text) => ADVERTISEMENT_SLOT.test(text.trim()),
  },
  {
    name: 'read-here-link',
    kind: 'related-link',
    description:
      'a link line opening with “Read” whose clause ends with “here”, then nothing but a stop or a dash and the linked ' +
      'title (“Read the full statement here.”, “Read our report here — …”)',
    origin: 'issue 25, round 35: a news site’s two link lines between paragraphs (round 34’s half, now development)',
    test: (text) => wordCount(text) <= 40 && READ_HERE_LINK.test(text.trim()),
  },
  {
    name: 'privacy-policy-link',
    kind: 'newsletter',
    description: 'a privacy-policy link alone under a sign-up box (“See our privacy policy”), in English or French',
    origin:
      'issue 25, round 35: a magazine’s newsletter box in French (round 34’s half, now development) and a newspaper’s ' +
      'in English (round 14’s)',
    test: (text) => PRIVACY_POLICY_LINK.test(text.trim()),
  },
  {
    name: 'search-box-button',
    kind: 'navigation',
    description: 'a search box’s button copied with the page (“Close this search box.”, “Open search”)',
    origin: 'issue 25, round 35: a news agency’s site header (round 34’s half, now development)',
    test: (text) => SEARCH_BOX_BUTTON.test(text.trim()),
  },
] as const satisfies readonly LineRule[];
