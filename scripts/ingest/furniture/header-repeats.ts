import type { LineVerdict, SourceLine } from './classify.ts';
import { POSITION_RULES } from './position-rules.ts';
import { type RuleInfo, takenHeadline } from './rule.ts';
import { sentenceCount, wordCount } from './text-shape.ts';

/**
 * Issue 25, round 27, written on the development half only (round 26's misses): a header that prints the
 * headline twice with the standfirst between the two printings (a magazine's page: headline, standfirst,
 * then the headline again over the story). The second printing is the headline again; the line between,
 * one short sentence or phrase, is the standfirst. classify.ts applies it after the headline is chosen.
 */

/** The headline printed again a few lines under itself, with the standfirst between. */
export const HEADLINE_AGAIN: RuleInfo = {
  name: 'headline-again',
  kind: 'headline',
  description: 'the headline printed again a few lines under itself, with the standfirst between the two printings',
  origin: 'issue 25, round 27: a magazine’s paywalled column (round 26’s half, now development)',
};

/** The standfirst between two printings of the headline. */
export const DEK_BETWEEN_HEADLINES: RuleInfo = {
  name: 'dek-between-headlines',
  kind: 'dek',
  description: 'the standfirst: one short sentence or phrase between the headline and the headline printed again',
  origin: 'issue 25, round 27: a magazine’s paywalled column (round 26’s half, now development)',
};

const words = (text: string): string => text.trim().replace(/\s+/g, ' ');
/** A line's words without its final full stop: two printings of a line may differ by it. */
export const unstopped = (line: string): string => words(line).replace(/[.…]+$/u, '');

/**
 * Sets aside the headline printed again two or three lines under the headline (blank lines aside), and
 * the line or two between the printings when each is a phrase or one sentence of up to 40 words.
 */
export function markHeadlinePrintedAgain(lines: readonly SourceLine[], verdicts: LineVerdict[]): void {
  const taken = takenHeadline(verdicts);
  const headline = taken >= 0 ? taken : untakenFirstLine(lines, verdicts);
  if (headline < 0) return;
  const title = words(lines[headline]!.text);
  const between: number[] = [];
  for (let k = headline + 1; k < lines.length && between.length <= 2; k++) {
    const text = lines[k]!.text;
    if (text.trim() === '') continue;
    if (words(text) === title) {
      if (between.length === 0 || verdicts[k]!.role !== 'body') return;
      // Round 34: a first line no rule took is the headline once it is printed again under the standfirst.
      if (taken < 0) verdicts[headline] = { role: 'furniture', rule: POSITION_RULES.headline };
      verdicts[k] = { role: 'furniture', rule: HEADLINE_AGAIN };
      for (const i of between) if (verdicts[i]!.role === 'body') verdicts[i] = { role: 'furniture', rule: DEK_BETWEEN_HEADLINES };
      return;
    }
    if (wordCount(text) > 40 || sentenceCount(text) > 1) return;
    between.push(k);
  }
}

/**
 * Issue 25, round 34 (round 33's misses): when no line was taken for the headline, the text's first line,
 * a title of 3 to 25 words left in the body, may be it (a headline ending in “..” reads as a sentence);
 * `markHeadlinePrintedAgain` takes it only when it is printed again under the standfirst.
 */
function untakenFirstLine(lines: readonly SourceLine[], verdicts: readonly LineVerdict[]): number {
  const first = lines.findIndex((line) => line.text.trim() !== '');
  if (first < 0 || verdicts[first]!.role !== 'body') return -1;
  const count = wordCount(lines[first]!.text);
  return count >= 3 && count <= 25 ? first : -1;
}

/** The standfirst printed twice right under the headline (round 33). */
export const DEK_PRINTED_TWICE: RuleInfo = {
  name: 'dek-printed-twice',
  kind: 'dek',
  description: 'the standfirst printed twice, one printing right under the other, right under the headline',
  origin: 'issue 25, round 33: a newspaper’s print view of a magazine story (round 32’s half, now development)',
};

/**
 * Issue 25, round 33, written on the development half only: sets aside the two printings of a line of one or
 * two sentences (up to 40 words) printed twice, one right under the other, right under the headline, when the
 * story goes on under them: a page's standfirst and its copy for sharing, printed one after the other.
 */
export function markStandfirstPrintedTwice(lines: readonly SourceLine[], verdicts: LineVerdict[]): void {
  const headline = takenHeadline(verdicts);
  const first = headline + 1;
  if (headline < 0 || first + 2 >= lines.length) return;
  const text = words(lines[first]!.text);
  if (words(lines[first + 1]!.text) !== text || wordCount(text) > 40 || sentenceCount(text) > 2) return;
  if (verdicts[first]!.role !== 'body' || verdicts[first + 1]!.role !== 'body' || verdicts[first + 2]!.role !== 'body') return;
  verdicts[first] = { role: 'furniture', rule: DEK_PRINTED_TWICE };
  verdicts[first + 1] = { role: 'furniture', rule: DEK_PRINTED_TWICE };
}

/** A picture's caption printed twice at the top of the story (round 34). */
export const CAPTION_PRINTED_TWICE: RuleInfo = {
  name: 'caption-printed-twice',
  kind: 'caption',
  description:
    'a picture’s caption printed twice, one printing right under the other (the second may add the credit after the full ' +
    'stop), the first lines left in the body under the header, with the story going on under them',
  origin:
    'issue 25, round 34: a newspaper’s archive page and a Spanish-language newspaper’s page (round 33’s half, now development)',
};

/** A credit added after a caption's full stop: a few capitalised words, maybe in brackets (“EFE”, “(AP)”, “Photo: Jane Doe”). */
const CREDIT_TAIL = /^[([]?\p{Lu}[^.!?]*[.)\]]?$/u;

/**
 * Issue 25, round 34, written on the development half only (round 33's misses): the first two lines left in
 * the body under the header, when the second prints the first again (alone, or with a credit of up to six
 * words after its full stop) and a line of the story follows: a picture's description and its visible
 * caption. A line of one or two sentences of up to 45 words; the standfirst printed twice right under the
 * headline is `markStandfirstPrintedTwice`'s.
 */
export function markCaptionPrintedTwice(lines: readonly SourceLine[], verdicts: LineVerdict[]): void {
  const headline = takenHeadline(verdicts);
  if (headline < 0) return;
  const first = verdicts.findIndex((verdict, i) => i > headline && verdict.role === 'body');
  if (first < 0 || first + 2 >= lines.length || verdicts[first + 1]!.role !== 'body' || verdicts[first + 2]!.role !== 'body')
    return;
  if (!printsCaptionAgain(lines[first]!.text, lines[first + 1]!.text)) return;
  verdicts[first] = { role: 'furniture', rule: CAPTION_PRINTED_TWICE };
  verdicts[first + 1] = { role: 'furniture', rule: CAPTION_PRINTED_TWICE };
}

/**
 * Whether `second` prints `first` again, alone or with a credit of up to six words after its full stop, and
 * `first` has a caption's length: one or two sentences of 4 to 45 words.
 */
function printsCaptionAgain(first: string, second: string): boolean {
  const caption = words(first);
  const again = words(second);
  if (wordCount(caption) < 4 || wordCount(caption) > 45 || sentenceCount(caption) > 2 || !again.startsWith(caption)) return false;
  const tail = again.slice(caption.length).trim();
  return tail === '' || (/[.!?]$/.test(caption) && wordCount(tail) <= 6 && CREDIT_TAIL.test(tail));
}

/** A picture's caption printed twice between two paragraphs of the story (round 35). */
export const CAPTION_PRINTED_TWICE_IN_STORY: RuleInfo = {
  name: 'caption-printed-twice-in-story',
  kind: 'caption',
  description:
    'a picture’s caption printed twice between two lines of the story, one printing right under the other (the second ' +
    'may add the credit after the full stop)',
  origin: 'issue 25, round 35: a news site’s picture between paragraphs (round 34’s half, now development)',
};

/**
 * Issue 25, round 35, written on the development half only (round 34's misses): two lines left in the body
 * inside the story, with a line of the story above and below them, the second printing the first again as
 * `markCaptionPrintedTwice` reads it at the top: a picture's description and its visible caption. A story
 * does not print one of its sentences twice in a row. When the line model took one printing, the other,
 * left in the body, is set aside as the same caption.
 */
export function markCaptionPrintedTwiceInStory(lines: readonly SourceLine[], verdicts: LineVerdict[]): void {
  const headline = takenHeadline(verdicts);
  const isBody = (i: number) => verdicts[i]?.role === 'body';
  for (let i = headline + 2; i + 2 < lines.length; i++) {
    if (!(isBody(i) || isBody(i + 1)) || !printsCaptionAgain(lines[i]!.text, lines[i + 1]!.text)) continue;
    const above = verdicts.slice(headline + 1, i).some((verdict) => verdict.role === 'body');
    const below = verdicts.slice(i + 2).some((verdict) => verdict.role === 'body');
    if (!above || !below) continue;
    // The line model may have taken one printing already: the other is the same caption.
    for (const k of [i, i + 1]) if (isBody(k)) verdicts[k] = { role: 'furniture', rule: CAPTION_PRINTED_TWICE_IN_STORY };
    i++;
  }
}

/** The standfirst printed again inside the story (round 34). */
export const DEK_PRINTED_AGAIN_BELOW: RuleInfo = {
  name: 'dek-printed-again-below',
  kind: 'dek',
  description:
    'the standfirst: the first line left in the body under the headline, one or two sentences, printed again word for word ' +
    'as a paragraph further down the story',
  origin: 'issue 25, round 34: a newspaper’s standfirst printed again as the story’s second paragraph (development half)',
};

/**
 * Issue 25, round 34, written on the development half only: the first body line under the headline, one or
 * two sentences of up to 45 words, printed again word for word (the final full stop aside) as a body line with at least one other line
 * of the story between the two printings: the page prints its standfirst and the story repeats it. The
 * second printing stays the story's.
 */
export function markStandfirstPrintedAgainBelow(lines: readonly SourceLine[], verdicts: LineVerdict[]): void {
  const headline = takenHeadline(verdicts);
  if (headline < 0) return;
  const first = verdicts.findIndex((verdict, i) => i > headline && verdict.role === 'body');
  if (first < 0) return;
  const text = unstopped(lines[first]!.text);
  if (wordCount(text) < 6 || wordCount(text) > 45 || sentenceCount(text) > 2) return;
  let between = 0;
  for (let k = first + 1; k < lines.length; k++) {
    if (verdicts[k]!.role !== 'body') continue;
    if (unstopped(lines[k]!.text) === text) {
      if (between > 0) verdicts[first] = { role: 'furniture', rule: DEK_PRINTED_AGAIN_BELOW };
      return;
    }
    between++;
  }
}

/** A verdict as the line model's guards see it. */
type Decided = { role: 'body' } | { role: 'furniture'; rule: RuleInfo };

/**
 * Issue 25, round 34: the body lines of six words or more that print again, word for word (the final stop
 * aside), a line set aside above them as the standfirst or the first line left in the body under the
 * headline: the story's paragraph that the page's standfirst repeats. They stay the story's whatever the
 * line model says (line-model.ts's guards), as `markStandfirstPrintedAgainBelow` keeps the second printing.
 */
export function standfirstReprintLines(lines: readonly { text: string }[], verdicts: readonly Decided[]): boolean[] {
  const headline = takenHeadline(verdicts);
  const firstUnder = headline < 0 ? -1 : verdicts.findIndex((verdict, i) => i > headline && verdict.role === 'body');
  const standfirsts = lines.flatMap((line, j) => {
    const verdict = verdicts[j]!;
    return j === firstUnder || (verdict.role === 'furniture' && verdict.rule.kind === 'dek')
      ? [{ j, text: unstopped(line.text) }]
      : [];
  });
  return lines.map(
    (line, i) =>
      verdicts[i]!.role === 'body' &&
      wordCount(line.text) >= 6 &&
      standfirsts.some(({ j, text }) => j < i && text === unstopped(line.text)),
  );
}

/** A caption printed again right under itself, maybe with the site's name after “ - ” (round 38). */
export const CAPTION_AGAIN_UNDER_CAPTION: RuleInfo = {
  name: 'caption-again-under-caption',
  kind: 'caption',
  description:
    'right under a line set aside (a caption, its credit glued on), that line’s words printed again: the picture’s ' +
    'alternative text, maybe with the site’s name after “ - ” or “ | ”',
  origin: 'issue 25, round 38: a state news agency’s picture (round 37’s half, now development)',
};

/** The site's name after a caption printed again: “ - Sputnik International”, “ | The Harbour Times” (one to four words). */
const SITE_NAME_TAIL = /\s+[-–|]\s+\p{Lu}[\p{L}\p{N}&.'’-]*(?:\s+[\p{L}\p{N}&.'’-]+){0,3}$/u;

/** The fewest and most words of a caption printed again. */
const CAPTION_AGAIN_WORDS = { min: 6, max: 60 } as const;

/**
 * Issue 25, round 38, written on the development half only (round 37's miss): a body line of 6 to 60 words
 * right under a line set aside, whose words (the site's name after “ - ” left out) the line above holds
 * whole: the picture's alternative text printed under its caption, which a rule took with its credit glued
 * on (“© Agency 2023 / HandoutA picture shows …”). A story does not print a line set aside again as its own.
 */
export function markCaptionAgainUnderCaption(lines: readonly SourceLine[], verdicts: LineVerdict[]): void {
  for (let i = 1; i < lines.length; i++) {
    const above = verdicts[i - 1]!;
    if (verdicts[i]!.role !== 'body' || above.role !== 'furniture') continue;
    const again = words(lines[i]!.text).replace(SITE_NAME_TAIL, '');
    const count = wordCount(again);
    if (count < CAPTION_AGAIN_WORDS.min || count > CAPTION_AGAIN_WORDS.max) continue;
    if (words(lines[i - 1]!.text).includes(again)) verdicts[i] = { role: 'furniture', rule: CAPTION_AGAIN_UNDER_CAPTION };
  }
}
