import type { LineRule } from './rule.ts';
import { wordCount } from './text-shape.ts';

/**
 * Copy rules of issue 25, round 17, written on the development half only: the page's notices about
 * the story rather than the story (its reading time, its archived state, a player the browser cannot
 * show), a paywall's price and call, a comment form's instructions and a photo gallery's own
 * navigation; round 18 adds a note that the story goes on (“More to follow…”) and a slogan opening with a hashtag.
 * Each opens with its notice and is short, so a story's sentence that mentions reading
 * time, an archive, a gallery or a subscription price stays. copy-rules.ts tries them last.
 */

/** A reading-time line on its own: "Estimated read time: 2-3 minutes", "Reading time: 4 min", "5 min read". */
const READING_TIME = new RegExp(
  [
    String.raw`^(?:estimated\s+)?(?:read(?:ing)?\s+time|time to read)\s*[:-]?\s*(?:about\s+|approx(?:\.|imately)?\s+)?\d{1,2}(?:\s*[-–]\s*\d{1,2})?\s*(?:min(?:ute)?s?)\.?$`,
    String.raw`^(?:about\s+)?\d{1,2}(?:\s*[-–]\s*\d{1,2})?[\s-]*min(?:ute)?s?\.?\s+read$`,
  ].join('|'),
  'i',
);

/** The opening of a notice that the story is old or archived, and may be out of date. */
const ARCHIVE_NOTICE = new RegExp(
  [
    String.raw`^this (?:is an? )?archived? (?:news )?(?:story|article|content|page|report)\b`,
    String.raw`^this (?:story|article|content|page) (?:is|was) (?:more than|over) (?:\d+|a|an|one|two|three|five|ten) (?:years?|months?) old\b`,
    String.raw`^this (?:story|article|content|page) (?:is|was) (?:from|part of) (?:the|our) archives?\b`,
    String.raw`^(?:the )?information in (?:this|the) (?:story|article) may be (?:outdated|out of date|out-of-date)\b`,
  ].join('|'),
  'i',
);

/** A player's fallback notice: "This browser does not support the Video element.", "Your browser does not support HTML5 video." */
const PLAYER_UNSUPPORTED =
  /^(?:sorry,?\s+)?(?:this|your) (?:web )?browser does(?: not|n[’']t) support (?:the )?(?:html5? )?(?:video|audio|embedded video)(?: element| tag| player| playback| format)?[.!]?$/i;

/** A paywall's price: "Get Access to Print and Digital for $23.99 per year." */
const PAYWALL_PRICE =
  /^(?:get|gain|unlock|buy|start)\b.{0,50}\b(?:access|subscription|digital|print)\b.{0,30}[$£€]\s?\d+(?:[.,]\d{2})?\s*(?:per|a|an|\/)\s*(?:year|month|week|yr|mo)\b/i;

/**
 * A paywall's button or its pointer to the full story: "Subscribe for Full Access", "For the full story and more
 * photos, subscribe now …", "Den kompletten Beitrag lesen Sie in der neuen Juli-Ausgabe …".
 */
const PAYWALL_CALL = new RegExp(
  [
    String.raw`^subscribe (?:now |today )?(?:for|to get|to unlock) (?:full|unlimited|complete|instant) access\b`,
    String.raw`^(?:for|to read) the (?:full|complete|whole|rest of the) (?:story|article)\b[^.]{0,80}\bsubscri`,
    String.raw`^(?:den|die|das) (?:kompletten?|ganzen?|vollständigen?) (?:beitrag|artikel|text) lesen sie\b`,
  ].join('|'),
  'i',
);

/** A magazine's note of the issue the story ran in: "This article was published in the January 2015 issue." */
const ISSUE_NOTE =
  /^this (?:article|story|piece|review|feature) (?:was (?:originally )?published|(?:originally )?appeared|appears) in (?:the |our )?(?:print )?(?:[\p{L}]+ )?(?:\d{4} )?(?:issue|edition)\b/iu;

/** A link button: "View full size", "View all upcoming events »", "Related article »". */
const LINK_BUTTON = new RegExp(
  [
    String.raw`^(?:view|see) (?:full[- ]size|larger(?: image| photo)?)$`,
    String.raw`^(?:view|see) all (?:[\p{L}-]+ ){0,3}[\p{L}-]+\s*[»›]$`,
    String.raw`^related (?:articles?|stor(?:y|ies)|links?)\s*[»›]$`,
  ].join('|'),
  'iu',
);

/** A comment form's instructions: "Use the comment form below to begin a discussion about this content." */
const COMMENT_FORM = /^(?:please\s+)?use the (?:comments?|reply|discussion) form\b/i;

/** A comment box's prompt or count in French, German or Spanish: "Écrire un commentaire", "71 Kommentare". */
const COMMENT_PROMPT_TRANSLATED = new RegExp(
  [
    String.raw`^(?:écrire|laisser|ajouter|publier|rédiger) un commentaire$`,
    String.raw`^(?:einen )?kommentar (?:schreiben|verfassen|abgeben)$`,
    String.raw`^(?:escribir|dejar|añadir|publicar) un comentario$`,
    String.raw`^\d[\d.]*\s+(?:kommentare?|commentaires?|comentarios?)$`,
  ].join('|'),
  'i',
);

/** A gallery's or a list's link back: "Back to all photo galleries", "« Return to the video index". */
const BACK_LINK =
  /^(?:[«‹←<]\s*)?(?:back|return|go back) to (?:all |the |our )?(?:[\p{L}-]+ ){0,3}(?:galleries|gallery|photos|pictures|videos|slideshows?|stories|articles|posts|home ?page|index|list)$/iu;

/** A gallery's call to vote or rate: "Vote on this Gallery by clicking on the Icon". */
const GALLERY_VOTE = /^(?:vote on|rate) this (?:gallery|photo|picture|slideshow|video)\b/i;

/** A picture's placeholder text: "photo thumbnail". */
const THUMBNAIL_PLACEHOLDER = /^(?:photo|image|picture|video|gallery) thumbnail$/i;

/** A gallery caption cut short, with its link to the rest: "… rising ... (See all photos)". */
const GALLERY_CAPTION_LINK = /\((?:see|view) all(?: \d+)? (?:photos|pictures|images)\)$/i;

/**
 * A note that more of the story is coming (round 18): “More to follow…”, “More to come.”, “Updates to follow”.
 * (“This is a developing story.” and “Check back for updates.” are `update-notice`'s.)
 */
const DEVELOPING_NOTE = /^(?:more|updates?|details) (?:to follow|to come|soon)\s*[.!…]*$/i;

/** A site's slogan opening with a hashtag (round 18): “#Open journalism No news is bad news”: no sentence, a few words. */
const HASHTAG_SLOGAN = /^#\p{L}[\p{L}\p{N}_]*(?:\s+[^\s#.!?:;,]+){1,7}$/u;

/** The rules, in the order copy-rules.ts tries them. */
export const PAGE_NOTICE_COPY_RULES = [
  {
    name: 'reading-time-line',
    kind: 'byline',
    description: 'a line giving the story’s reading time on its own (“Estimated read time: 2-3 minutes”, “5 min read”)',
    origin: 'issue 25, round 17: a broadcaster’s reading time under its header (development half, KSL.com)',
    test: (text) => READING_TIME.test(text.trim()),
  },
  {
    name: 'archive-notice',
    kind: 'boilerplate',
    description:
      'a notice that the story is archived or old and may be out of date (“This archived news story is available only …”)',
    origin: 'issue 25, round 17: a broadcaster’s notice above an archived AP story (development half, KSL.com)',
    test: (text) => wordCount(text) <= 60 && ARCHIVE_NOTICE.test(text.trim()),
  },
  {
    name: 'player-unsupported',
    kind: 'embed',
    description: 'a video player’s fallback notice (“This browser does not support the Video element.”)',
    origin: 'issue 25, round 17: a broadcaster’s video page (development half, FOX 9)',
    test: (text) => PLAYER_UNSUPPORTED.test(text.trim()),
  },
  {
    name: 'paywall-offer',
    kind: 'newsletter',
    description:
      'a paywall’s price or call (“Get Access to Print and Digital for $23.99 per year.”, “Subscribe for Full Access”)',
    origin: 'issue 25, round 17: a magazine’s paywall box above its story (development half, Harper’s)',
    test: (text) => wordCount(text) <= 16 && (PAYWALL_PRICE.test(text.trim()) || PAYWALL_CALL.test(text.trim())),
  },
  {
    name: 'issue-note',
    kind: 'boilerplate',
    description: 'a magazine’s note of the issue the story ran in (“This article was published in the January 2015 issue.”)',
    origin: 'issue 25, round 17: a design magazine’s note after its story (development half, Architectural Digest)',
    test: (text) => wordCount(text) <= 25 && ISSUE_NOTE.test(text.trim()),
  },
  {
    name: 'link-button',
    kind: 'navigation',
    description: 'a link button to a picture or a list (“View full size”, “View all upcoming events »”, “Related article »”)',
    origin: 'issue 25, round 17: a newspaper’s picture and events buttons, another’s related link (development half)',
    test: (text) => LINK_BUTTON.test(text.trim()),
  },
  {
    name: 'comment-form-note',
    kind: 'comments',
    description: 'a comment form’s instructions (“Use the comment form below to begin a discussion about this content.”)',
    origin: 'issue 25, round 17: a newspaper’s gallery page (development half, Denton Publications)',
    test: (text) => wordCount(text) <= 20 && COMMENT_FORM.test(text.trim()),
  },
  {
    name: 'comment-prompt-translated',
    kind: 'comments',
    description: 'a comment box’s prompt or count in French, German or Spanish (“Écrire un commentaire”, “71 Kommentare”)',
    origin: 'issue 25, round 17: a French monthly’s blog and two German sites (development half)',
    test: (text) => COMMENT_PROMPT_TRANSLATED.test(text.trim()),
  },
  {
    name: 'gallery-navigation',
    kind: 'navigation',
    description:
      'a gallery’s own navigation: a link back to the list, a call to vote, a thumbnail’s placeholder (“Back to all photo galleries”)',
    origin: 'issue 25, round 17: a newspaper’s gallery page (development half, Denton Publications)',
    test: (text) => {
      const trimmed = text.trim();
      return (
        BACK_LINK.test(trimmed) || (wordCount(trimmed) <= 14 && GALLERY_VOTE.test(trimmed)) || THUMBNAIL_PLACEHOLDER.test(trimmed)
      );
    },
  },
  {
    name: 'gallery-caption-link',
    kind: 'caption',
    description: 'a gallery’s caption cut short, ending in its link to the other pictures (“… as rising ... (See all photos)”)',
    origin: 'issue 25, round 17: a newspaper’s gallery page (development half, Denton Publications)',
    test: (text) => wordCount(text) <= 60 && GALLERY_CAPTION_LINK.test(text.trim()),
  },
  {
    name: 'developing-story-note',
    kind: 'boilerplate',
    description: 'a note that more of the story is coming (“More to follow…”, “More to come.”)',
    origin: 'issue 25, round 18: an Irish news site’s breaking story (development half, TheJournal.ie); general',
    test: (text) => wordCount(text) <= 14 && DEVELOPING_NOTE.test(text.trim()),
  },
  {
    name: 'hashtag-slogan',
    kind: 'boilerplate',
    description: 'a site’s slogan opening with a hashtag, no sentence (“#Open journalism No news is bad news”)',
    origin: 'issue 25, round 18: an Irish news site’s slogan above its header (development half, TheJournal.ie)',
    test: (text) => HASHTAG_SLOGAN.test(text.trim()),
  },
] as const satisfies readonly LineRule[];
