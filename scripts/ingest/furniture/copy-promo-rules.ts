import { anyOf } from './line-patterns.ts';
import type { LineRule } from './rule.ts';
import { wordCount } from './text-shape.ts';

/**
 * Copy rules for what an outlet asks of the reader: a promo for a newsletter, an app or a podcast, an
 * invitation to follow its coverage, to write a letter or to contact the author, a paywall's registration
 * box, a donation appeal. Part of the copy rules of issue 25 (copy-rules.ts puts them in its table, in order).
 */

/** A call to action a promo ends with ("Sign up here.", "Download the app", "Subscribe for free."). */
const CALL_TO_ACTION = new RegExp(
  [
    '^',
    anyOf(
      String.raw`(?:sign up|subscribe|register)(?:\s+(?:here|now|today|for free|free))*`,
      String.raw`(?:sign up|subscribe|register)\s+(?:now\s+|today\s+|for free\s+)?(?:to|for)\s+(?:our|the|a|this)\b[^.!?]{0,80}`,
      String.raw`(?:download|get|install|try)\s+(?:the|our)\s+[^.!?]{0,40}\bapp\b[^.!?]{0,60}`,
      String.raw`(?:listen|subscribe)\s+(?:to|on)\s+[^.!?]{0,60}\b(?:podcast|channel|apple podcasts|spotify)\b[^.!?]{0,40}`,
    ),
    String.raw`(?:\s+(?:at|on)\s+\S+)?[.!]?$`,
  ].join(''),
  'i',
);

/** What a promo offers: a line without one of these is no promo, whatever its last words. */
const PROMO_NOUN =
  /\b(?:newsletters?|briefings?|e-?mails?|inbox|alerts?|apps?|podcasts?|subscriptions?|subscribers?|digest|channel|updates)\b/i;

/** "Follow our coverage of … at https://…", "Read more of AP’s coverage at …". */
const FOLLOW_COVERAGE = new RegExp(
  [
    String.raw`^(?:follow|read|see|get|find|keep up with|catch up on)\s+(?:all\s+(?:of\s+)?|more\s+(?:of\s+)?)?`,
    String.raw`(?:our|the latest|the|[\p{L}]+[’']s)\s+[^.!?]{0,100}?\b(?:coverage|updates|live blog|reporting|stories)\b`,
    String.raw`[^.!?]{0,80}?\s+(?:at|on|here)\b:?\s*(?:https?://\S+|[\w-]+(?:\.[\w-]+)+\S*)?[.!]?$`,
  ].join(''),
  'iu',
);

/** An invitation to write to the editors: "Submit a letter to the editor", "write to letters@…". */
const LETTERS_INVITATION = /\b(?:submit|write|send)\b[^.!?]{0,40}\bletters?\s+to\s+the\s+editors?\b|\bletters@[\w-]+\.\w/i;

/** A promo that names what it offers without a call to action: "Get The Brief, the Planet's daily newsletter". */
const PROMO_OFFER = new RegExp(
  anyOf(
    String.raw`^(?:get|receive|try|read)\s+[^.!?]{1,60}?\b(?:newsletters?|briefings?|digest|bulletin)\b[^.!?]{0,40}[.!]?$`,
    // "Sign up for your daily dose of news.": the sign-up verb opens the line.
    String.raw`^(?:sign up|subscribe)(?:\s+(?:now|today|free))?\s+(?:for|to)\s+(?:your|our|the|a|this)\b[^.!?]{0,80}[.!]?$`,
  ),
  'i',
);

/** An invitation to contact the author or send tips to an address: "Contact the author … or email tips@…". */
const CONTACT_NOTE =
  /^(?:contact|email|e-mail|write to|reach|send|report)\b[^!?]{0,80}\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b[^!?]{0,80}$/i;

/** What such a note is about: the author, the story, tips, questions. */
const CONTACT_SUBJECT = /\b(?:author|reporter|writer|tips?|questions|story|article|newsroom|typos?|corrections?|errors?)\b/i;

/** A paywall's or a registration box's offer: free articles, a free e-book, unsubscribing at any time. */
const PAYWALL_OFFER = new RegExp(
  anyOf(
    String.raw`\b(?:\d+|another|more)\s+(?:free\s+)?articles?\b`,
    String.raw`\bfree\s+(?:articles?|e-?books?)\b`,
    String.raw`\bunsubscribe\b[^.]{0,60}\bat any time\b`,
    String.raw`\bnever\s+(?:to\s+)?(?:rent|sell|share)\b[^.]{0,40}\be-?mail`,
  ),
  'i',
);

/** What such a box asks the reader to do. */
const PAYWALL_ASK = /\b(?:register|registration|subscribe|unsubscribe|sign up|enter your e-?mail|e-?mail address)\b/i;

/** The box's notice that the free articles are used up: "You have reached your allowance of 3 free articles". */
const PAYWALL_LIMIT = /\breached (?:your|the) (?:allowance|limit)\b/i;

/** A donation appeal: "Our journalism depends on donations from readers like you." */
const DONATION_APPEAL =
  /\b(?:depends?|relies|rely)\s+on\s+(?:the\s+)?(?:donations|support|contributions|generosity)\s+(?:of|from)\s+readers like you\b/i;

/** The last sentence of a line (what follows the last full stop, question or exclamation mark and a space). */
function lastSentence(text: string): string {
  const parts = text.trim().split(/(?<=[.!?])\s+(?=\p{Lu})/u);
  return parts.at(-1) ?? '';
}

/** An appeal to follow the outlet, maybe after a short sentence: "Don't miss a story. Follow The Daily Planet!" */
const FOLLOW_APPEAL = new RegExp(
  [
    String.raw`^(?:[^.!?“”"]{1,40}[.!]\s+)?[Ff]ollow\s+`,
    // Us, or the outlet's name.
    String.raw`(?:us|\p{Lu}[\p{L}\p{N}.'’&-]*(?:\s+\p{Lu}[\p{L}\p{N}.'’&-]*){0,3})`,
    // Where: "on Twitter", "on Facebook and Instagram".
    String.raw`(?:\s+on\s+\p{Lu}[\p{L}+]*(?:\s*(?:,|and|&)\s*\p{Lu}[\p{L}+]*)*)?\s*[!.]?$`,
  ].join(''),
  'u',
);

/** A note of who owns the site or invests in it: "* Big Corp is a minority investor in Media Co., which owns this site." */
const OWNERSHIP_NOTE = /\b(?:which|that|who) (?:owns|publishes|operates) this (?:site|website|publication|magazine|newspaper)\b/i;
/** A disclosure labelled as such, or a footnote with an asterisk about owning or investing. */
const DISCLOSURE = /^(?:disclosure\s*:|\*+\s*\S.*\b(?:owns?|owned|investors?|invests?|shareholders?|parent company)\b)/i;

/** A paywall's greeting to a reader of its free articles: "It is great to see that you are enjoying the … website." */
const PAYWALL_GREETING =
  /\byou(?:'re|’re| are| have been) enjoying (?:the|our)\b[^.!?]{0,40}\b(?:website|site|articles|journalism|reporting)\b/i;

/** The rules of this module, in the order copy-rules.ts lists them among the others. */
export const PROMO_COPY_RULES = [
  {
    name: 'promo-call-to-action',
    kind: 'newsletter',
    description:
      'a promo for a newsletter, an app or a podcast that ends in a call to action (“… Sign up here.”, “Download the app.”)',
    origin: 'issue 25 (“The Morning Brief newsletter is your essential guide to the day. Sign up here.”); general',
    test: (text) => {
      const trimmed = text.trim();
      if (wordCount(trimmed) > 45 || /[“”"]/.test(trimmed)) return false;
      // A promo line that ends in a sign-up link after a bar: "Nightcap: … | Sign up".
      if (wordCount(trimmed) <= 30 && /\|\s*(?:sign up|subscribe)(?: here| now)?[.!]?$/i.test(trimmed)) return true;
      return CALL_TO_ACTION.test(lastSentence(trimmed)) && PROMO_NOUN.test(trimmed);
    },
  },
  {
    name: 'follow-coverage',
    kind: 'related-link',
    description: 'an invitation to follow the outlet’s coverage at an address (“Follow our coverage of the summit at https://…”)',
    origin: 'issue 25; general: the hub link wire stories end with',
    test: (text) => {
      const trimmed = text.trim();
      if (wordCount(trimmed) > 40 || /[“”"]/.test(trimmed)) return false;
      return FOLLOW_COVERAGE.test(trimmed) && /https?:\/\/|\bhere[.!]?$|\.\w{2,}\/?\S*[.!]?$/i.test(trimmed);
    },
  },
  {
    name: 'letters-invitation',
    kind: 'boilerplate',
    description: 'an invitation to write a letter to the editor',
    origin: 'issue 25, round 3: a magazine’s note after the story; general',
    test: (text) => wordCount(text) <= 40 && LETTERS_INVITATION.test(text),
  },
  {
    name: 'promo-offer',
    kind: 'newsletter',
    description: 'a promo that names a newsletter it offers, or opens with “Sign up for …”, without a call to action at its end',
    origin: 'issue 25, round 3: a magazine’s newsletter promos inside and after the story',
    test: (text) => {
      const trimmed = text.trim();
      return wordCount(trimmed) <= 15 && !/["“”]/.test(trimmed) && PROMO_OFFER.test(trimmed);
    },
  },
  {
    name: 'contact-note',
    kind: 'boilerplate',
    description: 'an invitation to contact the author or send tips to an e-mail address (“Contact the author … or email tips@…”)',
    origin: 'issue 25, round 5: a city news site’s note after the story (development half)',
    test: (text) => {
      const trimmed = text.trim();
      return wordCount(trimmed) <= 35 && !/[“”"]/.test(trimmed) && CONTACT_NOTE.test(trimmed) && CONTACT_SUBJECT.test(trimmed);
    },
  },
  {
    name: 'registration-box',
    kind: 'newsletter',
    description:
      'a line of a paywall’s or a registration box, addressed to the reader (“… get another 7 articles free, just enter your email”)',
    origin: 'issue 25, round 5: a magazine’s registration box (development half)',
    test: (text) => {
      const trimmed = text.trim();
      if (wordCount(trimmed) > 60 || /[“”"]/.test(trimmed) || !/\byou(?:r)?\b/i.test(trimmed)) return false;
      return PAYWALL_OFFER.test(trimmed) && (PAYWALL_ASK.test(trimmed) || PAYWALL_LIMIT.test(trimmed));
    },
  },
  {
    name: 'donation-appeal',
    kind: 'newsletter',
    description: 'an appeal for donations from readers (“Our journalism depends on donations from readers like you.”)',
    origin: 'issue 25, round 5: a newspaper’s donation box (development half)',
    test: (text) => wordCount(text) <= 40 && !/[“”"]/.test(text) && DONATION_APPEAL.test(text),
  },
  {
    name: 'follow-appeal',
    kind: 'navigation',
    description: 'an appeal to follow the outlet, maybe after a short sentence (“Don’t miss a story. Follow The Daily Planet!”)',
    origin: 'issue 25, round 6: a news site’s appeal under its header (development half)',
    test: (text) => wordCount(text) <= 14 && FOLLOW_APPEAL.test(text.trim()),
  },
  {
    name: 'disclosure-note',
    kind: 'boilerplate',
    description:
      'a note of who owns the site or invests in it (“* Big Corp is a minority investor in Media Co., which owns this site.”)',
    origin: 'issue 25, round 6: a magazine’s note after the story (development half)',
    test: (text) => {
      const trimmed = text.trim();
      return wordCount(trimmed) <= 45 && !/[“”"]/.test(trimmed) && (OWNERSHIP_NOTE.test(trimmed) || DISCLOSURE.test(trimmed));
    },
  },
  {
    name: 'paywall-greeting',
    kind: 'newsletter',
    description:
      'a paywall’s greeting to a reader of its free articles (“It is great to see that you are enjoying the … website.”)',
    origin: 'issue 25, round 6: a magazine’s registration box (development half)',
    test: (text) => wordCount(text) <= 25 && !/[“”"]/.test(text) && PAYWALL_GREETING.test(text),
  },
] as const satisfies readonly LineRule[];
