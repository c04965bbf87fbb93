import type { LineRule } from './rule.ts';
import { wordCount } from './text-shape.ts';

/**
 * Copy rules of issue 25, round 32, written on the development half only (round 31's misses), each from
 * the shape of a line a site prints around its story: a news ticker copied with its loop (the same run of
 * headlines printed twice in one line), a logo's label alone, a newsletter's sign-up call after a short
 * lead-in, and a site's note about itself in the first person. copy-rules.ts tries them after round 31's.
 */

/** The fewest words of a ticker's loop: a story's sentence does not repeat a run this long. */
const TICKER_MIN_WORDS = 12;

/**
 * Whether a line is one run of words printed twice, back to back (“A B C … A B C …”): a scrolling news
 * ticker copied whole, which repeats its headlines so the loop has no gap. Twelve words or more a half.
 */
function isLoopedRun(text: string): boolean {
  const words = text.trim().split(/\s+/u);
  if (words.length % 2 !== 0 || words.length < 2 * TICKER_MIN_WORDS) return false;
  const half = words.length / 2;
  return words.slice(0, half).join(' ') === words.slice(half).join(' ');
}

/** A logo's label alone (“Logo”, “print logo”, “Site logo”): the picture's alternative text, copied with the page. */
const LOGO_LABEL = /^(?:[\p{L}-]+\s+){0,2}logo$/iu;

/**
 * A newsletter's sign-up call as the line's last sentence, after a short sentence or a lead-in with a colon
 * (“Fight disinformation: Sign up for the free … newsletter …”, “Get more local news …. Sign up for free
 * … newsletters and alerts.”): the call opens its sentence and names the newsletter.
 */
const SIGN_UP_SENTENCE =
  /(?:^|[.!?:]\s+)(?:sign up|subscribe)(?:\s+(?:now|today))?\s+(?:for|to)\s+[^.!?]{0,60}?\bnewsletters?\b[^.!?]{0,80}[.!]?$/iu;

/**
 * Round 39 (round 38's miss, Maclean's): the offer of the newsletter, “… sent straight to your inbox.”, then a
 * sign-up call in a sentence of its own (“Sign up for news, commentary and analysis.”).
 */
const INBOX_OFFER_THEN_CALL =
  /\b(?:sent|delivered)\s+(?:straight\s+|directly\s+|right\s+)?to\s+your\s+inbox[.!]\s+(?:sign up|subscribe)\b[^.!?]{0,80}[.!]?$/iu;

/**
 * A site's note about itself: its name, “is a” / “is an” and what it is (a collective, a project, a
 * network, a news site…), then “We are …” or “We …” in a sentence of its own (“Harbour Media is an open news
 * collective. We are volunteers …”).
 */
const SITE_ABOUT_NOTE =
  /^(?:\p{Lu}[\p{L}.&'’-]*\s+){1,4}is\s+an?\s+(?:[\p{L}-]+\s+){0,3}(?:collective|project|network|cooperative|co-op|news\s+(?:site|service|website|organi[sz]ation|outlet)|media\s+(?:outlet|organi[sz]ation|company))\b[^.!?]*[.!]\s+We\s/u;

/** The rules, in the order copy-rules.ts tries them. */
export const SITE_CHROME_COPY_RULES = [
  {
    name: 'looping-ticker',
    kind: 'teaser',
    description:
      'a news ticker copied with its loop: one run of twelve words or more printed twice, back to back, in one line (other stories’ headlines)',
    origin:
      'issue 25, round 32: a news trade site’s ticker above its header (round 31’s half, now development, JournalismPakistan)',
    test: (text) => isLoopedRun(text),
  },
  {
    name: 'logo-label',
    kind: 'navigation',
    description: 'a logo’s label alone, at most three words (“Logo”, “print logo”)',
    origin: 'issue 25, round 32: a news trade site’s header (round 31’s half, now development, JournalismPakistan)',
    test: (text) => LOGO_LABEL.test(text.trim()),
  },
  {
    name: 'newsletter-sign-up-sentence',
    kind: 'newsletter',
    description:
      'a newsletter’s sign-up call as the last sentence of a short line, after a lead-in (“Fight disinformation: Sign up for the free … newsletter …”), ' +
      'or after the offer “… sent straight to your inbox.”',
    origin:
      'issue 25, round 32: a magazine’s daily briefing (round 31’s half, now development, Mother Jones); a local news site’s promo; ' +
      'round 39: a news magazine’s box after a columnist’s post (round 38’s half, now development, Maclean’s)',
    test: (text) => {
      const trimmed = text.trim();
      if (wordCount(trimmed) > 40 || /[“”"]/u.test(trimmed)) return false;
      return SIGN_UP_SENTENCE.test(trimmed) || INBOX_OFFER_THEN_CALL.test(trimmed);
    },
  },
  {
    name: 'site-about-note',
    kind: 'boilerplate',
    description:
      'a site’s note about itself: its name, what it is (a collective, a project, a news site) and “We …” in the next sentence',
    origin: 'issue 25, round 32: a citizen news site’s closing notice (round 31’s half, now development, Indymedia Ireland)',
    test: (text) => {
      const trimmed = text.trim();
      return wordCount(trimmed) <= 80 && !/[“”"]/u.test(trimmed) && SITE_ABOUT_NOTE.test(trimmed);
    },
  },
] as const satisfies readonly LineRule[];
