/**
 * What the rules took as the standfirst and is not one, so that it never becomes the article's dek
 * (issue 25, the review of round 37's half): a line that prints the headline again (a page's title
 * over the story's own headline), a note in brackets under the headline (a wire's
 * "(ATTN: ADDS more details, photo)"), and a byline or date line the rules did not read as one
 * ("Travis Haney - 4 hours ago", "December 7, 2016 @ 3:53 PM"), and a picture's caption ("… has
 * resigned. Reuters", a label of a few words). Only the rule changes: the line stays furniture.
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
 * a full name last, an age ("4 hours ago"), a whole date with its year.
 */
const BYLINE_OR_DATE = [
  /^by\s/i,
  /\bby\s+\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}.'’-]*){1,3}\s*$/u,
  /\b\d+\s+(?:min(?:ute)?s?|hours?|hrs?|days?)\s+ago\b/i,
];

/** True when a line the rules took as the standfirst reads as a byline or a date line. */
export function readsAsBylineOrDate(text: string): boolean {
  return BYLINE_OR_DATE.some((pattern) => pattern.test(text)) || writtenDate(text) !== null;
}

/** A label of six words or fewer with no final stop: a caption or a kicker, too short for a standfirst. */
const isShortLabel = (text: string): boolean => wordCount(text) <= 6 && !endsLikeSentence(text);

/** Gives each false standfirst its rule: the headline again, a header caption, or a header line. */
export function relabelFalseStandfirsts(lines: readonly SourceLine[], verdicts: LineVerdict[]): void {
  const headline = takenHeadline(verdicts);
  const title = headline >= 0 ? unstopped(lines[headline]!.text) : null;
  verdicts.forEach((verdict, i) => {
    if (i === headline || verdict.role !== 'furniture' || verdict.rule.name !== POSITION_RULES.dek.name) return;
    const text = lines[i]!.text;
    if (title !== null && unstopped(text) === title) verdicts[i] = { role: 'furniture', rule: HEADLINE_AGAIN };
    else if (AGENCY_AT_END.test(text) || BRACKETED_PHOTO_CREDIT.test(text))
      verdicts[i] = { role: 'furniture', rule: POSITION_RULES.headerCaption };
    else if (BRACKETED.test(text) || readsAsBylineOrDate(text) || isShortLabel(text))
      verdicts[i] = { role: 'furniture', rule: POSITION_RULES.headerLine };
  });
}
