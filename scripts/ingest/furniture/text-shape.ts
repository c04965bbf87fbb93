/**
 * The shape of a line of text, as the furniture rules read it: how many words, whether it ends
 * like a sentence, reads like prose, or looks like a headline, a subheading or a photo caption.
 * Shape only, no rule: the rule tables and the classifier ask these questions.
 */

import { wordCount } from '../../../src/lib/text.ts';

/** Words of a line: the one definition of a word the analysis uses too (`src/lib/text.ts`). */
export { wordCount };

/** Ends like a sentence: a full stop, question or exclamation mark, maybe inside quotes or brackets. */
export function endsLikeSentence(text: string): boolean {
  return /[.!?…:;]["'”’)\]]*$/.test(text.trim());
}

/**
 * A paragraph of prose: long, or a sentence (ends like one, is not a headline in title case).
 * The first one starts the body of a text: what comes before it is its header.
 */
export function isProse(text: string): boolean {
  const words = wordCount(text);
  if (words >= 30) return true;
  return words >= 3 && /[.!?…:]["'”’)\]]*$/.test(text.trim()) && !isHeadlineCase(text);
}

/** Short words that title case leaves in lower case. */
const TITLE_CASE_SMALL_WORDS = new Set([
  'with',
  'from',
  'into',
  'over',
  'than',
  'that',
  'upon',
  'onto',
  'about',
  'after',
  'under',
  'amid',
  'near',
  'past',
  'like',
  'says',
  'said',
]);

/**
 * Headline case, which is not the title case of a name (`src/lib/text.ts` `isTitleCase`): every
 * longer word capitalised, punctuation allowed, as headlines in title case are ("Stealth Over Health: Hillary
 * Clinton Was Headed to ER"). A sentence full of names still has a lower-case verb.
 */
export function isHeadlineCase(text: string): boolean {
  const words = text.split(/\s+/).filter((word) => /^[\p{L}]{4,}/u.test(word) && !TITLE_CASE_SMALL_WORDS.has(word.toLowerCase()));
  return words.length >= 3 && words.every((word) => /^\p{Lu}/u.test(word));
}

/**
 * Verbs in the present tense that photo captions use ("Rubio arrives at…", "Protesters gather…"),
 * and the phrases captions point at their photo with; regular-expression pieces.
 */
const CAPTION_VERBS = [
  'arrives?',
  'attends?',
  'chairs?',
  'speaks?',
  'walks?',
  'meets?',
  'poses?',
  'looks? on',
  'gestures?',
  'listens?',
  'waves?',
  'stands?',
  'sits?',
  'holds?',
  'delivers?',
  'addresses',
  'talks?',
  'shakes? hands',
  'leaves',
  'greets?',
  'visits?',
  'answers?',
  'departs?',
  'reacts?',
  'smiles?',
  'steps?',
  'boards?',
  'signs?',
  'gives?',
  'takes? part',
  'gathers?',
  'marches',
  'march',
  'rall(?:y|ies)',
  'participates?',
  'hosts?',
  'watches',
  'watch',
  'prepares?',
  'testifies',
  // “Is seen as one of …” regards, it shows no picture (round 34: round 33's lost line).
  '(?:is|are) (?:seen(?! as (?:an?|the|one|being)\\b)|pictured|shown|displayed)',
  'pictured',
  'seen here',
  // Issue 25, round 8: a caption may point at its picture anywhere (“… as this photo of a 1930s office worker shows, …”).
  '(?:in )?this (?:photo(?:graph)?|image|picture)',
  'file photo',
];
const CAPTION_VERB = new RegExp(String.raw`\b(?:${CAPTION_VERBS.join('|')})\b`, 'i');

/** A short line that could be the caption of a photo: a label, or one sentence with a caption verb. */
export function isCaptionLike(text: string): boolean {
  const words = wordCount(text);
  if (words <= 6 && !endsLikeSentence(text)) return true;
  if (words > 45 || /[“”"]/.test(text)) return false;
  return sentenceCount(text) <= 2 && CAPTION_VERB.test(text);
}

/**
 * A full stop that ends an abbreviation, not a sentence: initials and dotted capitals ("U.S.",
 * "J."), and short capitalised words cut short ("Gov.", "Penn.", "Jan.", "Supt.").
 */
const ABBREVIATION_BEFORE = /(?:\b\p{Lu}\.(?:\p{Lu}\.)*|\b\p{Lu}\p{Ll}{1,3}\.)$/u;

/** How many sentences a line holds: a sentence ends at . ! or ? before a capital, not after an abbreviation. */
export function sentenceCount(text: string): number {
  const trimmed = text.trim();
  if (trimmed === '') return 0;
  let count = 1;
  for (const match of trimmed.matchAll(/[.!?]["'”’)\]]*\s+(?=["“‘']?\p{Lu})/gu)) {
    const before = trimmed.slice(0, match.index + 1);
    if (!ABBREVIATION_BEFORE.test(before)) count++;
  }
  return count;
}

/** A dateline that opens a wire or newspaper paragraph: "WASHINGTON (Reuters) -", "LONDON, May 3 (AP) —", "PARIS —". */
export const DATELINE = /^\p{Lu}[\p{Lu}\p{N} .,'’-]{1,40}(?:,\s+[\p{L}.]+\s+\d{1,2})?\s*(?:\([^)]{2,40}\)\s*)?[-–—]\s/u;

/** One person's name: two to four capitalised words, initials allowed ("Ann Lee", "Mary J. Blige", "Ludwig van Beethoven"). */
const PERSON_NAME = String.raw`\p{Lu}\p{Ll}[\p{L}'’-]*(?:\s+(?:\p{Lu}\.|\p{Lu}\p{Ll}[\p{L}'’-]*|de|van|von|der|da|di|la|le|bin|al)){1,3}`;
const NAMES_ONLY = new RegExp(String.raw`^${PERSON_NAME}(?:(?:,\s*|\s+and\s+|\s*&\s*)${PERSON_NAME}){0,3}$`, 'u');

/** A line of people's names and nothing else, as a byline without "By" gives them ("Ann Lee", "Ann Lee, Tom Kay"). */
export function isNamesOnly(text: string): boolean {
  return NAMES_ONLY.test(text.trim());
}

/** Ends cut short, as a teaser's summary is: "…", "..." (three dots right after a word). */
export function endsTruncated(text: string): boolean {
  // A cut after a sentence's stop leaves the stop before the ellipsis (“… life insurance.…”).
  return /(?:[\p{L}\p{N},;](?:\.{3}|…)|\p{L}[.!?]…)$/u.test(text.trim());
}

/**
 * The description of a picture, as screen-reader text or a graphic's label gives it: a noun for
 * the picture and a participle, with no verb of its own ("A map of the region showing the route",
 * "Graphic showing deaths since 2014"). A sentence about a map ("A map showing the route was
 * published") has one and is not a description.
 */
export function isImageDescription(text: string): boolean {
  const trimmed = text.trim();
  if (wordCount(trimmed) > 40 || /["“”]/.test(trimmed)) return false;
  const opening = new RegExp(
    [
      String.raw`^(?:an?\s+|the\s+)?`,
      String.raw`(?:map|graphic|chart|graph|diagram|photo(?:graph)?|image|picture|illustration|screenshot|satellite image|video still|still)s?`,
      String.raw`\s+(?:of\s+[^.;!?]{1,80}?\s+)?(?:showing|depicting|illustrating)\b`,
    ].join(''),
    'i',
  );
  // A relative clause may have its own verb ("… the coast where the boat was wrecked").
  const mainClause = trimmed.replace(/\b(?:where|which|who|that|when)\b[^,;]*/gi, '');
  return opening.test(trimmed) && !/\b(?:is|are|was|were|has|have|had|will|would|can|could)\b/i.test(mainClause);
}

const PLACED_IN_PICTURE = new RegExp(
  [
    String.raw`\p{Lu}[\p{L}'’.-]+,\s+(?:(?:far|second from|third from)\s+)?`,
    String.raw`(?:left|right|center|centre|background|foreground|front|rear|top|bottom)(?:\s+(?:left|right))?,\s`,
  ].join(''),
  'u',
);

/** A photo caption that places people in the picture: "Ann Lee, left, and Tom Kay", "… Sheriff Tom Kay, right, …". */
export function placesPeopleInPicture(text: string): boolean {
  return PLACED_IN_PICTURE.test(text);
}

/** A line that could be a subheading: short, not a sentence, not a quote. */
export function isHeadingLike(text: string): boolean {
  const trimmed = text.trim();
  const words = wordCount(trimmed);
  if (words === 0 || words > 14) return false;
  if (/^["“‘'([]/.test(trimmed)) return false;
  if (/[.,;:]["'”’)\]]*$/.test(trimmed) || /["”’]$/.test(trimmed)) return false;
  return /^[\p{Lu}\p{N}]/u.test(trimmed);
}

/** A line that could be a headline: a few words, no full stop at the end (or in title case). */
export function isHeadlineLike(text: string): boolean {
  const words = wordCount(text);
  if (words < 3 || words > 25) return false;
  return !/[.:,]["'”’)\]]*$/.test(text.trim()) || isHeadlineCase(text);
}

/**
 * A paragraph of running prose: 15 words or more holding a whole sentence, a full stop after a
 * word in lower case with more words or a mark after it (“… en Radio Centro. (I)”, “… said. He …”).
 * Labels, headlines and the boxes around a story have no such line; a rule that sets lines aside
 * by their run or region (closing-run, box rules) never takes one (issue 25, round 9).
 */
export function isRunningProse(text: string): boolean {
  if (wordCount(text) < 15) return false;
  return /\p{Ll}{2,}[.!?]["'”’)\]]*\s+\S/u.test(text.trim());
}

/**
 * The rest of a short line broken over two lines, as a letters page breaks a letter's headline
 * (“Alameda County DA” / “is coddling criminals”): a few words opening with a word in lower case,
 * no final stop. A label or a headline of the page's header opens with a capital (issue 25, round 10).
 */
export function isLineContinuation(text: string): boolean {
  const trimmed = text.trim();
  const words = wordCount(trimmed);
  if (words === 0 || words > 8 || endsLikeSentence(trimmed)) return false;
  return /^\p{Ll}[\p{Ll}'’-]*(?:\s|$)/u.test(trimmed);
}

/** A line of a pasted text as the guards read it. */
export type TextLine = { readonly text: string };

/** The index of the next line with text after `i` (blank lines skipped), or -1. */
export function nextLineWithText(lines: readonly TextLine[], i: number): number {
  for (let k = i + 1; k < lines.length; k++) if (lines[k]!.text.trim() !== '') return k;
  return -1;
}

/** The index of the line with text before `i` (blank lines skipped), or -1. */
export function previousLineWithText(lines: readonly TextLine[], i: number): number {
  for (let k = i - 1; k >= 0; k--) if (lines[k]!.text.trim() !== '') return k;
  return -1;
}
