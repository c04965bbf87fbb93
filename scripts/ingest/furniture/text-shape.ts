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
  '(?:is|are) (?:seen|pictured|shown|displayed)',
  'pictured',
  'seen here',
  'in this (?:photo|image|picture)',
  'file photo',
];
const CAPTION_VERB = new RegExp(String.raw`\b(?:${CAPTION_VERBS.join('|')})\b`, 'i');

/** A short line that could be the caption of a photo: a label, or one sentence with a caption verb. */
export function isCaptionLike(text: string): boolean {
  const words = wordCount(text);
  if (words <= 6 && !endsLikeSentence(text)) return true;
  if (words > 45 || /[“”"]/.test(text)) return false;
  const sentences = text.trim().split(/[.!?]\s+(?=\p{Lu})/u).length;
  return sentences <= 2 && CAPTION_VERB.test(text);
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
