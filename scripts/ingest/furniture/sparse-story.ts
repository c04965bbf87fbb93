/**
 * Pages with almost no story text (issue 25, round 16). The rules of place were written on stories of
 * many paragraphs: everything after the first end marker (a comment box's heading, a copyright line)
 * follows the article, and the first sentence under the headline above a picture is a standfirst. On a
 * slideshow or a video page the story may be one paragraph, and the page's chrome stands around it
 * differently: round 15's held-back half lost a slideshow's only slide, which came after the empty
 * comment box the page shows under its header, and a video page's only paragraph, above the player.
 * These helpers find where such a story is; they read the shape and place of lines, not their words.
 */
import type { LineVerdict, SourceLine } from './classify.ts';
import { endsLikeSentence, isProse, sentenceCount, wordCount } from './text-shape.ts';

/** Where the article ends, and the lines of the box an early end marker opened (set aside as after the article). */
export interface ArticleEnd {
  /** The end marker after which every line is set aside (-1: none). */
  end: number;
  /** Lines between an early end marker and the story below it: the box the marker opened. */
  box: number[];
}

/** A paragraph of the story: prose of twelve words or more (a comment box's prompt or a button is shorter). */
const isParagraph = (text: string) => isProse(text) && wordCount(text) >= 12;

/**
 * The article's end: the first end marker after `start`, unless the story has not begun there. When no
 * line of prose stands between the first line of prose (`start`, one sentence: a standfirst's shape) and
 * the first end marker, and a paragraph of prose follows the marker before any other marker, the marker
 * belongs to a box over the story (a comment box under the header): the lines between it and that
 * paragraph are the box's (`box`), but for a short heading right above the paragraph (a slide's title),
 * and the article ends at the next marker. `verdicts` holds the line rules' verdicts (undefined: open).
 */
export function findArticleEnd(
  lines: readonly SourceLine[],
  verdicts: readonly (LineVerdict | undefined)[],
  start: number,
  isEndMarker: (verdict: LineVerdict | undefined) => boolean,
): ArticleEnd {
  const markerAfter = (from: number) => lines.findIndex((_, i) => i > from && isEndMarker(verdicts[i]));
  const end = markerAfter(start);
  const open = (i: number) => !verdicts[i] && isProse(lines[i]!.text);
  if (end < 0 || sentenceCount(lines[start]!.text) > 1) return { end, box: [] };
  for (let i = start + 1; i < end; i++) if (open(i)) return { end, box: [] };
  const next = markerAfter(end);
  const resume = lines.findIndex((_, i) => i > end && (next < 0 || i < next) && open(i));
  if (resume < 0 || !isParagraph(lines[resume]!.text)) return { end, box: [] };
  const heading = resume - 1;
  const headingText = lines[heading]!.text;
  const keepHeading = heading > end && !verdicts[heading] && wordCount(headingText) <= 10 && !endsLikeSentence(headingText);
  const box: number[] = [];
  for (let i = end + 1; i < (keepHeading ? heading : resume); i++) if (!verdicts[i]) box.push(i);
  return { end: next, box };
}

/**
 * Whether the story goes on right under the lead picture whose credit is line `credit`: a line of prose
 * still open at most three lines below it (a byline, a picture's button or a related link may stand
 * between). On a video page whose only paragraph stands above the player, the page's chrome follows the
 * credit (next-post labels, share buttons, advertisements), so that paragraph is no standfirst.
 */
export function storyFollowsPicture(
  lines: readonly SourceLine[],
  verdicts: readonly (LineVerdict | undefined)[],
  credit: number,
): boolean {
  const next = lines.findIndex((line, i) => i > credit && !verdicts[i] && isProse(line.text));
  return next > credit && next - credit <= 3;
}
