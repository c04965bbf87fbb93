import { AGENCIES, MONTH_NAMES } from './line-rule-words.ts';
import { anyOf } from './line-patterns.ts';
import type { LineRule } from './rule.ts';
import { placesPeopleInPicture, sentenceCount, wordCount } from './text-shape.ts';

/**
 * Line rules for the chrome an editor pastes along with a story copied from a page (issue 25):
 * a caption that ends in its photo credit, a wire service's credit line, a promo that ends in a
 * call to action, a "follow our coverage at …" line. Each is written from the general shape of
 * its kind, not from the strings of one outlet, and names a line only when the shape is
 * unmistakable; line-rules.ts puts them in its table, before `photo-credit`.
 */

/** A person's or an organisation's name: one to four capitalised words ("Win McNamee", "Zhejiang Daily"). */
const NAME = String.raw`\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|de|van|von|der|da|di|al|el|bin))*`;
/** A name of two to five capitalised words: a photographer ("Jane Doe"), not one word ("TCP"). */
const FULL_NAME = String.raw`\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|de|van|von|der|da|di|al|el|bin)){1,4}`;
const AGENCY = anyOf(...AGENCIES);
/** What a wire credit may add after the photographer: "/File Photo", "/Illustration", "/Pool", " via Getty Images". */
const CREDIT_SUFFIX = String.raw`(?:\s*/\s*(?:File Photo|Illustration|Pool|Handout|Reuters|Getty Images|AFP|AP))*(?:\s+via\s+${AGENCY})?`;
/** The controls a gallery puts after a caption's credit ("hide caption"). */
const CAPTION_CONTROLS = String.raw`(?:\s+(?:hide|toggle|show) caption)?`;

/**
 * The credit at the end of a caption, right after the caption's last sentence (with or
 * without a space: copied pages often lose it): "REUTERS/Jane Doe", "AP Photo/Evan Vucci",
 * "Jane Doe/AP", "Zhejiang Daily / AP", "John Smith—Getty Images", "Photograph: Jane Doe/Reuters".
 */
const CAPTION_CREDIT = new RegExp(
  [
    String.raw`^(?<caption>.*?[\p{L}\p{N}][^\n]*?)`,
    String.raw`(?:[.!?”")]\s*|\s+)`,
    anyOf(
      // The agency first, then the photographer: wire style.
      String.raw`(?:REUTERS|AP Photo|AFP|EPA(?:-EFE)?|ANADOLU|XINHUA)\s*/\s*${NAME}${CREDIT_SUFFIX}`,
      // The photographer, then an agency, after a slash or a dash.
      String.raw`${FULL_NAME}\s*[/—–]\s*${AGENCY}${CREDIT_SUFFIX}`,
      // A credit label.
      String.raw`(?:Photograph|Photo|Photos|Picture|Image|Illustration|Photo illustration|Credit)(?:\s*:|\s+by)\s*[^.!?]{2,80}`,
    ),
    CAPTION_CONTROLS,
    String.raw`\s*$`,
  ].join(''),
  'u',
);

/** A role of a wire story's credit line ("Reporting by", "Additional reporting by", "Editing by"). */
const WIRE_ROLE = String.raw`(?:(?:additional|further)\s+)?(?:reporting|writing|editing|research|graphics|compiling|fact-?checking)(?:\s+and\s+(?:additional\s+)?(?:reporting|writing|editing))?\s+by\b`;
/** "Additional reporting by Jane Doe." alone: only a credit says "additional reporting", and names follow it. */
const ADDITIONAL_REPORTING = new RegExp(
  String.raw`^\(?(?:[Aa]dditional|[Ff]urther) reporting by ${FULL_NAME}(?:(?:,| and) ${FULL_NAME})*[.)]*$`,
  'u',
);
/** One part of a credit line: a role and the names after it ("Editing by David Chance and Paul Simao"). */
const WIRE_CREDIT_PART = new RegExp(String.raw`^${WIRE_ROLE}\s+\p{Lu}[^;]*$`, 'iu');

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

/** A credit in brackets and nothing else: "(LUCAS JACKSON/REUTERS)", "(Michele Crowe/The White House)". */
const BRACKETED_CREDIT = new RegExp(
  String.raw`^\(\s*${FULL_NAME}\s*/\s*(?:The\s+)?\p{Lu}[\p{L}.'’&-]*(?:\s+\p{Lu}[\p{L}.'’&-]*){0,4}\s*\)$`,
  'u',
);

/** The signature line of an embedded post: "— Jane Doe (@janedoe) March 3, 2016". */
const POST_SIGNATURE = new RegExp(
  String.raw`^[—–-]\s*[^()]{1,60}\(@\w{1,30}\)\s+${anyOf(...MONTH_NAMES)}\.?\s+\d{1,2},\s+\d{4}$`,
  'iu',
);

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

/** Social handles and nothing else: "@janedoe", "@janedoe @tomkay". */
const HANDLES_ONLY = /^@\w{2,30}(?:\s+@\w{2,30}){0,2}$/;

/** A video's title ending in its running time: "What caused the launch pad failure? 2:06". */
const TITLE_WITH_DURATION = /^(?<title>\S.{2,150}?)\s+\d{1,2}:\d{2}$/u;
/** Words that make a closing time part of a sentence ("… until 2:30"), not a running time. */
const BEFORE_A_TIME = /\b(?:at|by|until|till|from|to|before|after|around|about|since|between|and|or|past|is|was)$/i;

/** A photo agency or picture desk, as the start or the end of a caption credits it. */
const AGENCY_TOKEN = anyOf(...AGENCIES);
/** "EPA Protesters gather in Rome, 27 Feb 23EPA": the picture's copyright at both ends, the last one run together. */
const AGENCY_FRAMED = new RegExp(String.raw`^${AGENCY_TOKEN}\s+\S.*[\p{Ll}\p{N}.)]${AGENCY_TOKEN}$`, 'u');

/** A post's text with its signature run into the same line: "Hummus, always.— Jane Doe (@janedoe) June 7, 2016". */
const POST_WITH_SIGNATURE = new RegExp(
  String.raw`^\S.*?\S\s*[—–]\s*[^()—–]{1,60}\(@\w{1,30}\)\s+${anyOf(...MONTH_NAMES)}\.?\s+\d{1,2},\s+\d{4}$`,
  'iu',
);

/** A credit that thanks the picture's source: "Courtesy of Zillow", "(Photo courtesy of the family)". */
const COURTESY_CREDIT = /^\(?(?:(?:photos?|images?|pictures?|video)\s+)?courtesy(?:\s+of)?\s+[^.,;!?]{2,60}?\)?\.?$/i;

/** An e-mail address and nothing else: the author's, under the byline. */
const EMAIL_ONLY = /^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/;

/** A byline run into the reading time: "By Ann Lee5 minute Read", "By Ann Lee · 4 min read". */
const BYLINE_WITH_READING_TIME =
  /^by\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}\s*[|·•-]?\s*\d{1,2}[\s-]*min(?:ute)?s?\s+read$/iu;

/** A labelled credit in brackets: "[Photo: Jane Doe/Agency]", "(Image: Agency)". */
const BRACKETED_CREDIT_LABEL =
  /^[[(]\s*(?:photos?|photograph|images?|illustration|video|graphic|credit)s?\s*:\s*[^\]).!?,;]{2,80}[\])]$/i;

/** A link to more of the outlet's news on a subject: "More Alabama news", "More Election Coverage". */
const MORE_SECTION_LINK = /^More(?:\s+\p{Lu}[\p{L}.'’&-]*){1,3}\s+(?:[Nn]ews|[Ss]tories|[Cc]overage|[Hh]eadlines)$/u;

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

/** An invitation to contact the author or send tips to an address: "Contact the author … or email tips@…". */
const CONTACT_NOTE = /^(?:contact|email|e-mail|write to|reach|send)\b[^!?]{0,80}\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b[^!?]{0,80}$/i;
/** What such a note is about: the author, the story, tips, questions. */
const CONTACT_SUBJECT = /\b(?:author|reporter|writer|tips?|questions|story|article|newsroom)\b/i;

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

/** The rules of this module, in the order line-rules.ts tries them. */
export const COPY_RULES = [
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
    name: 'post-signature',
    kind: 'embed',
    description: 'the signature line of an embedded social-media post (“— Jane Doe (@janedoe) March 3, 2016”)',
    origin: 'issue 25: unseen copy (embedded posts in magazine copy)',
    test: (text) => POST_SIGNATURE.test(text.trim()),
  },
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
    name: 'handles-only',
    kind: 'navigation',
    description: 'a social-media handle on a line of its own (“@janedoe”)',
    origin: 'issue 25, round 3: an author box’s handle after the story',
    test: (text) => HANDLES_ONLY.test(text.trim()),
  },
  {
    name: 'video-title-duration',
    kind: 'embed',
    description: 'a video player’s title followed by its running time (“What caused the failure? 2:06”)',
    origin: 'issue 25, round 3: a broadcaster’s video player copied with the story',
    test: (text) => {
      const match = TITLE_WITH_DURATION.exec(text.trim());
      return match !== null && wordCount(text) <= 25 && !BEFORE_A_TIME.test(match.groups!.title!);
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
    name: 'courtesy-credit',
    kind: 'credit',
    description: 'a credit that thanks the picture’s source, on a line of its own (“Courtesy of Zillow”)',
    origin: 'issue 25, round 4: a broadcaster’s photo credits; general: handout pictures',
    test: (text) => wordCount(text) <= 10 && COURTESY_CREDIT.test(text.trim()),
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
    name: 'bracketed-credit-label',
    kind: 'credit',
    description: 'a labelled photo credit in brackets on a line of its own (“[Photo: Jane Doe/Agency]”)',
    origin: 'issue 25, round 4: a magazine’s credit under its lead picture',
    test: (text) => wordCount(text) <= 14 && BRACKETED_CREDIT_LABEL.test(text.trim()),
  },
  {
    name: 'more-section-link',
    kind: 'navigation',
    description: 'a link to more of the outlet’s news on a subject (“More Alabama news”)',
    origin: 'issue 25, round 4: a newspaper’s link after the story',
    test: (text) => MORE_SECTION_LINK.test(text.trim()),
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
] as const satisfies readonly LineRule[];
