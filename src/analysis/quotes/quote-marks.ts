/**
 * What each quotation mark in a paragraph does, read from the mark and its neighbours, in every
 * style news text uses: curly and straight double marks (“…” "…"), two apostrophes for a double
 * mark (''…'', archive and wire text), guillemets either way round («…» »…«), low-high marks
 * („…“ ‚…‘) and single marks (‘…’ '…'), told apart from apostrophes (it’s, Russians’, ’90s,
 * rock ’n’ roll). Every question looks at a few characters around the mark, so a paragraph is
 * read in time linear in its length.
 */

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const SPACE = /\s/u;
/** Characters after which a straight mark opens a quote ("—"quote", "(‘quote"). */
const BEFORE_OPENING = /[\s([{\u2014\u2013/-]/u;
/** Opening double marks after which a single mark opens an inner quote (“‘quote). */
const OPENING_DOUBLE = new Set(['"', '“', '„', '«', '»']);

/** What a mark does: opens a quote, closes one, or either (a straight mark between two words' edges). */
export type Role = 'open' | 'close' | 'either';

/** A double quotation mark: its role and how many characters it takes (2 for ''). */
export interface DoubleMark {
  role: Role;
  length: 1 | 2;
}

const APOSTROPHE = "'";
/** Longest run of straight apostrophes read as marks; a longer run is no quotation (''''''). */
const LONGEST_RUN = 4;

/** The role of a straight mark, read from the characters on either side of it. */
function roleFromNeighbours(text: string, before: number, after: number): Role {
  const opensAfter = before < 0 || BEFORE_OPENING.test(text[before]!);
  const spaceAfter = after >= text.length || SPACE.test(text[after]!);
  if (opensAfter && !spaceAfter) return 'open';
  if (!opensAfter && (spaceAfter || /[.,;:!?)\]]/.test(text[after]!))) return 'close';
  return 'either';
}

/**
 * Where the two-apostrophe double marks of the run of straight apostrophes around `index` start.
 * Two make a double mark; three are a double and a single mark, the double outside (''' opens
 * as '' then ', and closes as ' then ''); four are two double marks. A run between two letters
 * (Jones''s, a typing slip) holds no mark.
 */
function doubleMarksInRun(text: string, index: number): number[] {
  let start = index;
  while (start > 0 && text[start - 1] === APOSTROPHE && index - start < LONGEST_RUN) start--;
  let end = index + 1;
  while (text[end] === APOSTROPHE && end - start <= LONGEST_RUN) end++;
  const length = end - start;
  if (length < 2 || length > LONGEST_RUN) return [];
  if (LETTER_OR_DIGIT.test(text[start - 1] ?? '') && LETTER_OR_DIGIT.test(text[end] ?? '')) return [];
  if (length === 2) return [start];
  if (length === 4) return [start, start + 2];
  return roleFromNeighbours(text, start - 1, end) === 'open' ? [start] : [start + 1];
}

/** Whether the straight apostrophe at `index` is one of the two of a '' double mark. */
export function isInDoubleMark(text: string, index: number): boolean {
  if (text[index] !== APOSTROPHE) return false;
  return doubleMarksInRun(text, index).some((start) => index === start || index === start + 1);
}

/**
 * The double mark starting at `index`, if one does. Curly marks say what they do, except that
 * “ closes a quote opened by „ (the caller reads it as closing when it does not stand where a
 * quote opens); straight marks and guillemets are read from their neighbours, a guillemet that
 * could do either doing what it does in French («…», « … »), so that »…« reads the other way.
 */
export function doubleMarkAt(text: string, index: number): DoubleMark | null {
  const mark = text[index];
  if (mark === '“' || mark === '„') return { role: 'open', length: 1 };
  if (mark === '”') return { role: 'close', length: 1 };
  if (mark === '"') return { role: roleFromNeighbours(text, index - 1, index + 1), length: 1 };
  if (mark === '«' || mark === '»') {
    // Its own way round unless its neighbours say otherwise: » opens before a word (»Wir«), but
    // not before a comma (« Rien »,).
    const role = roleFromNeighbours(text, index - 1, index + 1);
    const readOwnWay = role === 'either' || (role === 'open' && !LETTER_OR_DIGIT.test(text[index + 1] ?? ''));
    return { role: readOwnWay ? (mark === '«' ? 'open' : 'close') : role, length: 1 };
  }
  if (mark === APOSTROPHE && doubleMarksInRun(text, index).includes(index)) {
    return { role: roleFromNeighbours(text, index - 1, index + 2), length: 2 };
  }
  return null;
}

/** Whether a mark at `index` stands where a quote opens: at the start, after a space, a dash, a bracket or another opening mark. */
export function inOpeningPosition(text: string, index: number): boolean {
  if (index === 0) return true;
  const previous = text[index - 1]!;
  return BEFORE_OPENING.test(previous) || previous === '‘' || previous === '“' || previous === '„' || previous === '«';
}

const SINGLE_MARKS = new Set(['‘', '’', "'", '‚']);

/**
 * What a single mark does. A mark between letters (it’s, don't) is an apostrophe, so are the
 * marks of ’n’ (rock ’n’ roll) and one before a year (’90s), and so is one that could only close
 * (Russians’) unless a quote is open; that last check is the caller's. ‘ and ‚ only open, but ‘
 * may close a quote opened by ‚ (the caller's check too); an apostrophe of a '' mark is none.
 */
export function singleMarkRole(text: string, index: number): Role | null {
  const mark = text[index]!;
  if (!SINGLE_MARKS.has(mark) || isInDoubleMark(text, index)) return null;
  const previous = index === 0 ? '' : text[index - 1]!;
  const next = index === text.length - 1 ? '' : text[index + 1]!;
  if (LETTER_OR_DIGIT.test(previous) && LETTER_OR_DIGIT.test(next)) return null;
  if (isElision(text, index)) return null;
  const afterDouble = OPENING_DOUBLE.has(previous) || (previous === APOSTROPHE && isInDoubleMark(text, index - 1));
  const canOpen = (previous === '' || BEFORE_OPENING.test(previous) || afterDouble) && LETTER_OR_DIGIT.test(next);
  const canClose = previous !== '' && !SPACE.test(previous) && !LETTER_OR_DIGIT.test(next);
  if (mark === '‚') return canOpen ? 'open' : null;
  if (mark === '‘') return canOpen ? 'open' : canClose ? 'close' : null;
  if (canOpen) return 'open';
  return canClose ? 'close' : null;
}

/** Words whose first letters a mark stands for ('Tis, ’em, 'til; not 'cause, a word of its own), the mark opening no quote. */
const ELIDED_WORD = /^(?:tis|twas|til|em)(?![\p{L}\p{N}])/iu;

/** Marks that stand for left-out letters at a word's edge: ’n’ ('n'), ’90s ('08). */
function isElision(text: string, index: number): boolean {
  const isMark = (at: number) => SINGLE_MARKS.has(text[at] ?? '');
  const wordEdge = (at: number) => at < 0 || at >= text.length || !LETTER_OR_DIGIT.test(text[at]!);
  // ’n’: a lone n between two marks, on both sides of the word.
  if (/[nN]/.test(text[index + 1] ?? '') && isMark(index + 2) && wordEdge(index - 1) && wordEdge(index + 3)) return true;
  if (/[nN]/.test(text[index - 1] ?? '') && isMark(index - 2) && wordEdge(index - 3) && wordEdge(index + 1)) return true;
  // A year cut to two digits at a word's start: ’90s, '08 (‘, which only opens, before a decade only).
  if (!wordEdge(index - 1)) return false;
  if (ELIDED_WORD.test(text.slice(index + 1, index + 7))) return true;
  const decade = /^\d\ds$/.test(text.slice(index + 1, index + 4)) && wordEdge(index + 4);
  const year = /^\d\d$/.test(text.slice(index + 1, index + 3)) && wordEdge(index + 3);
  return decade || (year && text[index] !== '‘');
}

/**
 * A mark that may be an apostrophe at a word's end with the sentence going on after it: a plural
 * possessive (the Russians’ call) or a dropped g (Lyin’ Ted, goin’ home).
 */
export function mayBeWordFinalApostrophe(text: string, index: number): boolean {
  const afterWordEnd = /[sS]/.test(text[index - 1] ?? '') || /in$/i.test(text.slice(Math.max(0, index - 2), index));
  return afterWordEnd && SPACE.test(text[index + 1] ?? '') && LETTER_OR_DIGIT.test(text[index + 2] ?? '');
}
