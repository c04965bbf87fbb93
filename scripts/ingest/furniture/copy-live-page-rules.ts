import type { LineRule } from './rule.ts';
import { sentenceCount, wordCount } from './text-shape.ts';

/**
 * Copy rules of issue 25, round 24, written on the development half only (round 23's misses), each
 * from the shape of a line a live page prints around its story: a caption whose credit is two names
 * joined by a slash with no agency word (“… their busiest night. RNZ / Kim Baker Wilson”), a live
 * blog's labels (“Key posts”, “Pinned post from”, “Loading”) and notices (“This was published 1 year
 * ago”), a paywall's offer (“Subscribe or renew your subscription …”, “Cancel anytime. No ads. …”) and
 * a footer's links joined with dots (“About Us . Contact Us . …”). A line is taken only when it is the
 * label, the notice or the offer and nothing else; copy-rules.ts tries them after round 23's.
 */

/** One part of a slashed credit: one to four capitalised words or an acronym (“Supplied”, “NZ Police”, “Kim Baker Wilson”). */
const CREDIT_PART = String.raw`\p{Lu}[\p{L}.'’&-]*(?:\s+\p{Lu}[\p{L}.'’&-]*){0,3}`;

/**
 * A caption's last sentence, then its credit: two or three such parts joined by slashes, with or
 * without spaces (“… the mock police car. Supplied/NZ Police”). Credits that name a wire agency are
 * `caption-with-credit`'s; this one needs no agency word, so it asks for a whole sentence before it.
 */
const CAPTION_SLASH_CREDIT = new RegExp(
  String.raw`^(?<caption>\p{Lu}.*[.!?])\s+${CREDIT_PART}(?:\s*/\s*${CREDIT_PART}){1,2}$`,
  'u',
);

/**
 * A caption's last sentence, maybe the agency in brackets, then the agency after a double equals sign, as
 * a wire service marks its photos (“… on Aug. 24, 2024. (Kyodo) ==Kyodo”).
 */
const CAPTION_EQUALS_MARK =
  /^(?<caption>\p{Lu}.*[.!?])\s+(?:\(\p{Lu}[\p{L}\p{N} .&-]{1,30}\)\s*)?==\s*\p{Lu}[\p{L}\p{N}.&-]{1,20}$/u;

/** A live blog's labels over its posts: “Key posts”, “Latest updates”, “Pinned post”, “Pinned post from”. */
const LIVE_BLOG_LABEL =
  /^(?:(?:key|latest|pinned|featured|earlier|top|all|new)\s+(?:posts?|updates?|events?)|pinned\s+post\s+from|show\s+(?:latest|more|new)\s+(?:posts?|updates?))\s*:?$/i;

/** A page's loading placeholder alone on its line: “Loading”, “Loading…”, “Loading...”. */
const LOADING_PLACEHOLDER = /^loading(?:\s+(?:video|content|comments|post|posts|player))?\s*(?:\.{1,3}|…)?$/i;

/** An archive's notice over an old story: “This was published 1 year ago”, “This article was published more than 5 years ago”. */
const PUBLISHED_AGO_NOTICE =
  /^this\s+(?:article|story|post|page|content|report)?\s*was\s+(?:first\s+)?published\s+(?:more\s+than\s+|over\s+|about\s+)?(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:hours?|days?|weeks?|months?|years?)\s+ago\.?$/i;

/** A page's apology for a feature that did not load: “We’re sorry, this feature is currently unavailable. …”. */
const UNAVAILABLE_NOTICE =
  /^(?:we(?:'|’)re|we\s+are)\s+sorry,?\s+(?:but\s+)?this\s+(?:feature|content|video|service|page|section|player)\s+is\s+(?:currently\s+|temporarily\s+)?unavailable\b/i;

/** A paywall's call that opens on subscribing: “Subscribe or renew your subscription …”, “Renew your subscription today …”. */
const SUBSCRIPTION_CALL = /^(?:subscribe\s+or\s+renew|renew\s+or\s+subscribe|renew)\s+(?:your\s+|a\s+)?subscriptions?\b/i;

/** What a paywall's list of terms holds, fragment by fragment: “Cancel anytime”, “No ads”, “Auto-renewal”, “Unlimited access …”. */
const OFFER_TERM =
  /^(?:cancel\s+any\s?time|no\s+ads|ad-free|auto-?renew(?:al|s)?|unlimited\s+(?:access|articles|reading)\b|members?\s+rewards?|exclusive\s+(?:content|offers)|personali[sz]ed\s+features|no\s+commitment|free\s+trial)/i;

/** Parts of a footer's row of links, joined by a dot or a bullet with spaces around it (“About Us . Contact Us . CRI .”). */
const DOTTED_SEPARATOR = /\s+[.·•]\s+|\s+[.·•]$/u;

/** The rules, in the order copy-rules.ts tries them. */
export const LIVE_PAGE_COPY_RULES = [
  {
    name: 'caption-slash-credit',
    kind: 'caption',
    description:
      'a photo caption whose credit, after its last sentence, is names joined by a slash with no agency word (“… their busiest night. RNZ / Kim Baker Wilson”)',
    origin: 'issue 25, round 24: a public broadcaster’s captions on an aggregator (round 23’s half, now development)',
    test: (text) => {
      const trimmed = text.trim();
      const match = CAPTION_SLASH_CREDIT.exec(trimmed);
      if (!match || wordCount(trimmed) > 45 || /[“”"]/.test(trimmed)) return false;
      const caption = match.groups!.caption!;
      // Two bare words joined by a slash (“Labour/Greens”) may be a phrase; a credit names a person, a body or a desk in capitals.
      const parts = trimmed.slice(caption.length).split('/');
      const named = parts.some((part) => wordCount(part) >= 2 || /^\s*\p{Lu}{2,}\s*$/u.test(part));
      return named && wordCount(caption) >= 4 && sentenceCount(caption) <= 2;
    },
  },
  {
    name: 'caption-equals-mark',
    kind: 'caption',
    description: 'a photo caption ending in the agency after a double equals sign (“… on Aug. 24, 2024. (Kyodo) ==Kyodo”)',
    origin: 'issue 25, round 24: a wire service’s digest with its photo (round 23’s half, now development)',
    test: (text) => {
      const match = CAPTION_EQUALS_MARK.exec(text.trim());
      return match !== null && wordCount(text) <= 80 && wordCount(match.groups!.caption!) >= 4;
    },
  },
  {
    name: 'live-blog-label',
    kind: 'section-label',
    description: 'a live blog’s label over its posts (“Key posts”, “Latest posts”, “Pinned post from”)',
    origin: 'issue 25, round 24: a newspaper’s live blog (round 23’s half, now development)',
    test: (text) => LIVE_BLOG_LABEL.test(text.trim()),
  },
  {
    name: 'loading-placeholder',
    kind: 'embed',
    description: 'a page’s loading placeholder alone on its line (“Loading”, “Loading…”): an embed that did not load',
    origin: 'issue 25, round 24: a newspaper’s live blog (round 23’s half, now development)',
    test: (text) => LOADING_PLACEHOLDER.test(text.trim()),
  },
  {
    name: 'published-ago-notice',
    kind: 'boilerplate',
    description: 'an archive’s notice over an old story (“This was published 1 year ago”)',
    origin: 'issue 25, round 24: a newspaper’s live blog (round 23’s half, now development)',
    test: (text) => PUBLISHED_AGO_NOTICE.test(text.trim()),
  },
  {
    name: 'unavailable-notice',
    kind: 'boilerplate',
    description: 'a page’s apology for a feature that did not load (“We’re sorry, this feature is currently unavailable.”)',
    origin: 'issue 25, round 24: a newspaper’s live blog (round 23’s half, now development)',
    test: (text) => wordCount(text) <= 25 && UNAVAILABLE_NOTICE.test(text.trim()),
  },
  {
    name: 'subscription-call',
    kind: 'newsletter',
    description: 'a paywall’s call to subscribe or renew (“Subscribe or renew your subscriptions to win prizes …”)',
    origin: 'issue 25, round 24: a newspaper’s paywall box (round 23’s half, now development)',
    test: (text) => wordCount(text) <= 25 && !/[“”"]/.test(text) && SUBSCRIPTION_CALL.test(text.trim()),
  },
  {
    name: 'offer-terms',
    kind: 'newsletter',
    description:
      'a paywall’s terms, short fragments each ending in a full stop (“Cancel anytime. No ads. Auto-renewal. Unlimited access …”)',
    origin: 'issue 25, round 24: a newspaper’s paywall box (round 23’s half, now development)',
    test: (text) => {
      const fragments = text
        .trim()
        .split(/(?<=\.)\s+/u)
        .filter((fragment) => fragment !== '');
      if (fragments.length < 3 || fragments.some((fragment) => wordCount(fragment) > 8 || !/\.$/.test(fragment))) return false;
      return fragments.filter((fragment) => OFFER_TERM.test(fragment)).length >= 2;
    },
  },
  {
    name: 'dotted-link-row',
    kind: 'navigation',
    description: 'a footer’s links joined with dots or bullets between spaces (“About Us . Get the Channel? . Contact Us . …”)',
    origin: 'issue 25, round 24: a state broadcaster’s footer (round 23’s half, now development)',
    test: (text) => {
      // Dots with spaces between them, three in a row, are an ellipsis in a sentence.
      if (/\.\s+\.\s+\./.test(text)) return false;
      const parts = text
        .trim()
        .split(DOTTED_SEPARATOR)
        .map((part) => part.trim())
        .filter((part) => part !== '');
      return parts.length >= 5 && parts.every((part) => wordCount(part) <= 4 && !/[,;:]$/.test(part));
    },
  },
] as const satisfies readonly LineRule[];
