/**
 * What the rules took as the standfirst and is not one, so that it never becomes the article's dek
 * (issue 25, the review of round 37's half): a line that prints the headline again (a page's title
 * over the story's own headline), a note in brackets under the headline (a wire's
 * "(ATTN: ADDS more details, photo)"), and a byline or date line the rules did not read as one
 * ("Travis Haney - 4 hours ago", "December 7, 2016 @ 3:53 PM"), and a picture's caption ("… has
 * resigned. Reuters", a label of a few words). When the headline is the page's title, the story's
 * headline with the site's name after it ("… on 50th birthday - Press Gazette"), and the line under it
 * is that headline alone, the headline moves down to it. Only rules change: the lines stay furniture.
 */
import type { LineVerdict, SourceLine } from './classify.ts';
import { HEADLINE_AGAIN, unstopped } from './header-repeats.ts';
import { POSITION_RULES } from './position-rules.ts';
import { AGENCY_AT_END, BRACKETED_PHOTO_CREDIT } from './line-patterns.ts';
import { takenHeadline } from './rule.ts';
import { endsLikeSentence, wordCount } from './text-shape.ts';
import { writtenDate } from '../written-date.ts';

/** A line wholly in brackets: a note to editors or a credit, never a standfirst. */
const BRACKETED = /^\s*(?:\([^()]*\)|\[[^[\]]*\])\s*$/u;

/**
 * A byline's or date line's shape, which a standfirst does not have: "By" and a name first, "by" and
 * a full name last, an age ("4 hours ago"), a whole date with its year in a line of 15 words or fewer
 * (a standfirst may name a date in a longer sentence).
 */
const BYLINE_OR_DATE = [
  /^by\s/i,
  /\bby\s+\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}.'’-]*){1,3}\s*$/u,
  /\b\d+\s+(?:min(?:ute)?s?|hours?|hrs?|days?)\s+ago\b/i,
];

/** True when a line the rules took as the standfirst reads as a byline or a date line. */
export function readsAsBylineOrDate(text: string): boolean {
  return BYLINE_OR_DATE.some((pattern) => pattern.test(text)) || (wordCount(text) <= 15 && writtenDate(text) !== null);
}

/** A label of six words or fewer with no final stop: a caption or a kicker, too short for a standfirst. */
const isShortLabel = (text: string): boolean => wordCount(text) <= 6 && !endsLikeSentence(text);

/** A site's name after a headline in a page's title: " - Press Gazette", " | The Drum" (five words at most). */
const SITE_NAME_AFTER = /\s[-|–—]\s(?:\S+\s?){1,5}$/u;

/** True when `longer` is `shorter` with a site's name after it. */
const withSiteName = (longer: string, shorter: string): boolean =>
  longer.length > shorter.length && longer.startsWith(shorter) && SITE_NAME_AFTER.test(longer.slice(shorter.length));

/**
 * A headline line that prints one title twice ("Cracks in Canada’s Media Freedom Cracks in Canada’s
 * Media Freedom", a page's title and its heading run together) gives way to a header line below it
 * that prints the title once: the article's headline is the title, not the doubled line.
 */
export function undoubleHeadline(lines: readonly SourceLine[], verdicts: LineVerdict[]): void {
  const headline = takenHeadline(verdicts);
  if (headline < 0) return;
  const words = lines[headline]!.text.trim().split(/\s+/u);
  if (words.length < 4 || words.length % 2 !== 0) return;
  const half = words.slice(0, words.length / 2).join(' ');
  if (half !== words.slice(words.length / 2).join(' ')) return;
  const firstBody = verdicts.findIndex((verdict) => verdict.role === 'body');
  const end = firstBody < 0 ? lines.length : firstBody;
  for (let i = headline + 1; i < end; i++) {
    if (verdicts[i]!.role !== 'furniture' || lines[i]!.text.trim().split(/\s+/u).join(' ') !== half) continue;
    verdicts[i] = { role: 'furniture', rule: POSITION_RULES.headline };
    verdicts[headline] = { role: 'furniture', rule: POSITION_RULES.headerLine };
    return;
  }
}

/** Gives each false standfirst its rule: the headline (and the page's title a header line), the headline again, a header caption, or a header line. */
export function relabelFalseStandfirsts(lines: readonly SourceLine[], verdicts: LineVerdict[]): void {
  const headline = takenHeadline(verdicts);
  const title = headline >= 0 ? unstopped(lines[headline]!.text) : null;
  verdicts.forEach((verdict, i) => {
    if (i === headline || verdict.role !== 'furniture' || verdict.rule.name !== POSITION_RULES.dek.name) return;
    const text = lines[i]!.text;
    if (title !== null && unstopped(text) === title) verdicts[i] = { role: 'furniture', rule: HEADLINE_AGAIN };
    else if (title !== null && withSiteName(title, unstopped(text))) {
      verdicts[i] = { role: 'furniture', rule: POSITION_RULES.headline };
      verdicts[headline] = { role: 'furniture', rule: POSITION_RULES.headerLine };
    } else if (title !== null && withSiteName(unstopped(text), title))
      verdicts[i] = { role: 'furniture', rule: POSITION_RULES.headerLine };
    else if (AGENCY_AT_END.test(text) || BRACKETED_PHOTO_CREDIT.test(text))
      verdicts[i] = { role: 'furniture', rule: POSITION_RULES.headerCaption };
    else if (BRACKETED.test(text) || readsAsBylineOrDate(text) || isShortLabel(text))
      verdicts[i] = { role: 'furniture', rule: POSITION_RULES.headerLine };
  });
}
