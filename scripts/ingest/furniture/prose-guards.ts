/**
 * Guards for the story's own lines against rules that read a line's words alone or take a short
 * line by where it stands (issue 25, round 15). Rounds 8 to 14 each lost a body line of a new shape
 * to such a rule (round 14: a police tip line with a phone number and an e-mail address, the last
 * paragraph, taken for an author's note; a roundup's section label in capitals under the headline
 * taken for the header's meta). The guards keep such lines in the body, listed as doubtful, from
 * their shape and place rather than their words.
 */
import type { LineVerdict, SourceLine } from './classify.ts';
import { LINE_RULES } from './line-rules.ts';
import type { RuleInfo } from './rule.ts';
import { isGivenName } from '../../../src/analysis/attribution/given-names.ts';
import { endsLikeSentence, isProse, wordCount } from './text-shape.ts';

/** Names of the rules that read a line's own words (line-rules.ts, copy-rules.ts). */
const WORD_RULES = new Set<string>(LINE_RULES.map((rule) => rule.name));

/** Kinds of the credit, caption and promo shapes (a newsletter's or a registration box's call). */
const TRUSTED_KINDS: ReadonlySet<string> = new Set(['credit', 'caption', 'newsletter']);
/**
 * Boilerplate rules of a credit's or a promo's shape: a syndication credit, a letters page's call, a holdings
 * disclosure, a paywall's note for subscribers only with its call as a sentence of its own (round 29: it
 * stands right under the cut first paragraph), a newspaper's note sending readers on to its e-Edition, opening
 * with its call and naming the subscribers' way in (round 31: it stands between two paragraphs), a site's note
 * about itself, its name and “We …” (round 32: it closes the page, right under the story).
 */
const TRUSTED_BOILERPLATE: ReadonlySet<string> = new Set([
  'syndication-line',
  'letters-invitation',
  'holdings-note',
  'subscribers-only-note',
  'edition-access-note',
  'site-about-note',
]);

/**
 * Word rules trusted over the prose guard: shapes of a credit, a caption or a promo, each 100 % precise
 * on the 130 development texts of round 15 (every line they match there is marked furniture; the
 * guard is for the others, such as `author-bio`, 14 of 15, which took a police tip line).
 */
export const TRUSTED_WORD_RULES: ReadonlySet<string> = new Set(
  LINE_RULES.filter((rule) => TRUSTED_KINDS.has(rule.kind) || TRUSTED_BOILERPLATE.has(rule.name)).map((rule) => rule.name),
);

/** The opening of a copyright notice: “©”, “(c)”, “Copyright 2021”, maybe in brackets. */
const COPYRIGHT_OPENING = /^\(?(?:©|\(c\)\s|copyright\s*(?:©|\(c\))?\s*\d{4}\b)/iu;

/** A sentence of running prose: twelve words or more, opening with a capital and ending in a full stop. */
export function isProseSentence(text: string): boolean {
  const trimmed = text.trim();
  if (wordCount(trimmed) < 12) return false;
  return /^["'“‘(]?[\p{Lu}\p{N}]/u.test(trimmed) && /[\p{L}\p{N})]\.["'”’)\]]*$/u.test(trimmed);
}

/** The least the guards need of a verdict. */
type RoleOnly = { role: 'body' | 'furniture' };

const isBodyProse = (line: { text: string } | undefined, verdict: RoleOnly | undefined) =>
  line !== undefined && verdict?.role === 'body' && isProse(line.text);

/**
 * A line a word rule would set aside that is running prose right after a paragraph of the story
 * (between two paragraphs, or the story's last): the rule read its words alone (a contact's e-mail,
 * “… is the author of”), not its place, so it is not sure of it. Trusted rules are left alone.
 */
export function isGuardedProse(
  lines: readonly { text: string }[],
  verdicts: readonly RoleOnly[],
  i: number,
  rule: RuleInfo,
): boolean {
  if (!WORD_RULES.has(rule.name) || TRUSTED_WORD_RULES.has(rule.name)) return false;
  // A copyright line that opens with its mark is the page's whatever follows (round 19: “Copyright 2021 Nexstar Inc. …”).
  if (rule.name === 'copyright-line' && COPYRIGHT_OPENING.test(lines[i]!.text.trim())) return false;
  return i > 0 && isProseSentence(lines[i]!.text) && isBodyProse(lines[i - 1], verdicts[i - 1]);
}

/** Puts a word rule's running prose after a paragraph back in the body, listed as doubtful (`isGuardedProse`). */
export function keepProseAfterParagraphs(lines: readonly SourceLine[], verdicts: LineVerdict[]): void {
  for (const [i, verdict] of verdicts.entries()) {
    if (verdict.role === 'furniture' && isGuardedProse(lines, verdicts, i, verdict.rule))
      verdicts[i] = { role: 'body', block: 'paragraph', doubt: verdict.rule };
  }
}

/** Words of a header's meta: a byline, a date or a time, a share or comment button. */
const META_WORD =
  /\b(?:by|von|por|par|published|posted|updated|share|comments?|ago|today|yesterday|am|pm|a\.m|p\.m|jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)\b|\d/i;

/**
 * A section label in capitals with no word of the header's meta (“GRANTS/DONATIONS”, “TOP STORIES”):
 * one to four words, every letter a capital, no byline, date, time, share or comments word.
 */
export function isCapitalLabel(text: string): boolean {
  const trimmed = text.trim();
  const words = wordCount(trimmed);
  if (words < 1 || words > 4 || !/\p{Lu}{2,}/u.test(trimmed) || /\p{Ll}/u.test(trimmed)) return false;
  return !META_WORD.test(trimmed);
}

/**
 * A speaker's line (round 16): a person's name (a common given name and one or two capitalised
 * words), a colon, and what the person said, five words or more ending like a sentence (“Ann Lee: We
 * will not back down.”): an interview's answer, or a statement headed by its speaker. Its words are
 * attributed speech, so the model may not set it aside after the story's first paragraph (PolNeAR
 * train marks such a line, under a “Related:” label, inside an attribution).
 */
export function isSpeakerLine(text: string): boolean {
  const match = /^(\p{Lu}[\p{L}’'-]+)(?:\s+\p{Lu}[\p{L}.’'-]*){1,2}:\s+(.+)$/u.exec(text.trim());
  if (!match || !isGivenName(match[1]!)) return false;
  return wordCount(match[2]!) >= 5 && endsLikeSentence(match[2]!);
}

/** A line's end that closes a sentence or a clause: a stop, a colon or a semicolon, maybe inside quotes or brackets. */
const CLOSED = /[.!?…:;]["'”’)\]]*$/u;

/**
 * The rest of a sentence broken over short lines (round 18: a police statement pasted hard-wrapped,
 * “… The officer discovered the passenger, a” / “31-year-old Hispanic male, …” / “relative, a 29-year-old …”):
 * a line opening with a letter in lower case right under a body line that ends with no closing
 * punctuation. A page's label or button opens with a capital, so the line is the story's whatever
 * the line model says. `verdicts` are the rules' (before the model); the body line above may
 * itself be such a line.
 */
export function sentenceContinuations(lines: readonly { text: string }[], verdicts: readonly RoleOnly[]): boolean[] {
  return lines.map((line, i) => {
    const above = lines[i - 1];
    if (!above || verdicts[i - 1]?.role !== 'body' || CLOSED.test(above.text.trim())) return false;
    return /^\p{Ll}/u.test(line.text.trim());
  });
}
