/**
 * The standfirst among a raw text's first lines (classify.ts): the first prose line, right under the
 * headline, when it is one sentence that is no one's speech and what follows shows where the story
 * starts. Moved out of classify.ts in round 19, which widened it from the development half's misses:
 * a scare quote of a few words is no speech (“A disease-detecting “precision health” toilet …”), a
 * person's name alone is a byline (“Elizabeth Gibney” under Nature's standfirst), and a byline block
 * may go on in short pieces (“Published” / “June 12, 2026” / “By” / “Kulu Media News Desk”).
 */
import { isGivenName } from '../../../src/analysis/attribution/given-names.ts';
import type { LineVerdict, SourceLine } from './classify.ts';
import { isFirstBriefTitle } from './brief-titles.ts';
import { type RuleInfo, takenHeadline } from './rule.ts';
import { BYLINE_RULES, setAsideBy } from './text-regions.ts';
import { DATELINE, endsLikeSentence, isProse, wordCount } from './text-shape.ts';

/** A dateline with a state or province after the city, as US and Canadian stations write it (“KNOXVILLE, Tenn. — …”). */
const STATE_DATELINE = /^\p{Lu}{2,}[\p{Lu} .'’-]*,\s+\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)?\s*(?:\([^)]{2,40}\)\s*)?[-–—]\s/u;

/** Whether a paragraph opens with a dateline (text-shape.ts's, or a city with its state). */
const opensWithDateline = (text: string) => DATELINE.test(text) || STATE_DATELINE.test(text);

/**
 * “a.m.” or “p.m.” before a day of the week or a time zone, which go on with the same sentence
 * (“… around 4:25 a.m. Sunday.”, round 23: 10TV's standfirst above its dateline was read as two sentences).
 */
const CLOCK_BEFORE_DAY = /\b([ap])\.m\.(?=\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|[ECMP][SD]?T\b|GMT\b|UTC\b))/giu;

/** The most words a quoted stretch of a standfirst may have: more is someone's words, not a phrase. */
const SCARE_QUOTE_MAX_WORDS = 3;

/**
 * Whether the line quotes someone: a quoted stretch of more than three words, or a quotation mark
 * left open. A scare quote or a title of a few words (“precision health”) is no speech.
 */
export function quotesSpeech(text: string): boolean {
  const spans = [...text.matchAll(/[“"]([^”"]*)[”"]/gu)];
  const rest = text.replace(/[“"][^”"]*[”"]/gu, '');
  if (/[“”"]/u.test(rest)) return true;
  return spans.some((span) => wordCount(span[1]!) > SCARE_QUOTE_MAX_WORDS);
}

/** A person's name alone, as a byline without “By”: a common given name and one or two capitalised words. */
export function isNameAlone(text: string): boolean {
  const match = /^(\p{Lu}[\p{Ll}’'-]+)(?:\s+\p{Lu}[\p{L}’'.-]*){1,2}$/u.exec(text.trim());
  return match !== null && isGivenName(match[1]!);
}

/** A short piece of a byline block: four words or fewer that do not end like a sentence (“By”, “Technology Review”). */
const isBylinePiece = (text: string) => wordCount(text) <= 4 && !endsLikeSentence(text);

/**
 * The first prose line, right under the headline, is a standfirst when it is one sentence
 * without anyone's speech and what follows shows where the story starts: a byline or date line
 * with prose after it, or a paragraph that opens with a dateline. With `datelineOnly` (a text with
 * no headline, round 19), only the datelined paragraph shows it.
 */
export function isStandfirst(
  lines: readonly SourceLine[],
  verdicts: readonly (LineVerdict | undefined)[],
  at: number,
  datelineOnly = false,
): boolean {
  const text = lines[at]!.text;
  if (wordCount(text) > 45 || quotesSpeech(text) || DATELINE.test(text)) return false;
  const sentences = text.replace(CLOCK_BEFORE_DAY, '$1m').split(/(?<=[.!?])\s+(?=\p{Lu})/u).length;
  if (sentences > 2) return false;
  let i = at + 1;
  let sawByline = false;
  // Round 9: the header's other lines may stand between it and the byline: set aside already, or
  // lines that are no sentence (a caption ending in its credit, a date). Round 19: after the byline,
  // the block's other short pieces.
  const inHeader = (line: string, verdict: LineVerdict | undefined) =>
    verdict !== undefined || (sawByline ? isBylinePiece(line) : !endsLikeSentence(line));
  const texts = lines.map((line) => line.text);
  while (i < lines.length && i <= at + 10 && inHeader(lines[i]!.text, verdicts[i])) {
    if (setAsideBy(verdicts[i], BYLINE_RULES) || (!verdicts[i] && isNameAlone(lines[i]!.text))) sawByline = true;
    // Round 24: over a page of briefs, the line above the first brief's title is the page's own opening, not a standfirst.
    if (isFirstBriefTitle(texts, i)) return false;
    i++;
  }
  while (i < lines.length && verdicts[i]) i++;
  const next = lines[i];
  if (!next || !isProse(next.text)) return false;
  // Two sentences only above a byline: a story's first paragraph is not followed by one.
  return (sawByline && !datelineOnly) || (sentences === 1 && opensWithDateline(next.text));
}

/** The most words of a standfirst that only a doubt may name: a longer line under the headline is the story's first sentence as often. */
const BARE_STANDFIRST_MAX_WORDS = 15;

/**
 * A one-sentence line ending in a full stop right under the headline, above a paragraph of twice its
 * words, with no byline or dateline to show where the story starts (“Real changes will require fewer
 * laws …”, round 24): a standfirst, or a column's first line (“In a two-party system, you have two
 * choices.”). No shape tells them apart, so the line stays body, listed as doubtful with `dek-line`.
 */
export function markDoubtfulStandfirst(lines: readonly SourceLine[], verdicts: LineVerdict[], dekRule: RuleInfo): void {
  const headline = takenHeadline(verdicts);
  if (headline < 0) return;
  const [at, next] = [headline + 1, headline + 2];
  const verdict = verdicts[at];
  if (verdict?.role !== 'body' || verdict.doubt || verdicts[next]?.role !== 'body') return;
  const [text, below] = [lines[at]!.text.trim(), lines[next]!.text];
  if (!/\.["'”’)]*$/u.test(text) || wordCount(text) < 4 || wordCount(text) > BARE_STANDFIRST_MAX_WORDS) return;
  if (quotesSpeech(text) || opensWithDateline(text) || text.split(/(?<=[.!?])\s+(?=\p{Lu})/u).length > 1) return;
  if (!isProse(below) || wordCount(below) < 2 * wordCount(text)) return;
  verdicts[at] = { ...verdict, doubt: dekRule };
}
