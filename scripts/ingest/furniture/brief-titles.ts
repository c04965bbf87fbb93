/**
 * A page of wire briefs under the page's own title (issue 25, round 18): “UPI NewsTrack TopNews”, its
 * date and share buttons, then briefs each under its own title and each opening with a dateline
 * (“WASHINGTON, Feb. 6 (UPI) -- …”). The position rules took the first brief's title for the
 * headline, being the first long headline-shaped line, and the short page title above it for a
 * label, and the headline choice then moved the headline to it, the longer line. The first title has
 * the shape of the ones after it, which are the story's, so it is the story's too: no headline.
 */
import { DATELINE, isHeadlineLike, isProse, wordCount } from './text-shape.ts';

/** A wire's dateline with a state and its agency in brackets: “IRVING, Texas, Feb. 6 (UPI) -- …”. */
const WIRE_DATELINE = /^\p{Lu}{2,}[\p{Lu} .'’-]*(?:,\s+[\p{L}.]+(?:\s+\d{1,2})?){0,3}\s*\([^)]{2,40}\)\s*(?:--|[-–—])\s/u;

/** A paragraph's opening dateline (text-shape.ts's, or a wire's with a state and a double hyphen). */
function opensWithDateline(text: string): boolean {
  return DATELINE.test(text.trim()) || WIRE_DATELINE.test(text.trim());
}

/**
 * A brief's title: a short headline-shaped line right above a paragraph that opens with a dateline.
 * The paragraph is prose: a byline that opens with the agency's name in capitals (“KYODO NEWS - 2 hours
 * ago - 15:00 | …”, round 24) makes the line above it the page's headline, not a brief's title.
 */
function isBriefTitle(texts: readonly string[], i: number): boolean {
  const next = texts[i + 1];
  return (
    next !== undefined && isHeadlineLike(texts[i]!) && wordCount(texts[i]!) <= 12 && opensWithDateline(next) && isProse(next)
  );
}

/**
 * Whether line `i` is the first brief's title on a page of briefs: a brief's title, with another
 * brief's title further down the text. It is the story's own heading, never the page's headline.
 * Round 34: a label of three words or fewer over a datelined paragraph further down is a box's heading
 * over other stories (“More from Finland”, “Meer uit Binnenland”), not another brief's title.
 */
export function isFirstBriefTitle(texts: readonly string[], i: number): boolean {
  if (!isBriefTitle(texts, i)) return false;
  for (let j = i + 2; j + 1 < texts.length; j++) if (isBriefTitle(texts, j) && wordCount(texts[j]!) >= 4) return true;
  return false;
}
