import type { LineRule } from './rule.ts';
import { wordCount } from './text-shape.ts';

/**
 * Copy rules of issue 25, round 13, written on the development half only: the notices a page
 * shows above its header when the reader's browser is old or runs no JavaScript (a trade
 * magazine's “Your browser is out-of-date!” and “Update your browser to view this website
 * correctly. Update my browser now”). A line is taken only when it opens with the notice and is
 * short, so a story's own advice (“Experts say you should update your browser …”) stays.
 * copy-rules.ts puts them in its table after the rules of round 9.
 */

/** The opening of a browser notice: the browser is old, update it, turn on JavaScript. */
const BROWSER_NOTICE = new RegExp(
  [
    String.raw`^(?:warning:\s*)?(?:your|this) (?:web )?browser (?:is|version is) (?:out[- ]of[- ]date|outdated|not supported|unsupported|too old)\b`,
    String.raw`^(?:please\s+)?(?:update|upgrade) your (?:web )?browser\b`,
    String.raw`^you(?:'re|’re| are) using an? (?:outdated|old|unsupported)\b.{0,40}\bbrowser\b`,
    String.raw`^(?:please\s+)?(?:enable|turn on) javascript\b`,
    String.raw`^javascript is (?:disabled|turned off|required)\b`,
  ].join('|'),
  'i',
);

/** The rules, in the order copy-rules.ts tries them. */
export const NOTICE_COPY_RULES = [
  {
    name: 'browser-notice',
    kind: 'boilerplate',
    description: 'a notice that the reader’s browser is out of date or runs no JavaScript (“Your browser is out-of-date!”)',
    origin: 'issue 25, round 13: a trade magazine’s two-line browser warning above its header (development half, Radio World)',
    test: (text) => wordCount(text) <= 20 && BROWSER_NOTICE.test(text.trim()),
  },
] as const satisfies readonly LineRule[];
