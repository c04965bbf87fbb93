import {
  AGENCY_AT_END,
  AGENCY_ONLY,
  AUTHOR_NOTE,
  AUTHOR_OF_BOOK,
  anyOf,
  anyPattern,
  BRACKETED_AGENCY,
  BRACKETED_NAME_AND_OUTLET,
  BRACKETED_PHOTO_CREDIT,
  BYLINE,
  COMMA_DATE_AT_END,
  DATE_LINE,
  DATE_RE,
  WEEKDAY_ONLY,
} from './line-patterns.ts';
import {
  ADVERTISEMENT_LABELS,
  MONTH_NAMES,
  CONSENT_BUTTONS,
  COOKIE_PHRASES,
  MEDIA_LABELS,
  NAVIGATION_LABELS,
  PLAYER_LABELS,
  RELATED_HEADINGS,
  RELATED_LINK_LEADS,
  SHARE_BUTTONS,
} from './line-rule-words.ts';
import { COPY_RULES } from './copy-rules.ts';
import { isCreditGluedToProse } from './glued-credit.ts';
import type { LineRule } from './rule.ts';
import { endsLikeSentence, sentenceCount, wordCount } from './text-shape.ts';

/**
 * Line rules, the first family the classifier applies (classify.ts): the line's own words say
 * what it is ("Leave a Reply", "Photograph: …/Reuters"), wherever it stands, in a raw text or on a
 * saved page. One ordered table; the first rule that matches names the line. A new rule that
 * reads the words of a line goes here; its labels and phrases, if a list, in line-rule-words.ts.
 */

export type { LineRule } from './rule.ts';

/** The whole line, trimmed, matches `pattern`, or passes `test`. */
function line(pattern: RegExp | ((trimmed: string) => boolean)): (text: string) => boolean {
  const test = pattern instanceof RegExp ? (trimmed: string) => pattern.test(trimmed) : pattern;
  return (text) => test(text.trim());
}

/** A line of at most `maxWords` words that passes `test`. */
function short(maxWords: number, test: (text: string) => boolean): (text: string) => boolean {
  return (text) => wordCount(text) <= maxWords && test(text);
}

/** "The post … appeared first on …", "This article was originally published …". */
const SYNDICATION_FOOTER = new RegExp(
  `^${anyOf(
    'the post .+ appeared first on .+',
    'this (?:article|story|post|piece) (?:was |is )?(?:originally|first) (?:published|appeared) .+',
    'this (?:article|story) is republished from .+',
  )}$`,
  'i',
);

/** "Photo: …", "Top photo credit: …", "Image source: …", "Illustration | …". */
const CREDIT_LABEL = new RegExp(
  [
    '^(?:top |main |lead |header )?(?:photo|image|picture|pics?|video|graphic|illustration|photograph|photo illustration|foto|fotografía|fotografia)',
    String.raw`(?: credits?| sources?)?\s*[:|]\s*\S`,
  ].join(''),
  'i',
);

/** "Updated on September 19 at 3:15 p.m.": a date line whose date gives no year. */
const UPDATED_ON = new RegExp(
  [
    String.raw`^(?:updated|posted|published|last updated|modified)(?:\s+on)?:?\s+`,
    String.raw`${anyOf(...MONTH_NAMES)}\.?\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?`,
    String.raw`(?:,?\s*(?:at\s+)?\d{1,2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?)?(?:\s+[A-Z]{2,4})?$`,
  ].join(''),
  'i',
);

/** "Map: …", "Video: …": the label of an embed, then its title. */
const MEDIA_LABEL = new RegExp(String.raw`^${anyOf(...MEDIA_LABELS)}\s*:\s*\S`, 'i');

/**
 * A paragraph of the story that merely ends with its picture's credit in brackets (round 18: a blog's
 * reader report, “… May have been a car chase. (Picture by Brad Hori.)”): three sentences or more
 * before the brackets. A caption describes its picture in one or two.
 */
function isParagraphBeforeCredit(text: string): boolean {
  return sentenceCount(text.replace(/\s*\([^()]*\)$/, '')) >= 3;
}

/** Every rule that reads the words of a line, in the order they are tried. */
export const LINE_RULES = [
  {
    name: 'syndication-line',
    kind: 'boilerplate',
    endsArticle: true,
    description: 'a feed footer naming where the story first appeared ("The post … appeared first on TIME.")',
    origin: 'corpus 002; the footer WordPress feeds add to every syndicated post',
    test: (text) =>
      SYNDICATION_FOOTER.test(text.trim()) ||
      (wordCount(text) <= 20 && /^originally (?:published|appeared) (?:as|on|in|at|by) .+$/i.test(text.trim())) ||
      // Round 39: “Originally Posted on SuchTv”, a source's name with no final stop (round 38's miss).
      (wordCount(text) <= 8 && /^originally posted (?:on|at|by) \S[^.!?]*$/i.test(text.trim())),
  },
  {
    name: 'update-notice',
    kind: 'boilerplate',
    endsArticle: true,
    description: 'a note that the story was or will be updated',
    origin: 'corpus 001 ("This story has been updated according to ongoing developments")',
    test: short(
      30,
      line(
        anyPattern(
          'i',
          String.raw`^(?:this|the) (?:story|article|post|report|page) (?:has been|was|is being|will be|is) updated\b.*$`,
          String.raw`^(?:this is a (?:developing|breaking) (?:story|news story)|check back (?:soon |later )?for updates)\b.*$`,
        ),
      ),
    ),
  },
  {
    name: 'comments-heading',
    kind: 'comments',
    endsArticle: true,
    description: 'the heading or prompt of a comment section',
    origin: 'corpus 003 ("Comments") and 004 ("Leave a Reply")',
    test: line(
      anyPattern(
        'i',
        // Round 30: a comment form's label, its required-field star and colon kept (“* Comment:”).
        String.raw`^(?:\*\s*)?(?:\d+\s+)?comments?(?:\s*\(?\d+\)?)?:?$`,
        String.raw`^(?:show|view|read|load|see|hide|open) (?:all )?(?:\d+ )?(?:comments?|replies)$`,
        '^(?:leave|post|add|write) (?:a|your) (?:reply|comment|response)$',
        '^join the (?:conversation|discussion|debate)$',
        '^comment on this (?:story|article)$',
        String.raw`^be the first to comment\b.*`,
        String.raw`^(?:cancel reply|post comment|submit comment|comments are (?:closed|moderated)\b.*)$`,
        // The same prompts in Spanish ("Enviá tu comentario").
        '^(?:envi[áa]|env[íi]a|deja|dej[áa]|escrib[ei]|escrib[íi]|a[ñn]ade) (?:tu|un) comentario$',
      ),
    ),
  },
  {
    name: 'comment-form',
    kind: 'comments',
    endsArticle: true,
    description: 'the fields and small print of a comment form',
    origin: 'corpus 004 (WordPress comment form: "Your email address will not be published…")',
    test: line(
      anyPattern(
        'i',
        String.raw`^your email address will not be published\b.*`,
        String.raw`^required fields are marked\b.*`,
        String.raw`^(?:name|e-?mail|website|comment)\s*\*$`,
        String.raw`^save my name, email,? and website\b.*`,
        String.raw`^notify me of (?:follow-up comments|new posts)\b.*`,
        String.raw`^you must be (?:logged|signed) in to post a comment\b.*`,
        String.raw`^this site uses akismet\b.*`,
        // A comment box's small print: who is responsible for comments, how to sign in to comment.
        String.raw`^(?:the )?comments\b.{0,80}\b(?:sole )?responsibility of (?:their|the) authors\b.*`,
        String.raw`^(?:los )?comentarios\b.{0,80}\bresponsabilidad de (?:sus|los) autores\b.*`,
        String.raw`^para (?:poder )?comentar\b.{0,80}\b(?:ingresar|iniciar sesi[óo]n|registrarte)\b.*`,
      ),
    ),
  },
  {
    name: 'copyright-line',
    kind: 'boilerplate',
    endsArticle: true,
    description: 'a copyright or "all rights reserved" line',
    origin: 'general: page footers',
    // A wire story's copyright may stand in brackets (round 18): “(Copyright 2010 by The Associated Press. All Rights Reserved.)”.
    test: short(40, line(/^\(?(?:©|\(c\)\s|copyright\s*(?:©|\(c\))?\s*\d{4}).*|.*\ball rights reserved\.?\)?$/i)),
  },
  {
    name: 'share-bar',
    kind: 'navigation',
    description: 'share buttons: network names and share verbs only ("Share", "FacebookTwitterEmail")',
    origin: 'general: share bars',
    test: line(new RegExp(String.raw`^(?:${anyOf(...SHARE_BUTTONS)}[\s|•·,/]*)+$`, 'i')),
  },
  {
    name: 'follow-prompt',
    kind: 'navigation',
    description: 'an invitation to follow the outlet on social media',
    origin: 'corpus 001 ("Follow us on social")',
    test: short(12, line(/^follow (?:us|@\w+)(?: on [\w ,&+]+)?[.!]?$/i)),
  },
  {
    name: 'navigation-label',
    kind: 'navigation',
    description: 'a button or link label: menu, search, sign in, "keep reading", "Show less", run together or not',
    origin: 'corpus 001 ("keep readingShow less"); general: site menus',
    // Labels may be run together, or each end in a full stop ("Go Back to Top. Skip To: Start of Article.").
    test: line(new RegExp(String.raw`^(?:${anyOf(...NAVIGATION_LABELS)}\.?\s*)+$`, 'i')),
  },
  {
    name: 'related-link',
    kind: 'related-link',
    description: 'a link to another story introduced as such ("Read More: …", "Related: …", "[Read: …]")',
    origin: 'corpus 002 ("Read More: The Case for Trump’s Peace Plan"); general',
    test: short(
      30,
      line(
        anyPattern(
          'i',
          String.raw`^${anyOf(...RELATED_LINK_LEADS)}\s*[:|»›>–—-]\s*\S.*$`,
          String.raw`^\[\s*(?:read|related|see|watch)\b[^\]]*\]$`,
        ),
      ),
    ),
  },
  {
    name: 'related-heading',
    kind: 'teaser',
    description: 'the heading of a box of other stories ("More from …", "Most read", "Related articles")',
    origin: 'general: recirculation boxes; corpus 001 ("LATEST")',
    test: short(8, line(new RegExp(String.raw`^${anyOf(...RELATED_HEADINGS)}\s*:?$`, 'i'))),
  },
  {
    name: 'newsletter-promo',
    kind: 'newsletter',
    description: 'a newsletter sign-up or subscription promo',
    origin: 'corpus 001 ("Newsletter", "Subscribe now to our weekly round-up…"); general',
    test: short(
      60,
      line(
        anyPattern(
          'i',
          '^newsletters?$',
          '^(?:sign up|subscribe)(?: now| today| here)?$',
          [
            '^(?:sign up|subscribe|register)(?: now| today| free| for free)? (?:to|for)',
            String.raw`\b.*\b(?:newsletters?|briefings?|emails?|updates|round-?up|digest|alerts|inbox|bulletin)\b.*`,
          ].join(''),
          String.raw`^subscribe now\b.*`,
          String.raw`^(?:get|receive) (?:our|the)\b.*\b(?:newsletter|briefing|emails?)\b.*`,
          String.raw`.*\bnewsletter sign[- ]?up\b.*`,
          '^(?:enter your email(?: address)?|your email address)$',
          String.raw`^(?:privacy notice|by (?:signing up|subscribing|clicking)\b).*`,
          String.raw`^already (?:a subscriber|subscribed)\??.*`,
          String.raw`^(?:sign up|subscribe) for (?:our|the)\b.*`,
          String.raw`.*\b(?:abonnez-vous|abonnieren sie|suscríbete)\b.*`,
        ),
      ),
    ),
  },
  {
    name: 'app-promo',
    kind: 'newsletter',
    description: 'a promo for the outlet’s app',
    origin: 'general',
    test: short(
      25,
      line(
        anyPattern(
          'i',
          String.raw`^(?:download|get|install) (?:the|our) .*\bapp\b.*`,
          '^(?:open|read|continue) in (?:the )?app$',
          '^(?:download on|available on) the app store$',
          '^get it on google play$',
        ),
      ),
    ),
  },
  {
    name: 'advertisement-label',
    kind: 'boilerplate',
    description: 'an advertisement label or "continue reading" marker around an ad',
    origin: 'general',
    test: line(new RegExp(String.raw`^${anyOf(...ADVERTISEMENT_LABELS)}\s*:?$`, 'i')),
  },
  {
    name: 'video-marker',
    kind: 'embed',
    description: 'an embed shortcode or a video or audio player’s text ("[time-brightcove …]", "JUST WATCHED", "0:45")',
    origin: 'corpus 002 ("[time-brightcove not-tgx=”true”]"); general',
    test: line(
      anyPattern(
        'i',
        String.raw`^\[[\w-]*(?:[-_][\w-]*|video|audio|embed|caption|gallery|youtube|tweet|brightcove|jwplayer|iframe)(?:\s[^\]]*)?\]$`,
        String.raw`^\[[\w-]+\s[^\]]*=[^\]]*\]$`,
        `^${anyOf(...PLAYER_LABELS)}$`,
      ),
    ),
  },
  {
    name: 'media-label',
    kind: 'embed',
    description: 'the label of a map, chart, video or gallery ("Map: Flow of foreign fighters to Syria")',
    origin: 'general: interactive and graphic embeds',
    test: short(20, (text) => MEDIA_LABEL.test(text.trim()) && !/[.!?]["”’]?$/.test(text.trim())),
  },
  ...COPY_RULES,
  {
    name: 'photo-credit',
    kind: 'credit',
    description:
      'a photo credit: "Photograph: …", "Credit: …", "Top photo credit: …", or a name and an agency ("Julien De Rosa/via Reuters")',
    origin: 'corpus 001 ("Top photo credit: …") and 004 ("Sergey Dolzhenko/EPA-EFE/Shutterstock"); general',
    test: line((trimmed) => {
      if (CREDIT_LABEL.test(trimmed)) return wordCount(trimmed) <= 80 && !isCreditGluedToProse(trimmed);
      if (/^credits?\s*(?::|\.{2,}|…)\s*\S/i.test(trimmed) && wordCount(trimmed) <= 20) return true;
      if (/^\(?(?:photos?|images?) by [^.]{2,80}\)?$/i.test(trimmed)) return true;
      if (/^source:\s*\S.{0,60}$/i.test(trimmed) && !endsLikeSentence(trimmed)) return true;
      if (
        /^(?:image|photo|picture) ?(?:copyright|caption|source|credit)/i.test(trimmed) &&
        wordCount(trimmed) <= 12 &&
        !/[.!?]$/.test(trimmed)
      )
        return true;
      if (AGENCY_ONLY.test(trimmed)) return true;
      if (wordCount(trimmed) > 14 || /[!?]$/.test(trimmed)) return false;
      return AGENCY_AT_END.test(trimmed.replace(/\.$/, '')) && /\/|\bvia\b|—|–| - |^credit/i.test(trimmed);
    }),
  },
  {
    name: 'wire-caption',
    kind: 'caption',
    description: 'a photo caption in wire style: ends with ", April 17, 2025." or a photo credit in brackets',
    origin: 'corpus 004 ("…in Paris, April 17, 2025."); general: AP/Reuters caption style',
    test: short(
      70,
      line((trimmed) => {
        if (BRACKETED_PHOTO_CREDIT.test(trimmed) || BRACKETED_AGENCY.test(trimmed) || BRACKETED_NAME_AND_OUTLET.test(trimmed))
          return !isParagraphBeforeCredit(trimmed);
        const dated = COMMA_DATE_AT_END.exec(trimmed);
        return dated !== null && !WEEKDAY_ONLY.test(dated[1]!) && !/[“”"]/.test(trimmed) && wordCount(trimmed) <= 50;
      }),
    ),
  },
  {
    name: 'gallery-label',
    kind: 'caption',
    description: 'a photo gallery’s counter or control ("1 / 5", "Image 2 of 8", "Enlarge this image")',
    origin: 'general',
    test: line(
      anyPattern(
        'i',
        String.raw`^\d+\s*(?:\/|of)\s*\d+$`,
        String.raw`^(?:image|photo|slide) \d+ (?:of|\/) \d+$`,
        '^(?:enlarge|expand|view|open) (?:this )?(?:image|photo|gallery)$',
        '^(?:hide|toggle|show) caption$',
        '^caption$',
        '^(?:photo|image|gallery|slideshow)$',
      ),
    ),
  },
  {
    name: 'dateline-byline',
    kind: 'byline',
    description: 'a date line or a byline with a date ("Published April 18, 2025", "By … | Apr 18, 2025")',
    origin: 'general',
    test: short(
      30,
      line((trimmed) => {
        if (/[.!?]["”’]?$/.test(trimmed.replace(/\b(?:a|p)\.m\.$/i, ''))) return false;
        if (DATE_LINE.test(trimmed)) return true;
        if (/^(?:(?:published|posted|updated)\s+)?\d+\s+(?:minutes?|mins?|hours?|hrs?|days?|weeks?)\s+ago$/i.test(trimmed))
          return true;
        if (UPDATED_ON.test(trimmed)) return true;
        return (
          DATE_RE.test(trimmed) &&
          (/[|•]/.test(trimmed) || /^(?:(?:updated|posted|published|written|reported) )?(?:by|par|por|von)\s/i.test(trimmed))
        );
      }),
    ),
  },
  {
    name: 'byline',
    kind: 'byline',
    description: 'a byline: "By" and names, nothing else',
    origin: 'general',
    test: (text) => {
      const trimmed = text
        .trim()
        .replace(/[,|]\s*(?:Reuters|AP|AFP|CNN|Associated Press|Bloomberg)$/i, '')
        // A dateline place after a bar, in capitals ("By Ann Lee | WASHINGTON").
        .replace(/\s*\|\s*\p{Lu}[\p{Lu} .'’-]{1,30}$/u, '');
      return wordCount(trimmed) <= 14 && !/[.!?]$/.test(trimmed) && BYLINE.test(trimmed);
    },
  },
  {
    name: 'author-bio',
    kind: 'boilerplate',
    description: 'a note about the author ("… is a reporter for …", "Follow him on Twitter @…")',
    origin: 'general: author notes at the end of stories',
    test: short(
      60,
      line((trimmed) => {
        // A book's author, the title in quotation marks ("Jane Doe is the author of “Title.”").
        if (AUTHOR_OF_BOOK.test(trimmed)) return true;
        if (/[“”]/.test(trimmed)) return false;
        if (
          /\bfollow (?:him|her|them|me) on (?:twitter|x|instagram|bluesky|threads|facebook)\b|\bemail (?:him|her|them) at\b/i.test(
            trimmed,
          )
        )
          return true;
        // A contact line: an email address with a handle or a phone number.
        if (
          /[\w.+-]+@[\w-]+\.[\w.]+/.test(trimmed) &&
          /\bon (?:twitter|x)\b|(?:^|\s)@\w{2,}|\b\d{3}[-. ]\d{3}[-. ]\d{4}\b/i.test(trimmed)
        )
          return wordCount(trimmed) <= 40;
        return AUTHOR_NOTE.test(trimmed);
      }),
    ),
  },
  {
    name: 'tag-list',
    kind: 'tag',
    description: 'a list of topics or tags ("Topics: …", "Filed under: …")',
    origin: 'general',
    test: short(
      25,
      line(
        anyPattern(
          'i',
          String.raw`^(?:tags?|topics?|filed under|categories|related topics|keywords)\s*:\s*\S.*$`,
          // "More: Cryptography, Security", run together or not: a list, so no full stop.
          String.raw`^more\s*:\s*\S[^.!?]*$`,
        ),
      ),
    ),
  },
  {
    name: 'section-path',
    kind: 'section-label',
    description: 'a section label or breadcrumb of short parts ("Reporting | QiOSK", "News › World")',
    origin: 'corpus 001 ("Reporting | QiOSK"); general: breadcrumbs',
    test: short(8, line(/^[\p{L}\p{N}&'’ .-]{1,30}(?:\s+[|›»>/]\s+[\p{L}\p{N}&'’ .-]{1,30})+$/u)),
  },
  {
    name: 'cookie-notice',
    kind: 'boilerplate',
    description: 'a cookie or consent notice',
    origin: 'general',
    test: short(80, line(anyPattern('i', String.raw`.*\b${anyOf(...COOKIE_PHRASES)}\b.*`, `^${anyOf(...CONSENT_BUTTONS)}$`))),
  },
  {
    name: 'separator-line',
    kind: 'boilerplate',
    description: 'a line of rule characters ("___", "* * *")',
    origin: 'general: wire copy separators',
    test: line(/^[\s_*=~#—–-]{2,}$/),
  },
] as const satisfies readonly LineRule[];

/** The name of a line rule: a reference to a rule by a name the table does not have fails to compile. */
export type LineRuleName = (typeof LINE_RULES)[number]['name'];

/** The first line rule that catches `text`, or undefined. */
export function matchLineRule(text: string): LineRule | undefined {
  return LINE_RULES.find((rule) => rule.test(text));
}
