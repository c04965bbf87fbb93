import type { LineRule } from './rule.ts';
import { endsLikeSentence, wordCount } from './text-shape.ts';

/**
 * Copy rules of issue 25, round 8, written on the development half only, each from the shape of a
 * kind of line: a picture's or a gallery's button ("View Images", "4 PHOTOS"), a count of shares
 * ("0SHARES"), an appeal to like the outlet's page, a call to comment that ends a line ("Your turn:
 * … Let's hear about it!", "Share your thoughts"), a newsletter box's small print about
 * unsubscribing, a label of the next story run into its headline ("Up Next …"), a line giving an
 * author's role at the outlet ("Contributor for The Daily Planet"), a sign-up offer with no
 * sentence, a credit naming who made the picture ("Photograph by Jane Doe, The Daily Planet") and
 * a card of another story with its call run in ("… Read now").
 * copy-rules.ts puts them in its table after the rules of round 7.
 */

/** What a picture button or a gallery label names. */
const PICTURES = String.raw`(?:images?|photos?|pictures?|photographs?|gallery|galleries|slideshow|slides)`;

/**
 * A picture's button or a gallery's label alone on its line: "View Images", "See all photos",
 * "4 PHOTOS", "See photos from this story:".
 */
const PICTURE_BUTTON = new RegExp(
  [
    String.raw`^(?:`,
    String.raw`(?:view|see|browse|open|show|launch|enlarge)(?:\s+(?:all|more|the|all\s+the))?\s+${PICTURES}`,
    String.raw`|\d{1,3}\s+${PICTURES}`,
    String.raw`|(?:view|see)\s+(?:more\s+|all\s+)?${PICTURES}\s+(?:from|of|in)\s+(?:this|the)\s+(?:story|article|post|event|day)`,
    String.raw`)\s*:?$`,
  ].join(''),
  'i',
);

/** A count of shares, maybe run into its word: "0SHARES", "2,469 shares", "1.2K Shares". */
const SHARE_COUNT = /^\d[\d,.]*\s*[km]?\s*shares?$/i;

/** An appeal to like the outlet's page: "Like us!", "Like us on Facebook". */
const LIKE_APPEAL = /^like us(?:\s+on\s+\p{L}+)?\s*[!.]?$/iu;

/**
 * A call to comment that ends the line ("… Let's hear about it!", "We'd love to hear from you."),
 * a line that opens with "Your turn:", or a comment box's short heading ("Share your thoughts").
 */
const COMMENT_CALL_END =
  /(?:^|[.!?]\s+)(?:let['’]s hear (?:about it|from you|what you think)|we(?:['’]d| would) love to hear from you|we want to hear from you)\s*[.!]?$/i;
const COMMENT_CALL_START = /^your turn\s*:/i;
const COMMENT_HEADING = /^share your (?:thoughts|voice|views|opinions?|comments?|story)\s*[.!:]?$/i;

/** A newsletter box's small print: "You may unsubscribe any time.", "Unsubscribe at any time." */
const UNSUBSCRIBE_PRINT = /\b(?:you (?:may|can) unsubscribe|unsubscribe (?:at )?any ?time)\b/i;

/** A label of the next story run into its headline: "Up Next The only true …", "Read next: …". */
const NEXT_LABEL_RUN_IN = /^(?:up next|next up|read next|watch next)\s*[:|»›>-]?\s+(\S.*)$/i;

/** Roles an author's box gives under the name. */
const ROLES = `(?:${[
  'contributor',
  'contributing (?:writer|editor)',
  'columnist',
  'staff (?:writer|reporter)',
  'senior (?:writer|editor)',
  'correspondent',
  'reporter',
  'intern',
].join('|')})`;
/** An author's role at the outlet, alone on its line: "Contributor for The Daily Planet". */
const ROLE_AT_OUTLET = new RegExp(
  String.raw`^${ROLES}\s+(?:for|at|to|with)\s+(?:the\s+)?\p{Lu}[\p{L}\p{N}'’&.-]*(?:\s+\p{Lu}[\p{L}\p{N}'’&.-]*){0,4}$`,
  'iu',
);

/** A sign-up offer that is no sentence: "Sign up for Daily Features and more". */
const SIGN_UP_OFFER = /^sign up (?:for|to (?:get|receive))\s+\S/i;

/** A credit naming who made the picture, with no sentence: "Photograph by Jane Doe, The Daily Planet". */
const PICTURE_BY = /^(?:photo(?:graph)?s?|images?|pictures?|illustrations?|graphics?)\s+(?:by|courtesy(?:\s+of)?)\s+\p{Lu}/iu;

/** A card of another story with its call run in at the end: "… some much-needed comfort. Read now". */
const CARD_CALL_RUN_IN = /[.!?]["'”’]?\s+(?:(?:read|watch|listen)\s+(?:now|more)|continue reading)\s*[»›>→]?$/i;

/** The rules of this module, in the order copy-rules.ts lists them among the others. */
export const BUTTON_COPY_RULES = [
  {
    name: 'picture-button',
    kind: 'navigation',
    description:
      'a picture’s button or a gallery’s label alone on its line (“View Images”, “4 PHOTOS”, “See photos from this story:”)',
    origin: 'issue 25, round 8: a magazine’s picture buttons and a portal’s gallery labels (development half)',
    test: (text) => wordCount(text) <= 8 && PICTURE_BUTTON.test(text.trim()),
  },
  {
    name: 'share-count',
    kind: 'navigation',
    description: 'a count of shares alone on its line, maybe run into its word (“0SHARES”, “2,469 shares”)',
    origin: 'issue 25, round 8: a personal-finance site’s share row (development half)',
    test: (text) => SHARE_COUNT.test(text.trim()),
  },
  {
    name: 'like-appeal',
    kind: 'navigation',
    description: 'an appeal to like the outlet’s page (“Like us!”, “Like us on Facebook”)',
    origin: 'issue 25, round 8: a technology site’s share row (development half)',
    test: (text) => LIKE_APPEAL.test(text.trim()),
  },
  {
    name: 'comment-call',
    kind: 'comments',
    description:
      'a call to comment: a line that opens with “Your turn:” or ends asking readers to answer (“… Let’s hear about it!”), ' +
      'or a comment box’s heading (“Share your thoughts”)',
    origin: 'issue 25, round 8: a personal-finance site’s prompt and comment box (development half)',
    test: (text) => {
      const trimmed = text.trim();
      if (wordCount(trimmed) > 40) return false;
      return COMMENT_HEADING.test(trimmed) || COMMENT_CALL_START.test(trimmed) || COMMENT_CALL_END.test(trimmed);
    },
  },
  {
    name: 'unsubscribe-print',
    kind: 'newsletter',
    description: 'a newsletter box’s small print about leaving it (“Emails may offer … You may unsubscribe any time.”)',
    origin: 'issue 25, round 8: a portal’s newsletter box (development half)',
    test: (text) => wordCount(text) <= 40 && UNSUBSCRIBE_PRINT.test(text),
  },
  {
    name: 'next-label-run-in',
    kind: 'related-link',
    description:
      'a label of the next story run into its headline, with no full stop (“Up Next The only true … is about to get better”)',
    origin: 'issue 25, round 8: a technology magazine’s link inside the story (development half)',
    test: (text) => {
      const rest = NEXT_LABEL_RUN_IN.exec(text.trim())?.[1];
      return rest !== undefined && wordCount(rest) >= 3 && wordCount(rest) <= 25 && !/[.!]["'”’]?$/.test(rest);
    },
  },
  {
    name: 'role-at-outlet',
    kind: 'boilerplate',
    description: 'an author’s role at the outlet alone on its line (“Contributor for The Daily Planet”)',
    origin: 'issue 25, round 8: a personal-finance site’s author box (development half)',
    test: (text) => wordCount(text) <= 9 && ROLE_AT_OUTLET.test(text.trim()),
  },
  {
    name: 'sign-up-offer',
    kind: 'newsletter',
    description: 'a sign-up offer with no full stop, at most 12 words (“Sign up for Daily Features and more”)',
    origin: 'issue 25, round 8: a blog’s newsletter box (development half)',
    test: (text) => wordCount(text) <= 12 && !endsLikeSentence(text) && SIGN_UP_OFFER.test(text.trim()),
  },
  {
    name: 'picture-by-credit',
    kind: 'credit',
    description:
      'a credit naming who made the picture, at most 14 words and no sentence (“Photograph by Jane Doe, The Daily Planet”)',
    origin: 'issue 25, round 8: a magazine’s credit lines under its pictures (development half)',
    test: (text) => {
      const trimmed = text.trim();
      // Initials may end it ("… H. Doe"); a word of the sentence's may not ("… showed the damage.").
      return wordCount(trimmed) <= 14 && PICTURE_BY.test(trimmed) && !/\p{Ll}{2,}[.!?]["'”’]?$/u.test(trimmed);
    },
  },
  {
    name: 'card-call-run-in',
    kind: 'related-link',
    description:
      'a card of another story, its headline and summary run together, ending in a bare call to read it (“… much-needed comfort. Read now”)',
    origin: 'issue 25, round 8: a health news site’s box of other stories (development half)',
    test: (text) => wordCount(text) <= 60 && CARD_CALL_RUN_IN.test(text.trim()),
  },
] as const satisfies readonly LineRule[];
