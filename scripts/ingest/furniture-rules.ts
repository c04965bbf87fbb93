import type { ArticleData } from '../../src/schemas/article.ts';

/**
 * Every rule that takes a line of a raw text or a saved page for page furniture (text that is
 * not the article: navigation, teasers, captions, promos, forms…), in one place, so an editor
 * reviewing `npm run add` can look up why a line was set aside, and a wrong rule is fixed once.
 *
 * Three families, applied in this order by `classifyLines`:
 * 1. line rules: the line's own words say what it is ("Leave a Reply", "Photograph: …/Reuters");
 * 2. page rules (saved pages only): where the line sat on the page (a `<nav>`, a `<figcaption>`,
 *    a box whose class says "newsletter"), and whether Readability kept it as article content;
 * 3. position rules: what comes before the first paragraph of prose (headline, dek, labels), after
 *    the article's end marker (teasers, labels), and a short caption right before a photo credit.
 *
 * Rules only set text aside; they never change it, and the fidelity check proves nothing is lost.
 * Each rule says where it came from (`origin`): a general convention of news pages, or one of the
 * five corpus raw files (`corpus 001`) when that file is where it was first seen.
 */

export type FurnitureKind = ArticleData['furniture'][number]['kind'];

/** A rule as the review shows it. */
export interface RuleInfo {
  /** Short, stable name, shown in the review next to every item it caught. */
  name: string;
  /** What the text was on the page, as the article's `furniture` records it. */
  kind: FurnitureKind;
  /** What the rule catches, in a sentence. */
  description: string;
  /** Where the rule comes from: a general convention, or the corpus file it was first seen in. */
  origin: string;
}

/** A rule that reads the words of one line. */
export interface LineRule extends RuleInfo {
  /** True when this line ends the article: everything after it is furniture too (text only). */
  endsArticle?: boolean;
  test: (text: string) => boolean;
}

// ------------------------------------------------------------------------------------------
// Shared patterns

const MONTH = String.raw`(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?`;
const WEEKDAY = String.raw`(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)(?:day|nesday|rsday|urday|sday)?\.?,?`;
const DATE = String.raw`(?:${MONTH}\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{1,2}(?:st|nd|rd|th)?\s+${MONTH},?\s+\d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}[/.]\d{1,2}[/.]\d{2,4})`;
const TIME = String.raw`(?:[,:]?\s*(?:at\s+|à\s+|-\s*)?\d{1,2}(?:[:.h]\d{2})?\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,4}|GMT[+-]?\d*)?)`;
const DATE_RE = new RegExp(DATE, 'i');

/** Photo agencies and wire services, as photo credits name them (at the end of the credit). */
const AGENCY = `(?:Reuters|AP|AP Photo|Associated Press|AFP|Agence France-Presse|Getty Images|Getty|Shutterstock|EPA|EPA-EFE|Alamy(?: Stock Photo)?|Bloomberg|Sipa(?: USA)?|Pool|NurPhoto|ZUMA(?: Press| Wire)?|Anadolu(?: Agency)?|dpa|Xinhua|SOPA Images|Redux|PA(?: Images| Wire| Media)?|Rex(?: Features)?|Corbis|Supplied|TASS|Sputnik|Kremlin Pool|Handout|Press Service|UPI|Tribune News Service|The New York Times|Washington Post|Imagn|USA TODAY|LightRocket)`;
const AGENCY_AT_END = new RegExp(String.raw`(?:^|[\s/(—–-])${AGENCY}\)?$`, 'i');
const AGENCY_ONLY = new RegExp(`^${AGENCY}$`, 'i');
/** Caption endings: "(AP Photo/Evan Vucci)", "(Reuters)", "(… photo via AP)", "(Ellen M. Banner / The Seattle Times)". */
const BRACKETED_PHOTO_CREDIT = /\([^()]*\b(?:photo|image|picture)s?\b[^()]*(?:\/|\bvia\b|\bby\b|\bcourtesy\b)[^()]*\)$/i;
const BRACKETED_AGENCY = new RegExp(String.raw`\((?:[^()]*/\s*)?${AGENCY}(?: Photo)?(?:\s*/[^()]+)?\)$`, 'i');
const BRACKETED_NAME_AND_OUTLET = /\(\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){1,3} \/ (?:The )?\p{Lu}[^()]+\)$/u;

/** "Jane Doe is a reporter for …" (names case-sensitive: with the `i` flag \p{Lu} matches any letter). */
const JOBS = ['reporter', 'correspondent', 'writer', 'editor', 'columnist', 'journalist', 'contributor', 'producer'];
const AUTHOR_NOTE = new RegExp(
  String.raw`^\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){1,3},?\s+(?:is|was|IS|WAS)\s+(?:a|an|the|A|AN|THE)\s+(?:[\p{L}-]+\s+){0,5}(?:${[...JOBS, ...JOBS.map((job) => job.toUpperCase())].join('|')})\b`,
  'u',
);

const COMMA_DATE_AT_END = new RegExp(String.raw`(\S+),\s+${MONTH}\s+\d{1,2},\s+\d{4}\.?$`);
const WEEKDAY_ONLY = new RegExp(`^${WEEKDAY}$`, 'i');
/** "Published April 18, 2025", "22 Dec, 2016", "April 28, 2019 at 6:01 am Updated April 29, 2019 at 3:33 pm". */
const DATE_LINE = new RegExp(
  String.raw`^(?:[\p{L}\p{N}.]+(?: \([\p{L} ]+\))?\s+)?(?:(?:first |originally )?(?:published|posted|updated|last updated|modified|mis à jour)(?: on| le)?:?\s*)?(?:${WEEKDAY}\s+)?${DATE}${TIME}?(?:\s*[|•·,]?\s*(?:updated|modified|mis à jour)(?: on| le)?:?\s*(?:${WEEKDAY}\s+)?(?:${DATE})?${TIME}?)?$`,
  'iu',
);
/** "By" and names; case matters for the names (with the `i` flag, \p{Lu} matches any letter). */
const BYLINE_NAME = String.raw`\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|de|van|von|der|da|di|la|le|bin|al)){0,4}`;
const BYLINE = new RegExp(
  String.raw`^(?:[Bb]y|BY|[Ww]ords by|[Ww]ritten by|[Rr]eporting by|[Pp]ar|PAR|[Pp]or|[Vv]on):?\s+${BYLINE_NAME}(?:(?:,\s*|\s+and\s+|\s+et\s+|\s*&\s*)${BYLINE_NAME})*$`,
  'u',
);

/** Words of a line (whitespace-separated). */
export function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** Ends like a sentence: a full stop, question or exclamation mark, maybe inside quotes or brackets. */
export function endsLikeSentence(text: string): boolean {
  return /[.!?…:;]["'”’)\]]*$/.test(text.trim());
}

/**
 * A paragraph of prose: long, or a sentence (ends like one, is not a headline in title case).
 * The first one starts the body of a text: what comes before it is its header.
 */
export function isProse(text: string): boolean {
  const words = wordCount(text);
  if (words >= 30) return true;
  return words >= 3 && /[.!?…:]["'”’)\]]*$/.test(text.trim()) && !isTitleCase(text);
}

/** Short words that title case leaves in lower case. */
const TITLE_CASE_SMALL_WORDS = new Set([
  'with',
  'from',
  'into',
  'over',
  'than',
  'that',
  'upon',
  'onto',
  'about',
  'after',
  'under',
  'amid',
  'near',
  'past',
  'like',
  'says',
  'said',
]);

/**
 * Every longer word capitalised, as headlines in title case are ("Stealth Over Health: Hillary
 * Clinton Was Headed to ER"). A sentence full of names still has a lower-case verb.
 */
export function isTitleCase(text: string): boolean {
  const words = text.split(/\s+/).filter((word) => /^[\p{L}]{4,}/u.test(word) && !TITLE_CASE_SMALL_WORDS.has(word.toLowerCase()));
  return words.length >= 3 && words.every((word) => /^\p{Lu}/u.test(word));
}

/** Verbs in the present tense that photo captions use ("Rubio arrives at…", "Protesters gather…"). */
const CAPTION_VERB =
  /\b(?:arrives?|attends?|chairs?|speaks?|walks?|meets?|poses?|looks? on|gestures?|listens?|waves?|stands?|sits?|holds?|delivers?|addresses|talks?|shakes? hands|leaves|greets?|visits?|answers?|departs?|reacts?|smiles?|steps?|boards?|signs?|gives?|takes? part|gathers?|marches|march|rall(?:y|ies)|participates?|hosts?|watches|watch|prepares?|testifies|(?:is|are) (?:seen|pictured|shown|displayed)|pictured|seen here|in this (?:photo|image|picture)|file photo)\b/i;

/** A short line that could be the caption of a photo: a label, or one sentence with a caption verb. */
export function isCaptionLike(text: string): boolean {
  const words = wordCount(text);
  if (words <= 6 && !endsLikeSentence(text)) return true;
  if (words > 45 || /[“”"]/.test(text)) return false;
  const sentences = text.trim().split(/[.!?]\s+(?=\p{Lu})/u).length;
  return sentences <= 2 && CAPTION_VERB.test(text);
}

/** A line that could be a subheading: short, not a sentence, not a quote. */
export function isHeadingLike(text: string): boolean {
  const trimmed = text.trim();
  const words = wordCount(trimmed);
  if (words === 0 || words > 14) return false;
  if (/^["“‘'([]/.test(trimmed)) return false;
  if (/[.,;:]["'”’)\]]*$/.test(trimmed) || /["”’]$/.test(trimmed)) return false;
  return /^[\p{Lu}\p{N}]/u.test(trimmed);
}

/** A line that could be a headline: a few words, no full stop at the end (or in title case). */
export function isHeadlineLike(text: string): boolean {
  const words = wordCount(text);
  if (words < 3 || words > 25) return false;
  return !/[.:,]["'”’)\]]*$/.test(text.trim()) || isTitleCase(text);
}

function line(pattern: RegExp): (text: string) => boolean {
  return (text) => pattern.test(text.trim());
}

function short(maxWords: number, test: (text: string) => boolean): (text: string) => boolean {
  return (text) => wordCount(text) <= maxWords && test(text);
}

// ------------------------------------------------------------------------------------------
// 1. Line rules: the line's own words. The first rule that matches names the line.

export const LINE_RULES: readonly LineRule[] = [
  {
    name: 'syndication-line',
    kind: 'boilerplate',
    endsArticle: true,
    description: 'a feed footer naming where the story first appeared ("The post … appeared first on TIME.")',
    origin: 'corpus 002; the footer WordPress feeds add to every syndicated post',
    test: (text) =>
      /^(?:the post .+ appeared first on .+|this (?:article|story|post|piece) (?:was |is )?(?:originally|first) (?:published|appeared) .+|this (?:article|story) is republished from .+)$/i.test(
        text.trim(),
      ) ||
      (wordCount(text) <= 20 && /^originally (?:published|appeared) (?:as|on|in|at|by) .+$/i.test(text.trim())),
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
        /^(?:this|the) (?:story|article|post|report|page) (?:has been|was|is being|will be|is) updated\b.*$|^(?:this is a (?:developing|breaking) (?:story|news story)|check back (?:soon |later )?for updates)\b.*$/i,
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
      /^(?:\d+\s+)?comments?(?:\s*\(?\d+\)?)?$|^(?:show|view|read|load|see|hide|open) (?:all )?(?:\d+ )?(?:comments?|replies)$|^(?:leave|post|add|write) (?:a|your) (?:reply|comment|response)$|^join the (?:conversation|discussion|debate)$|^comment on this (?:story|article)$|^be the first to comment\b.*|^(?:cancel reply|post comment|submit comment|comments are (?:closed|moderated)\b.*)$/i,
    ),
  },
  {
    name: 'comment-form',
    kind: 'comments',
    endsArticle: true,
    description: 'the fields and small print of a comment form',
    origin: 'corpus 004 (WordPress comment form: "Your email address will not be published…")',
    test: line(
      /^your email address will not be published\b.*|^required fields are marked\b.*|^(?:name|e-?mail|website|comment)\s*\*$|^save my name, email,? and website\b.*|^notify me of (?:follow-up comments|new posts)\b.*|^you must be (?:logged|signed) in to post a comment\b.*|^this site uses akismet\b.*/i,
    ),
  },
  {
    name: 'copyright-line',
    kind: 'boilerplate',
    endsArticle: true,
    description: 'a copyright or "all rights reserved" line',
    origin: 'general: page footers',
    test: short(40, line(/^(?:©|\(c\)\s|copyright\s*(?:©|\(c\))?\s*\d{4}).*|.*\ball rights reserved\.?$/i)),
  },
  {
    name: 'share-bar',
    kind: 'navigation',
    description: 'share buttons: network names and share verbs only ("Share", "FacebookTwitterEmail")',
    origin: 'general: share bars',
    test: line(
      /^(?:(?:share(?: this(?: article| story| page)?)?(?: on| via)?|tweet|facebook|twitter|linkedin|whatsapp|e-?mail|print|reddit|pinterest|messenger|telegram|copy(?: the)? link|link copied|save(?: article| story)?|gift(?: this)? article|flipboard|bluesky|threads|sms|pocket)[\s|•·,/]*)+$/i,
    ),
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
    test: line(
      /^(?:(?:home|menu|search|skip to (?:main )?content|skip to navigation|sign in|log in|log out|sign out|register|my account|open menu|close menu|close|back to top|toggle navigation|main menu|navigation|sections|all sections|next|previous|prev|more|less|show more|show less|keep reading|continue reading|read more|load more|see more|view more|read full (?:story|article)|expand|collapse|go to top|top of page)\s*)+$/i,
    ),
  },
  {
    name: 'related-link',
    kind: 'related-link',
    description: 'a link to another story introduced as such ("Read More: …", "Related: …", "[Read: …]")',
    origin: 'corpus 002 ("Read More: The Case for Trump’s Peace Plan"); general',
    test: short(
      30,
      line(
        /^(?:read (?:more|also|next)|also read|see also|related(?: (?:story|article|coverage|content|video))?|more (?:on this|from us)|recommended|watch|listen|lire aussi|à lire aussi|lire|leer más|lea también)\s*[:|»›>–—-]\s*\S.*$|^\[\s*(?:read|related|see|watch)\b[^\]]*\]$/i,
      ),
    ),
  },
  {
    name: 'related-heading',
    kind: 'teaser',
    description: 'the heading of a box of other stories ("More from …", "Most read", "Related articles")',
    origin: 'general: recirculation boxes; corpus 001 ("LATEST")',
    test: short(
      8,
      line(
        /^(?:related(?: (?:articles|stories|coverage|content|topics|posts))?|more (?:from|on|in) [\w .'’&-]+|more (?:stories|news|coverage|to read)|you (?:may|might) (?:also )?like|recommended(?: for you| stories| reading)?|most (?:read|popular|viewed|shared|commented)|trending(?: now| stories)?|latest(?: news| stories| headlines)?|top stories|editor'?s picks|(?:what to )?read next|read more|more coverage|around the web|explore more on these topics|sponsored(?: content| stories| links)?|from our partners|(?:in|more) other news|don['’]t miss)\s*:?$/i,
      ),
    ),
  },
  {
    name: 'newsletter-promo',
    kind: 'newsletter',
    description: 'a newsletter sign-up or subscription promo',
    origin: 'corpus 001 ("Newsletter", "Subscribe now to our weekly round-up…"); general',
    test: short(
      60,
      line(
        /^newsletters?$|^(?:sign up|subscribe)(?: now| today| here)?$|^(?:sign up|subscribe|register)(?: now| today| free| for free)? (?:to|for)\b.*\b(?:newsletters?|briefings?|emails?|updates|round-?up|digest|alerts|inbox|bulletin)\b.*|^subscribe now\b.*|^(?:get|receive) (?:our|the)\b.*\b(?:newsletter|briefing|emails?)\b.*|.*\bnewsletter sign[- ]?up\b.*|^(?:enter your email(?: address)?|your email address)$|^(?:privacy notice|by (?:signing up|subscribing|clicking)\b).*|^already (?:a subscriber|subscribed)\??.*|^(?:sign up|subscribe) for (?:our|the)\b.*|.*\b(?:abonnez-vous|abonnieren sie|suscríbete)\b.*/i,
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
        /^(?:download|get|install) (?:the|our) .*\bapp\b.*|^(?:open|read|continue) in (?:the )?app$|^(?:download on|available on) the app store$|^get it on google play$/i,
      ),
    ),
  },
  {
    name: 'advertisement-label',
    kind: 'boilerplate',
    description: 'an advertisement label or "continue reading" marker around an ad',
    origin: 'general',
    test: line(
      /^(?:advertisement|advertising|ad|ads|sponsored|promoted|paid (?:post|content)|partner content|supported by|story continues (?:below|after) (?:this )?advert(?:isement)?|(?:article|story) continues (?:below|after)(?: (?:this )?advert(?:isement)?)?|continue reading (?:the main story|below)|skip advert(?:isement)?|scroll to continue with content|report this ad|(?:powered|presented|sponsored|brought to you) by [\w .&'’-]{2,40})\s*:?$/i,
    ),
  },
  {
    name: 'video-marker',
    kind: 'embed',
    description: 'an embed shortcode or a video or audio player’s text ("[time-brightcove …]", "JUST WATCHED", "0:45")',
    origin: 'corpus 002 ("[time-brightcove not-tgx=”true”]"); general',
    test: line(
      /^\[[\w-]*(?:[-_][\w-]*|video|audio|embed|caption|gallery|youtube|tweet|brightcove|jwplayer|iframe)(?:\s[^\]]*)?\]$|^\[[\w-]+\s[^\]]*=[^\]]*\]$|^(?:video|play video|watch video|now playing|up next|replay|more videos|must watch|just watched|video player is loading\.?|press play to (?:listen|watch).*|listen to (?:this )?(?:article|story)(?:\s*\d+ min(?:ute)?s?)?|listen|audio|\d{1,2}:\d{2}(?::\d{2})?|\d+ min(?:ute)?s? (?:read|listen))$/i,
    ),
  },
  {
    name: 'media-label',
    kind: 'embed',
    description: 'the label of a map, chart, video or gallery ("Map: Flow of foreign fighters to Syria")',
    origin: 'general: interactive and graphic embeds',
    test: short(
      20,
      (text) =>
        /^(?:map|chart|graphic|graphics|infographic|interactive|video|videos|watch|photos|gallery|slideshow|audio|podcast)\s*:\s*\S/i.test(
          text.trim(),
        ) && !/[.!?]["”’]?$/.test(text.trim()),
    ),
  },
  {
    name: 'photo-credit',
    kind: 'credit',
    description:
      'a photo credit: "Photograph: …", "Credit: …", "Top photo credit: …", or a name and an agency ("Julien De Rosa/via Reuters")',
    origin: 'corpus 001 ("Top photo credit: …") and 004 ("Sergey Dolzhenko/EPA-EFE/Shutterstock"); general',
    test: (text) => {
      const trimmed = text.trim();
      if (
        /^(?:top |main |lead |header )?(?:photo|image|picture|video|graphic|illustration|photograph|photo illustration)(?: credits?)?\s*[:|]\s*\S/i.test(
          trimmed,
        )
      )
        return wordCount(trimmed) <= 80;
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
    },
  },
  {
    name: 'wire-caption',
    kind: 'caption',
    description: 'a photo caption in wire style: ends with ", April 17, 2025." or a photo credit in brackets',
    origin: 'corpus 004 ("…in Paris, April 17, 2025."); general: AP/Reuters caption style',
    test: (text) => {
      const trimmed = text.trim();
      if (wordCount(trimmed) > 70) return false;
      if (BRACKETED_PHOTO_CREDIT.test(trimmed) || BRACKETED_AGENCY.test(trimmed) || BRACKETED_NAME_AND_OUTLET.test(trimmed))
        return true;
      const dated = COMMA_DATE_AT_END.exec(trimmed);
      return dated !== null && !WEEKDAY_ONLY.test(dated[1]!) && !/[“”"]/.test(trimmed) && wordCount(trimmed) <= 50;
    },
  },
  {
    name: 'gallery-label',
    kind: 'caption',
    description: 'a photo gallery’s counter or control ("1 / 5", "Image 2 of 8", "Enlarge this image")',
    origin: 'general',
    test: line(
      /^\d+\s*(?:\/|of)\s*\d+$|^(?:image|photo|slide) \d+ (?:of|\/) \d+$|^(?:enlarge|expand|view|open) (?:this )?(?:image|photo|gallery)$|^(?:hide|toggle|show) caption$|^(?:photo|image|gallery|slideshow)$/i,
    ),
  },
  {
    name: 'dateline-byline',
    kind: 'byline',
    description: 'a date line or a byline with a date ("Published April 18, 2025", "By … | Apr 18, 2025")',
    origin: 'general',
    test: (text) => {
      const trimmed = text.trim();
      if (wordCount(trimmed) > 30 || /[.!?]["”’]?$/.test(trimmed.replace(/\b(?:a|p)\.m\.$/i, ''))) return false;
      if (DATE_LINE.test(trimmed)) return true;
      if (/^(?:(?:published|posted|updated)\s+)?\d+\s+(?:minutes?|hours?|days?|weeks?)\s+ago$/i.test(trimmed)) return true;
      return DATE_RE.test(trimmed) && (/[|•]/.test(trimmed) || /^(?:by|par|por|von)\s/i.test(trimmed));
    },
  },
  {
    name: 'byline',
    kind: 'byline',
    description: 'a byline: "By" and names, nothing else',
    origin: 'general',
    test: (text) => {
      const trimmed = text.trim().replace(/[,|]\s*(?:Reuters|AP|AFP|CNN|Associated Press|Bloomberg)$/i, '');
      return wordCount(trimmed) <= 14 && !/[.!?]$/.test(trimmed) && BYLINE.test(trimmed);
    },
  },
  {
    name: 'author-bio',
    kind: 'boilerplate',
    description: 'a note about the author ("… is a reporter for …", "Follow him on Twitter @…")',
    origin: 'general: author notes at the end of stories',
    test: (text) => {
      const trimmed = text.trim();
      if (wordCount(trimmed) > 60 || /[“”]/.test(trimmed)) return false;
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
    },
  },
  {
    name: 'tag-list',
    kind: 'tag',
    description: 'a list of topics or tags ("Topics: …", "Filed under: …")',
    origin: 'general',
    test: short(25, line(/^(?:tags?|topics?|filed under|categories|related topics|keywords)\s*:\s*\S.*$/i)),
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
    test: short(
      80,
      line(
        /.*\b(?:we use cookies|(?:site|website) uses cookies|cookie (?:policy|settings|preferences)|accept (?:all )?cookies|manage (?:cookies|consent)|by continuing to (?:browse|use this (?:site|website)),? you (?:agree|accept|consent))\b.*|^(?:accept all|reject all|i agree|got it|manage preferences|cookie settings|privacy policy|terms of (?:use|service)|do not sell my (?:personal )?info(?:rmation)?)$/i,
      ),
    ),
  },
  {
    name: 'separator-line',
    kind: 'boilerplate',
    description: 'a line of rule characters ("___", "* * *")',
    origin: 'general: wire copy separators',
    test: line(/^[\s_*=~#—–-]{2,}$/),
  },
];

const LINE_RULE_BY_NAME = new Map(LINE_RULES.map((rule) => [rule.name, rule]));

/** The first line rule that catches `text`, or undefined. */
export function matchLineRule(text: string): LineRule | undefined {
  return LINE_RULES.find((rule) => rule.test(text));
}

/** Rules that name a photo credit; a caption-like line right before one is its caption. */
const CREDIT_RULES = new Set(['photo-credit']);

// ------------------------------------------------------------------------------------------
// 2. Page rules (saved pages): where the line was, and what Readability made of it.

/** Where a line of a saved page sat, as the page rules read it. */
export interface PageContext {
  /** Tag of the block element the line is the text of (`p`, `h2`, `li`, `figcaption`…). */
  tag: string;
  /** Tags of the enclosing elements, innermost first. */
  ancestors: readonly string[];
  /** Classes, ids, roles and itemprops of the element and its ancestors, lower-cased, space-separated. */
  hints: string;
  /** The same for the element and its two nearest ancestors only (what a line inside the article is part of). */
  nearHints: string;
  /** The line's text is all link text (a link on its own). */
  linkOnly: boolean;
  /** The line's text is all bold (`<strong>`, `<b>`). */
  boldOnly: boolean;
  /** Readability kept the line as article content. */
  kept: boolean;
}

export interface PageRule extends RuleInfo {
  /** True when the rule may also overrule Readability for lines it kept. */
  insideArticle: boolean;
  test: (context: PageContext, text: string) => boolean;
}

const hint = (pattern: RegExp) => (context: PageContext) => pattern.test(context.hints);
const within =
  (...tags: string[]) =>
  (context: PageContext) =>
    tags.includes(context.tag) || context.ancestors.some((tag) => tags.includes(tag));

export const PAGE_RULES: readonly PageRule[] = [
  {
    name: 'credit-markup',
    kind: 'credit',
    insideArticle: true,
    description: 'an element marked as a photo credit (`copyrightHolder`, class "credit", "image-source")',
    origin: 'general: HTML figures',
    test: (context) =>
      /(?:^|\s)(?:copyrightholder|credit|image-source|image-credit|photo-credit|attribution)(?:$|\s)/.test(context.hints) &&
      within('figure', 'figcaption')(context),
  },
  {
    name: 'caption-markup',
    kind: 'caption',
    insideArticle: true,
    description: 'the text of a `<figcaption>` or of a `<figure>`, or of an element marked as a caption',
    origin: 'general: HTML figures',
    test: (context) =>
      context.tag === 'figure' ||
      within('figcaption')(context) ||
      /(?:^|[\s_-])(?:caption|wp-caption-text|image-caption|media-caption)(?:$|[\s_-])/.test(context.hints),
  },
  {
    name: 'social-embed',
    kind: 'embed',
    insideArticle: true,
    description: 'an embedded post (a `blockquote` marked twitter-tweet, instagram-media…)',
    origin: 'general',
    test: hint(/\b(?:twitter-tweet|instagram-media|tiktok-embed|fb-post|embed-)\b/),
  },
  {
    name: 'promo-box',
    kind: 'newsletter',
    insideArticle: true,
    description: 'a newsletter sign-up box, even inside the article (class "newsletter", "optin", "signup")',
    origin: 'general',
    test: (context) => /\b(?:newsletter|newsletters|optin|email-?optin|signup|sign-up)\b/.test(context.nearHints),
  },
  {
    name: 'site-navigation',
    kind: 'navigation',
    insideArticle: false,
    description: 'a line of the site’s navigation (`<nav>`, a menu)',
    origin: 'general',
    test: (context) => within('nav')(context) || /\b(?:navigation|navbar|menu|breadcrumbs?|masthead)\b/.test(context.hints),
  },
  {
    name: 'cookie-banner',
    kind: 'boilerplate',
    insideArticle: false,
    description: 'a cookie or consent banner',
    origin: 'general',
    test: hint(/\b(?:cookie|cookies|consent|gdpr|cmp)\b/),
  },
  {
    name: 'newsletter-box',
    kind: 'newsletter',
    insideArticle: false,
    description: 'a newsletter or subscription box',
    origin: 'general',
    test: hint(/\b(?:newsletter|subscribe|subscription|signup|sign-up|optin|email-?optin|paywall)\b/),
  },
  {
    name: 'share-box',
    kind: 'navigation',
    insideArticle: false,
    description: 'a share or social box',
    origin: 'general',
    test: hint(/\b(?:share|sharing|social|sharebar|share-tools)\b/),
  },
  {
    name: 'comment-section',
    kind: 'comments',
    insideArticle: false,
    description: 'a comment section or form',
    origin: 'general',
    test: (context) => /\b(?:comments?|respond|reply|disqus|discussion)\b/.test(context.hints) || within('form')(context),
  },
  {
    name: 'related-box',
    kind: 'teaser',
    insideArticle: false,
    description: 'a box of other stories (`<aside>`, "related", "most read", "recommended")',
    origin: 'general',
    test: (context) =>
      within('aside')(context) ||
      /\b(?:related|recirc|more-stories|recommend\w*|trending|popular|most-read|teasers?|promo|outbrain|taboola|read-next|up-next|latest)\b/.test(
        context.hints,
      ),
  },
  {
    name: 'ad-slot',
    kind: 'boilerplate',
    insideArticle: false,
    description: 'an advertisement slot',
    origin: 'general',
    test: hint(/\b(?:ad|ads|advert\w*|dfp|gpt|sponsor\w*|banner-ad)\b/),
  },
  {
    name: 'byline-block',
    kind: 'byline',
    insideArticle: false,
    description: 'the byline, date or author block of the page',
    origin: 'general',
    test: (context) =>
      within('time', 'address')(context) ||
      /\b(?:byline|by-line|author|authors|dateline|timestamp|published|meta-date|article-date)\b/.test(context.hints),
  },
  {
    name: 'author-box',
    kind: 'boilerplate',
    insideArticle: false,
    description: 'an author biography box',
    origin: 'general',
    test: hint(/\b(?:bio|author-bio|about-author|contributor)\b/),
  },
  {
    name: 'site-footer',
    kind: 'boilerplate',
    insideArticle: false,
    description: 'a line of the site’s footer',
    origin: 'general',
    test: (context) => within('footer')(context) || /\b(?:footer|contentinfo|colophon)\b/.test(context.hints),
  },
  {
    name: 'site-header',
    kind: 'navigation',
    insideArticle: false,
    description: 'a line of the site’s header (outside the article)',
    origin: 'general',
    test: (context) =>
      /\b(?:site-header|page-header|global-header|topbar|top-bar|banner)\b/.test(context.hints) ||
      (within('header')(context) && !within('article')(context)),
  },
  {
    name: 'link-only-line',
    kind: 'related-link',
    insideArticle: true,
    description: 'a line that is a single link and no sentence: a link to another story',
    origin: 'general: links between paragraphs',
    test: (context, text) => context.linkOnly && context.tag !== 'li' && !endsLikeSentence(text) && wordCount(text) <= 20,
  },
];

/** The first page rule that catches a line, honouring what Readability kept. */
export function matchPageRule(context: PageContext, text: string): PageRule | undefined {
  return PAGE_RULES.find((rule) => (context.kept ? rule.insideArticle : true) && rule.test(context, text));
}

// ------------------------------------------------------------------------------------------
// 3. Position rules: what a line is by where it stands.

export const POSITION_RULES = {
  headline: {
    name: 'headline-line',
    kind: 'headline',
    description: 'the headline: a short line before the first paragraph (or the page’s own headline)',
    origin: 'corpus 001 and 004 (the headline line at the top of the raw file)',
  },
  dek: {
    name: 'dek-line',
    kind: 'dek',
    description: 'the standfirst: a line right under the headline that is not a sentence of the body',
    origin: 'corpus 001 (the dek line under the headline)',
  },
  headerLabel: {
    name: 'header-label',
    kind: 'section-label',
    description: 'a short label before the first paragraph (section, tag, kicker)',
    origin: 'corpus 001 ("Marco Rubio" above the headline)',
  },
  headerLine: {
    name: 'header-line',
    kind: 'boilerplate',
    description: 'another line before the first paragraph of prose',
    origin: 'general',
  },
  captionBeforeCredit: {
    name: 'caption-before-credit',
    kind: 'caption',
    description: 'a short caption-like line right before a photo credit',
    origin: 'corpus 001 ("Trump Rubio") and 004 (caption, then credit)',
  },
  teaserList: {
    name: 'teaser-list',
    kind: 'teaser',
    description: 'a headline-like line under a "Related" or "More from" heading',
    origin: 'general: recirculation boxes',
  },
  afterArticle: {
    name: 'after-article',
    kind: 'teaser',
    description: 'a line after the article’s end marker (comments, syndication, update notice, copyright)',
    origin: 'corpus 001 (teasers after "This story has been updated…")',
  },
  afterArticleLabel: {
    name: 'after-article-label',
    kind: 'section-label',
    description: 'a short label after the article’s end marker',
    origin: 'corpus 001 ("North America", "LATEST")',
  },
  pageHeadline: {
    name: 'page-headline',
    kind: 'headline',
    description: 'the page’s headline (its `<h1>`, or the headline its metadata gives)',
    origin: 'general',
  },
  pageDek: {
    name: 'page-dek',
    kind: 'dek',
    description: 'the standfirst the page’s metadata gives, shown on the page',
    origin: 'general',
  },
  beforeArticle: {
    name: 'before-article',
    kind: 'navigation',
    description: 'a line of the page before the article that Readability left out',
    origin: 'general',
  },
  outsideArticle: {
    name: 'outside-article',
    kind: 'boilerplate',
    description: 'a line of the page that Readability left out of the article',
    origin: 'general',
  },
} as const satisfies Record<string, RuleInfo>;

// ------------------------------------------------------------------------------------------
// Applying the rules

/** One line of a raw text (or of a saved page's text), as the rules see it. */
export interface SourceLine {
  /** 1-based line number in the raw text. */
  line: number;
  /** The line, verbatim, without surrounding whitespace. */
  text: string;
  /** For a saved page: where the line was. */
  page?: PageContext;
}

/** What a line was taken for. */
export type LineVerdict =
  | {
      role: 'body';
      block: 'paragraph' | 'heading' | 'list-item' | 'quote';
      /** A saved page's line that Readability left out, put back as a paragraph between paragraphs. */
      recovered?: boolean;
    }
  | { role: 'furniture'; rule: RuleInfo };

/** Metadata values the page gives, so their lines can be recognised (saved pages). */
export interface KnownTexts {
  headline?: string | null;
  dek?: string | null;
}

/**
 * Decides, for each line, body or furniture (and which rule), in the order the module
 * describes. Text lines get the position rules for the top and the end of a text; page lines
 * get the page rules, with Readability's verdict as the fallback.
 */
export function classifyLines(lines: readonly SourceLine[], known: KnownTexts = {}): LineVerdict[] {
  const isPage = lines.some((line) => line.page);
  const verdicts = isPage ? classifyPage(lines, known) : classifyText(lines);
  markCaptionsBeforeCredits(lines, verdicts);
  return verdicts;
}

const furniture = (rule: RuleInfo): LineVerdict => ({ role: 'furniture', rule });

function classifyText(lines: readonly SourceLine[]): LineVerdict[] {
  const verdicts: (LineVerdict | undefined)[] = lines.map((line) => {
    const rule = matchLineRule(line.text);
    return rule ? furniture(rule) : undefined;
  });
  const start = lines.findIndex((line, i) => !verdicts[i] && isProse(line.text));
  if (start < 0) return lines.map((_, i) => verdicts[i] ?? { role: 'body', block: 'paragraph' });

  // Before the first paragraph of prose: labels, the headline, the dek.
  let headline = -1;
  let dek = -1;
  for (let i = 0; i < start; i++) {
    if (verdicts[i]) continue;
    const text = lines[i]!.text;
    if (headline < 0 && isHeadlineLike(text)) {
      headline = i;
      dek = nextOpen(verdicts, i);
      verdicts[i] = furniture(POSITION_RULES.headline);
    } else if (i === dek && wordCount(text) >= 5 && !endsLikeSentence(text)) {
      verdicts[i] = furniture(POSITION_RULES.dek);
    } else {
      verdicts[i] = furniture(wordCount(text) <= 4 ? POSITION_RULES.headerLabel : POSITION_RULES.headerLine);
    }
  }

  // After the first end marker: everything.
  const end = lines.findIndex((_, i) => i > start && endsArticle(verdicts[i]));
  for (let i = end < 0 ? lines.length : end + 1; i < lines.length; i++) {
    if (verdicts[i]) continue;
    const text = lines[i]!.text;
    verdicts[i] = furniture(
      wordCount(text) <= 4 && !endsLikeSentence(text) ? POSITION_RULES.afterArticleLabel : POSITION_RULES.afterArticle,
    );
  }

  // In between: headline-like lines under a "Related" heading, then body: a short line that is
  // no sentence, with more body after it, is a subheading.
  let inTeaserList = false;
  const last = end < 0 ? lines.length : end;
  for (let i = start; i < last; i++) {
    const verdict = verdicts[i];
    if (verdict) {
      inTeaserList = verdict.role === 'furniture' && verdict.rule.name === 'related-heading';
      continue;
    }
    const text = lines[i]!.text;
    if (inTeaserList && isHeadlineLike(text) && !endsLikeSentence(text)) {
      verdicts[i] = furniture(POSITION_RULES.teaserList);
      continue;
    }
    inTeaserList = false;
    const hasBodyAfter = lines.slice(i + 1, last).some((line, j) => !verdicts[i + 1 + j] && isProse(line.text));
    verdicts[i] = { role: 'body', block: hasBodyAfter && isHeadingLike(text) ? 'heading' : 'paragraph' };
  }
  return verdicts.map((verdict) => verdict ?? { role: 'body', block: 'paragraph' });
}

function nextOpen(verdicts: readonly (LineVerdict | undefined)[], after: number): number {
  for (let i = after + 1; i < verdicts.length; i++) if (!verdicts[i]) return i;
  return -1;
}

function endsArticle(verdict: LineVerdict | undefined): boolean {
  return verdict?.role === 'furniture' && LINE_RULE_BY_NAME.get(verdict.rule.name)?.endsArticle === true;
}

function classifyPage(lines: readonly SourceLine[], known: KnownTexts): LineVerdict[] {
  const headline = normalise(known.headline ?? '');
  const dek = normalise(known.dek ?? '');
  const firstKept = lines.findIndex((line) => line.page?.kept);
  let seenBody = false;
  const verdicts = lines.map((line, i) => {
    const verdict = classifyPageLine(line, i);
    if (verdict.role === 'body') seenBody = true;
    return verdict;
  });
  // Readability sometimes drops a paragraph between two it kept; one that reads like prose and
  // that no rule names is put back (the review lists it).
  const bodyAt = verdicts.flatMap((verdict, i) => (verdict.role === 'body' ? [i] : []));
  const [first, last] = [bodyAt[0] ?? -1, bodyAt.at(-1) ?? -1];
  for (let i = first + 1; i < last; i++) {
    const verdict = verdicts[i]!;
    if (
      verdict.role === 'furniture' &&
      verdict.rule.name === POSITION_RULES.outsideArticle.name &&
      isProse(lines[i]!.text) &&
      wordCount(lines[i]!.text) >= 15
    ) {
      verdicts[i] = { role: 'body', block: 'paragraph', recovered: true };
    }
  }
  return verdicts;

  function classifyPageLine(line: SourceLine, i: number): LineVerdict {
    const page = line.page!;
    const text = normalise(line.text);
    // Only text Readability left out (or a heading) is the headline or dek: a page's description
    // is often its first paragraph, which stays body.
    if (headline && text === headline && (!page.kept || /^h[1-3]$/.test(page.tag))) return furniture(POSITION_RULES.pageHeadline);
    if (!page.kept && page.tag === 'h1') return furniture(POSITION_RULES.pageHeadline);
    const dekLike =
      /^h[2-6]$/.test(page.tag) ||
      /\b(?:standfirst|dek|subhead|sub-?title|summary|description|excerpt|teaser)\b/.test(page.nearHints);
    if (dek && text === dek && (!page.kept || (dekLike && !seenBody))) return furniture(POSITION_RULES.pageDek);
    const lineRule = matchLineRule(line.text);
    if (lineRule) return furniture(lineRule);
    const pageRule = matchPageRule(page, line.text);
    if (pageRule) return furniture(pageRule);
    if (!page.kept)
      return furniture(i < firstKept || firstKept < 0 ? POSITION_RULES.beforeArticle : POSITION_RULES.outsideArticle);
    return { role: 'body', block: bodyBlockOf(page, line.text) };
  }
}

function bodyBlockOf(page: PageContext, text: string): 'paragraph' | 'heading' | 'list-item' | 'quote' {
  if (/^h[1-6]$/.test(page.tag)) return 'heading';
  if (page.boldOnly && isHeadingLike(text) && !isProse(text)) return 'heading';
  if (page.tag === 'li' || page.ancestors[0] === 'li') return 'list-item';
  if (page.tag === 'blockquote' || page.ancestors.includes('blockquote')) return 'quote';
  return 'paragraph';
}

/**
 * A caption-like body line right before a photo credit is that photo's caption (on a saved page,
 * only inside a figure: a page's paragraphs are paragraphs).
 */
function markCaptionsBeforeCredits(lines: readonly SourceLine[], verdicts: LineVerdict[]): void {
  for (let i = 1; i < lines.length; i++) {
    const verdict = verdicts[i]!;
    if (verdict.role !== 'furniture' || !CREDIT_RULES.has(verdict.rule.name)) continue;
    const before = verdicts[i - 1]!;
    const text = lines[i - 1]!.text;
    const page = lines[i - 1]!.page;
    if (page && !page.ancestors.includes('figure')) continue;
    const replaceable =
      before.role === 'body' || before.rule.name === 'after-article' || before.rule.name === 'after-article-label';
    if (replaceable && isCaptionLike(text)) verdicts[i - 1] = furniture(POSITION_RULES.captionBeforeCredit);
  }
}

/** Whitespace collapsed and trimmed, for comparing a line with a metadata value. */
export function normalise(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
