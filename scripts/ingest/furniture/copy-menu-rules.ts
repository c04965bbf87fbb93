import type { LineRule } from './rule.ts';
import { LANGUAGE_ENDONYMS, LANGUAGE_NAMES } from './line-rule-words.ts';
import { wordCount } from './text-shape.ts';

/**
 * Copy rules of issue 25, round 27, written on the development half only (round 26's misses), each from
 * the shape of a line a portal or a broadcaster's page prints around its stories: an audio or video
 * player's label with its running time in brackets (“player (03:03)”), an item of the site's language
 * menu (“• Arabic”, “Deutsch”), the line that names who supports the site (“Supported by the Media
 * Council.”, “Unterstützt durch …”) and a paywall's note that asks the reader to subscribe to read the
 * piece. copy-rules.ts tries them after round 26's.
 */

/** A player's label and its running time in brackets: “player (03:03)”, “Audio (1:02:10)”, “Listen (4:05)”. */
const PLAYER_DURATION = /^(?:player|audio|video|podcast|listen|play|watch|clip)\s*\(\s*\d{1,2}:\d{2}(?::\d{2})?\s*\)$/i;

/** A bullet before a menu's item. */
const BULLET = /^[•·▪►*-]\s*/u;

/** A language's name as a menu gives it, in English (“Arabic”) or in itself (“Deutsch”), lower-cased. */
const ENGLISH_NAMES = new Set(LANGUAGE_NAMES.map((name) => name.toLowerCase()));
const OWN_NAMES = new Set(LANGUAGE_ENDONYMS.map((name) => name.toLowerCase()));

/**
 * An item of a language menu: a bullet and a language's name (“• Arabic”), or a language's own name
 * alone (“Deutsch”, “Français”, “العربية”). A language's English name alone may be a story's heading.
 */
function isLanguageMenuItem(text: string): boolean {
  const trimmed = text.trim();
  const name = trimmed.replace(BULLET, '').toLowerCase();
  if (BULLET.test(trimmed)) return ENGLISH_NAMES.has(name) || OWN_NAMES.has(name);
  return OWN_NAMES.has(name) && !ENGLISH_NAMES.has(name);
}

/**
 * Who supports the site, alone on a short line: “Supported by the National Media Council.”, “Unterstützt
 * durch …”, “Avec le soutien de …”, “Funded by …”: the phrase, then a name of up to eight words.
 */
const SUPPORTED_BY =
  /^(?:(?:supported|funded|financed|made\s+possible)\s+by|with\s+(?:the\s+)?support\s+(?:of|from)|unterstützt\s+(?:durch|von)|gefördert\s+(?:durch|von)|avec\s+le\s+soutien\s+d(?:e|u|es)|con\s+el\s+apoyo\s+de)\s+/iu;

/** The name after the phrase: an article maybe, then a capital and up to eighty characters with no clause's mark. */
const SUPPORTER_NAME = /^(?:(?:the|l[ae']|der|die|das)\s*)?\p{Lu}[^.!?;,]{1,80}\.?$/u;

/** Who supports the site, alone on its line: the phrase, then the supporter's name. */
function isSupportedByLine(text: string): boolean {
  const phrase = SUPPORTED_BY.exec(text);
  return phrase !== null && SUPPORTER_NAME.test(text.slice(phrase[0].length));
}

/**
 * A paywall's note: “To read this piece, … please subscribe.”, “To continue reading this article,
 * subscribe now”: the reading first, the call to subscribe (or sign in) at the end.
 */
const SUBSCRIBE_TO_READ =
  /^to\s+(?:read|continue\s+reading|access|keep\s+reading)\s+(?:this|the\s+(?:full|whole|rest\s+of\s+(?:this|the)))\s+(?:piece|article|story|report|column|essay|interview)\b.*\b(?:subscribe|subscription|sign\s+in|log\s+in|become\s+a\s+(?:member|subscriber))\b[^.!?]*[.!]?$/iu;

/** The rules, in the order copy-rules.ts tries them. */
export const MENU_COPY_RULES = [
  {
    name: 'player-duration-label',
    kind: 'embed',
    description: 'an audio or video player’s label with its running time in brackets (“player (03:03)”)',
    origin: 'issue 25, round 27: a public broadcaster’s front page (round 26’s half, now development)',
    test: (text) => PLAYER_DURATION.test(text.trim()),
  },
  {
    name: 'language-menu-item',
    kind: 'navigation',
    description: 'an item of the site’s language menu: a bullet and a language’s name, or a language’s own name alone',
    origin: 'issue 25, round 27: a government portal’s language menu (round 26’s half, now development)',
    test: (text) => wordCount(text) <= 3 && isLanguageMenuItem(text),
  },
  {
    name: 'supported-by-line',
    kind: 'boilerplate',
    description: 'who supports the site, alone on a short line (“Supported by the Media Council.”, “Unterstützt durch …”)',
    origin: 'issue 25, round 27: a government portal’s header (round 26’s half, now development)',
    test: (text) => wordCount(text) <= 14 && isSupportedByLine(text.trim()),
  },
  {
    name: 'subscribe-to-read',
    kind: 'boilerplate',
    description: 'a paywall’s note asking the reader to subscribe to read the piece (“To read this piece, … please subscribe.”)',
    origin: 'issue 25, round 27: a magazine’s paywalled column (round 26’s half, now development)',
    test: (text) => wordCount(text) <= 45 && !/[“”"]/.test(text) && SUBSCRIBE_TO_READ.test(text.trim()),
  },
] as const satisfies readonly LineRule[];
