import type { LineVerdict, SourceLine } from './classify.ts';
import { POSITION_RULES } from './position-rules.ts';
import { setAsideBy } from './text-regions.ts';
import { isProse, wordCount } from './text-shape.ts';

/**
 * Issue 25, round 28 (written on the development half only, from round 27's misses): a promo box set
 * between a story's paragraphs prints a short title over its pitch (“Live Briefing: Floods in the
 * North” over “… For all of our coverage of the floods, click here.”). The pitch has a rule of its own
 * (`coverage-click-here`); its title is taken only right above it.
 */

/** The most words a promo box's title holds. */
const MAX_TITLE_WORDS = 10;

/** A promo box's title: a short line, not prose, with no final stop (a label's colon may sit inside it). */
function isPromoTitle(text: string): boolean {
  const trimmed = text.trim();
  const words = wordCount(trimmed);
  return words >= 2 && words <= MAX_TITLE_WORDS && !isProse(trimmed) && !/[.!?;,]["'”’)\]]*$/u.test(trimmed);
}

/** Sets aside the body line right above a coverage promo's pitch when it has a title's shape. */
export function markPromoBoxTitles(lines: readonly SourceLine[], verdicts: LineVerdict[]): void {
  for (let i = 1; i < lines.length; i++) {
    if (!setAsideBy(verdicts[i], ['coverage-click-here'])) continue;
    const above = verdicts[i - 1];
    if (above?.role === 'body' && isPromoTitle(lines[i - 1]!.text))
      verdicts[i - 1] = { role: 'furniture', rule: POSITION_RULES.promoBoxTitle };
  }
}
