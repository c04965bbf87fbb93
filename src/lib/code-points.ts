/**
 * Characters as messages show them (never the invisible character itself: its number and name),
 * and the characters content may not contain, found with their neighbours in view: direction
 * controls, zero-width and other format characters, control characters, soft hyphens, U+FFFD and
 * the Unicode line separators (why, and what is done about each: src/analysis/text/text-hygiene.ts).
 * Also the invisible characters saved pages carry inside words, which `npm run add` offers to delete.
 */

/** Names of the code points the messages mention, as the Unicode standard gives them. */
const NAMES: Record<number, string> = {
  0x0000: 'NULL',
  0x0009: 'CHARACTER TABULATION',
  0x000a: 'LINE FEED',
  0x000d: 'CARRIAGE RETURN',
  0x0020: 'SPACE',
  0x007f: 'DELETE',
  0x00a0: 'NO-BREAK SPACE',
  0x00ad: 'SOFT HYPHEN',
  0x061c: 'ARABIC LETTER MARK',
  0x1680: 'OGHAM SPACE MARK',
  0x180e: 'MONGOLIAN VOWEL SEPARATOR',
  0x2000: 'EN QUAD',
  0x2001: 'EM QUAD',
  0x2002: 'EN SPACE',
  0x2003: 'EM SPACE',
  0x2004: 'THREE-PER-EM SPACE',
  0x2005: 'FOUR-PER-EM SPACE',
  0x2006: 'SIX-PER-EM SPACE',
  0x2007: 'FIGURE SPACE',
  0x2008: 'PUNCTUATION SPACE',
  0x2009: 'THIN SPACE',
  0x200a: 'HAIR SPACE',
  0x200b: 'ZERO WIDTH SPACE',
  0x200c: 'ZERO WIDTH NON-JOINER',
  0x200d: 'ZERO WIDTH JOINER',
  0x200e: 'LEFT-TO-RIGHT MARK',
  0x200f: 'RIGHT-TO-LEFT MARK',
  0x2028: 'LINE SEPARATOR',
  0x2029: 'PARAGRAPH SEPARATOR',
  0x202a: 'LEFT-TO-RIGHT EMBEDDING',
  0x202b: 'RIGHT-TO-LEFT EMBEDDING',
  0x202c: 'POP DIRECTIONAL FORMATTING',
  0x202d: 'LEFT-TO-RIGHT OVERRIDE',
  0x202e: 'RIGHT-TO-LEFT OVERRIDE',
  0x202f: 'NARROW NO-BREAK SPACE',
  0x205f: 'MEDIUM MATHEMATICAL SPACE',
  0x2060: 'WORD JOINER',
  0x2066: 'LEFT-TO-RIGHT ISOLATE',
  0x2067: 'RIGHT-TO-LEFT ISOLATE',
  0x2068: 'FIRST STRONG ISOLATE',
  0x2069: 'POP DIRECTIONAL ISOLATE',
  0x3000: 'IDEOGRAPHIC SPACE',
  0xfeff: 'ZERO WIDTH NO-BREAK SPACE (byte-order mark)',
  0xfffd: 'REPLACEMENT CHARACTER',
};

/** A code point's number in hexadecimal, at least four digits: `202E`. */
function hexOf(codePoint: number): string {
  return codePoint.toString(16).toUpperCase().padStart(4, '0');
}

/** `U+202E`: a code point's number as messages write it. */
export function codePointNumber(codePoint: number): string {
  return `U+${hexOf(codePoint)}`;
}

/** `U+202E RIGHT-TO-LEFT OVERRIDE`: a code point as messages show it, never as the character itself. */
export function describeCodePoint(codePoint: number): string {
  const hex = codePointNumber(codePoint);
  const name = NAMES[codePoint];
  return name ? `${hex} ${name}` : hex;
}

/** Every code point of a text, described: `U+00A0 NO-BREAK SPACE, U+0020 SPACE`. */
export function describeCodePoints(text: string): string {
  return [...text].map((char) => describeCodePoint(char.codePointAt(0)!)).join(', ');
}

/** Why a character is refused. */
export type CharacterProblemKind =
  | 'direction control'
  | 'invisible character'
  | 'control character'
  | 'soft hyphen'
  | 'replacement character'
  | 'line separator';

/** One refused character in a text. */
export interface CharacterProblem {
  /** Offset in the text, in UTF-16 code units. */
  index: number;
  codePoint: number;
  kind: CharacterProblemKind;
}

const DIRECTION_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/u;
/** Format characters that are visible signs of their script (Arabic number signs and the like). */
const VISIBLE_FORMAT = /[\u0600-\u0605\u06DD\u070F\u0890\u0891\u08E2\u{110BD}\u{110CD}]/u;
const FORMAT = /\p{Cf}/u;
const CONTROL = /\p{Cc}/u;
const JOINING_LETTER = /[\p{L}\p{M}]/u;
/** Scripts that never need a joiner between letters: between their letters a ZWJ/ZWNJ only hides a split. */
const NON_JOINING_SCRIPT = /[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\p{Script=Common}]/u;
const EMOJI = /[\p{Extended_Pictographic}\p{Emoji_Modifier}\u{FE0F}]/u;
const TAG = /[\u{E0020}-\u{E007F}]/u;
const BLACK_FLAG = 0x1f3f4;

/** What is wrong with one character, given its neighbours; null when it is fine. */
function characterProblem(
  char: string,
  codePoint: number,
  before: string | undefined,
  after: string | undefined,
  index: number,
): CharacterProblemKind | null {
  if (codePoint === 0x09 || codePoint === 0x0a || codePoint === 0x0d) return null;
  if (codePoint < 0x20 || (codePoint >= 0x7f && codePoint <= 0x9f)) return 'control character';
  if (codePoint < 0xad) return null; // the common case, quickly
  if (codePoint === 0xad) return 'soft hyphen';
  if (codePoint === 0xfffd) return 'replacement character';
  if (codePoint === 0x2028 || codePoint === 0x2029) return 'line separator';
  if (DIRECTION_CONTROLS.test(char)) return 'direction control';
  if (codePoint === 0xfeff) return index === 0 ? null : 'invisible character'; // a leading BOM is only an encoding signature
  if (codePoint === 0x200c || codePoint === 0x200d) {
    const joinsLetters =
      before !== undefined &&
      after !== undefined &&
      JOINING_LETTER.test(before) &&
      JOINING_LETTER.test(after) &&
      !NON_JOINING_SCRIPT.test(before) &&
      !NON_JOINING_SCRIPT.test(after);
    const joinsEmoji =
      codePoint === 0x200d && before !== undefined && after !== undefined && EMOJI.test(before) && EMOJI.test(after);
    return joinsLetters || joinsEmoji ? null : 'invisible character';
  }
  if (TAG.test(char)) {
    // Tag characters spell a subdivision flag after U+1F3F4 WAVING BLACK FLAG (🏴 England).
    const inFlag = before !== undefined && (before.codePointAt(0) === BLACK_FLAG || TAG.test(before));
    return inFlag ? null : 'invisible character';
  }
  if (FORMAT.test(char)) return VISIBLE_FORMAT.test(char) ? null : 'invisible character';
  if (CONTROL.test(char)) return 'control character';
  return null;
}

// Anything that may need a look; the rest of the text is skipped in one regex step.
const SUSPECT = new RegExp(
  String.raw`[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u00AD\u0600-\u0605\u061C\u06DD\u070F\u0890\u0891\u08E2\u180E` +
    String.raw`\u200B-\u200F\u2028-\u202E\u2060-\u206F\uFEFF\uFFF9-\uFFFB\uFFFD\p{Cf}]`,
  'gu',
);

/** Every refused character of `text`, in order (soft hyphens included: the caller decides). */
export function findCharacterProblems(text: string): CharacterProblem[] {
  const problems: CharacterProblem[] = [];
  for (const match of text.matchAll(SUSPECT)) {
    const index = match.index;
    const char = match[0];
    const codePoint = char.codePointAt(0)!;
    const kind = characterProblem(
      char,
      codePoint,
      codePointBefore(text, index),
      codePointAfter(text, index + char.length),
      index,
    );
    if (kind) problems.push({ index, codePoint, kind });
  }
  return problems;
}

function codePointBefore(text: string, index: number): string | undefined {
  if (index === 0) return undefined;
  const low = text.charCodeAt(index - 1);
  const start = low >= 0xdc00 && low <= 0xdfff && index >= 2 ? index - 2 : index - 1;
  return String.fromCodePoint(text.codePointAt(start)!);
}

function codePointAfter(text: string, index: number): string | undefined {
  return index < text.length ? String.fromCodePoint(text.codePointAt(index)!) : undefined;
}

/**
 * The invisible characters saved pages carry inside words: zero-width space, non-joiner and
 * joiner, word joiner, a stray byte-order mark, and the direction embeddings, overrides and
 * isolates. `npm run add` suggests deleting them from a word, and shows them escaped. (The
 * build's check is `findCharacterProblems`: it refuses these among others, and allows a joiner
 * where a script or an emoji needs one.)
 */
const INVISIBLE_IN_WORDS = /[\u200B-\u200D\u2060\uFEFF\u202A-\u202E\u2066-\u2069]/gu;

/** True when `text` holds one of the invisible characters pages carry inside words. */
export function hasInvisibleCharacter(text: string): boolean {
  return text.search(INVISIBLE_IN_WORDS) >= 0;
}

/** The invisible characters of `text`, each once, in the order they first appear. */
export function invisibleCharactersOf(text: string): string[] {
  return [...new Set(text.match(INVISIBLE_IN_WORDS) ?? [])];
}

/** `text` without its invisible characters. */
export function withoutInvisibleCharacters(text: string): string {
  return text.replace(INVISIBLE_IN_WORDS, '');
}

/** `text` with each invisible character written as an escape (`\u200B`), so a reader sees it. */
export function escapeInvisibleCharacters(text: string): string {
  return text.replace(INVISIBLE_IN_WORDS, (char) => `\\u${hexOf(char.codePointAt(0)!)}`);
}
