import type { LineVerdict, SourceLine } from './classify.ts';
import { POSITION_RULES } from './position-rules.ts';
import { isCapitalLabel } from './prose-guards.ts';
import type { RuleInfo } from './rule.ts';
import { setAsideBy } from './text-regions.ts';
import { endsLikeSentence, isHeadlineLike, isLineContinuation, isRunningProse, sentenceCount, wordCount } from './text-shape.ts';

/**
 * Position rules of issue 25, round 10 (written on the development half only): the cards of other
 * stories that a page sets between or after the story's paragraphs (a kicker, a headline, a summary),
 * and the page's header meta broken one word a line around the byline or date ("Published" / "2
 * months ago" / "on" / date / "By" / name). The classifier (classify.ts) calls them on a raw text's
 * verdicts once every line has one; each sets lines aside only when the whole shape is there.
 */

const furniture = (rule: RuleInfo): LineVerdict => ({ role: 'furniture', rule });
const isBody = (verdict: LineVerdict | undefined) => verdict?.role === 'body';

/**
 * A card's kicker: one to three words with no stop or dot, opening with a capital or a digit
 * ("Digital Life", "B2B"); a picture's credit (“Gab.ai”, “Jane Doe/AP”) is no kicker.
 */
export function isCardKicker(text: string): boolean {
  const trimmed = text.trim();
  const words = wordCount(trimmed);
  return words >= 1 && words <= 3 && /^[\p{Lu}\p{N}]/u.test(trimmed) && !/[.!?…:;,/©]/.test(trimmed);
}

/** Page controls glued into one word by a copy ("FlagShareLikeReply"): two changes from lower to upper case inside a word. */
const GLUED_CONTROLS = /\p{Ll}\p{Lu}\p{Ll}+\p{Lu}/u;

/**
 * A card's headline: a headline of 3 to 20 words with no final stop, opening with a capital (not
 * the rest of a line, not a row of a comment box's controls glued together).
 */
export function isCardHeadline(text: string): boolean {
  const trimmed = text.trim();
  const words = wordCount(trimmed);
  if (words < 3 || words > 20 || endsLikeSentence(trimmed) || isLineContinuation(trimmed)) return false;
  if (GLUED_CONTROLS.test(trimmed)) return false;
  return /^["“‘']?\p{Lu}/u.test(trimmed) && isHeadlineLike(trimmed);
}

/** A card's summary: one to three sentences, 6 to 40 words (its authors or its date may close it). */
export function isCardSummary(text: string): boolean {
  const words = wordCount(text);
  return words >= 6 && words <= 40 && sentenceCount(text) <= 3 && /\p{Ll}[.!?…]/u.test(text);
}

/** A summary closed by its card's authors or date, with no stop after them (“… Von Ann Lee und Tom Kay”, “… (25.07.2019)”). */
export function isSignedSummary(text: string): boolean {
  return isCardSummary(text) && /(?:\b(?:Von|By|Par|Por)\s+\p{Lu}[^.!?]*|\(\d{1,2}\.\d{1,2}\.\d{2,4}\))$/u.test(text.trim());
}

/** The card starting at `at`: its length (3 with a kicker, 2 without), or 0. */
function cardAt(lines: readonly SourceLine[], verdicts: readonly LineVerdict[], at: number): number {
  const open = (i: number) => i < lines.length && isBody(verdicts[i]);
  const kicker = open(at) && isCardKicker(lines[at]!.text) && open(at + 1) && isCardHeadline(lines[at + 1]!.text);
  const headline = kicker ? at + 1 : at;
  if (!open(headline) || !isCardHeadline(lines[headline]!.text)) return 0;
  if (!open(headline + 1) || !isCardSummary(lines[headline + 1]!.text)) return 0;
  return headline + 2 - at;
}

/**
 * Cards of other stories: a kicker, a headline and a summary in a row, as boxes of other stories
 * show them. Set aside when sure: a card with its kicker, and the cards right after it in a row, with
 * or without theirs (a headline and a short paragraph alone are a story's subheading and its text, as
 * a magazine's last sections are); a card alone only when its summary is signed by its authors or date. Only after the story's first paragraph (the page's header has the
 * same shape: kicker, headline, standfirst).
 */
export function markStoryCards(lines: readonly SourceLine[], verdicts: LineVerdict[]): void {
  const first = lines.findIndex((line, i) => isBody(verdicts[i]) && wordCount(line.text) >= 15);
  if (first < 0) return;
  for (let i = first + 1; i < lines.length; i++) {
    const cards: Array<[number, number]> = [];
    for (let j = i, length = cardAt(lines, verdicts, j); length > 0; j += length, length = cardAt(lines, verdicts, j))
      cards.push([j, length]);
    if (cards.length === 0) continue;
    const [lastStart, lastLength] = cards.at(-1)!;
    const after = lastStart + lastLength;
    // A card without a kicker is a subheading and a short paragraph too: the box opens with a kicker.
    // A label, a subheading and a paragraph have the shape of one card: alone, its summary is signed.
    if (cards[0]![1] !== 3) continue;
    if (cards.length === 1 && !isSignedSummary(lines[after - 1]!.text)) continue;
    for (let k = i; k < after; k++) verdicts[k] = furniture(POSITION_RULES.storyCards);
    i = after - 1;
  }
}

/** A short line of the header's meta: at most four words ("Published", "2 months ago", "Lesezeit: 1 Min.", "Denis Dilba"). */
const isMetaWordLine = (text: string) => wordCount(text) >= 1 && wordCount(text) <= 4;

/**
 * A word of the header's meta (round 28): a by-word, a verb of publishing, a reading time, a count's or
 * a control's noun, a time, a year, a month and its day. A month alone is no date (“16-22 October Issue”).
 */
const META_WORD = new RegExp(
  [
    String.raw`^(?:by|von|par|por|on|am|le|el)$`,
    String.raw`\b(?:published|updated|posted|modified|aktualisiert|veröffentlicht|publié|publicado|ago|min|mins|minutes?|minuten|lesezeit|read|comments?|kommentare|share|print|views?)\b`,
    String.raw`\b\d{1,2}:\d{2}\b|\b(?:19|20)\d{2}\b|\d{1,2}\.\d{1,2}\.`,
    String.raw`\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2}\b`,
  ].join('|'),
  'iu',
);

/**
 * The run's open lines after its last byline or date line, when none of them holds a word of the
 * header's meta (round 28, round 27's lost lines): the story's own first lines under the byline (an
 * issue's label, a title), not the header's meta broken into lines. They stay body, doubtful.
 */
function storyLinesAfterMeta(
  lines: readonly SourceLine[],
  run: readonly number[],
  isBylineLine: (i: number) => boolean,
): number[] {
  const lastByline = run.findLastIndex(isBylineLine);
  const trailing = run.slice(lastByline + 1);
  return trailing.some((k) => META_WORD.test(lines[k]!.text.trim())) ? [] : trailing;
}

/** The words of an empty byline alone on a line, the name and date left out by the page: “Published”, “on”. */
const EMPTY_BYLINE_WORD = /^(?:(?:published|updated|posted)(?:\s+on)?|on|by)\s*:?$/iu;

/**
 * The page's header meta broken into short lines around a byline or date line already set aside:
 * a run of lines of at most four words each, holding that line, before the story's second paragraph
 * (“Published” / “2 months ago” / “on” / “June 12, 2026” / “By” / “Kulu Media News Desk”). A run with
 * no byline or date in it, or below the story's second paragraph, is left alone, but for an empty
 * byline's words alone, two lines or more (round 29: “Published” / “on”, the page filled in no name or date).
 */
export function markHeaderMetaRuns(lines: readonly SourceLine[], verdicts: LineVerdict[]): void {
  const paragraphs = lines.flatMap((line, i) => (isBody(verdicts[i]) && wordCount(line.text) >= 15 ? [i] : []));
  const end = paragraphs[1] ?? lines.length;
  const isBylineLine = (i: number) => {
    const verdict = verdicts[i];
    return verdict?.role === 'furniture' && verdict.rule.kind === 'byline';
  };
  let i = 0;
  while (i < end) {
    const member = (k: number) => k < end && (isBylineLine(k) || (isBody(verdicts[k]) && isMetaWordLine(lines[k]!.text)));
    if (!member(i)) {
      i++;
      continue;
    }
    let j = i;
    while (member(j)) j++;
    const run = Array.from({ length: j - i }, (_, k) => i + k);
    const open = run.filter((k) => isBody(verdicts[k]));
    const story = new Set(storyLinesAfterMeta(lines, run, isBylineLine));
    const emptyByline = run.length >= 2 && run.every((k) => EMPTY_BYLINE_WORD.test(lines[k]!.text.trim()));
    if ((run.some(isBylineLine) || emptyByline) && open.length >= 1)
      for (const k of open) {
        // A section label in capitals with no meta word is the story's (round 15), and so are the lines
        // under the byline with no meta word (round 28): body, doubtful.
        const rule = POSITION_RULES.headerMetaRun;
        const own = isCapitalLabel(lines[k]!.text) || story.has(k);
        verdicts[k] = own ? { role: 'body', block: 'paragraph', doubt: rule } : furniture(rule);
      }
    i = j;
  }
}

/** A sponsored link's title: 2 to 12 words, no full stop at the end (a question or a call may end in “?” or “!”). */
const isSponsoredTitle = (text: string) =>
  wordCount(text) >= 2 && wordCount(text) <= 12 && !/[.:;,…]["'”’)\]]*$/.test(text.trim()) && !isRunningProse(text);

/**
 * Sponsored links under an advertisement's label (“Anzeige”, “Advertisement”): three titles or more
 * in a row right under the label. A subheading and its paragraph under an advertisement between two
 * paragraphs are one title, not a row.
 */
export function markSponsoredLinks(lines: readonly SourceLine[], verdicts: LineVerdict[]): void {
  for (let i = 0; i < lines.length; i++) {
    if (!setAsideBy(verdicts[i], ['ad-label-word', 'advertisement-label'])) continue;
    let j = i + 1;
    while (j < lines.length && isBody(verdicts[j]) && isSponsoredTitle(lines[j]!.text)) j++;
    if (j - i - 1 < 3) continue;
    for (let k = i + 1; k < j; k++) verdicts[k] = furniture(POSITION_RULES.sponsoredLinks);
    i = j - 1;
  }
}
