/**
 * Finds the quotations in an article body and says what kind each one is.
 *
 * Quotation marks are read the way a careful reader reads them: curly and straight marks may be
 * mixed in one pair (“This will not work," he said), an apostrophe is never a quotation mark
 * (it’s, Russians’), single marks inside a quote stay part of its words, a quote whose
 * paragraphs each open with a mark but only the last one closes is one quote, and a closing
 * mark with no opening one closes a quote that began with its paragraph.
 */
import { isInside, quotedRangesByBlock, type Range } from './ranges.ts';
import { sentenceAround } from './sentences.ts';
import { findSpeechCues } from './speech-cues.ts';
import type { BodyBlock, ExtractedQuote, QuoteKind, TextSpan } from './types.ts';

/** A quote found by the mark scanner, before it is classified. */
interface FoundQuote {
  parts: TextSpan[];
  /** The words of each part, without the marks. */
  words: string[];
  /** True when the quote has a closing mark but no opening one. */
  unbalanced: boolean;
}

/** Every quotation in the body, in reading order, with its kind. */
export function extractQuotes(blocks: BodyBlock[]): ExtractedQuote[] {
  const found = findQuotes(blocks);
  const quoted = quotedRangesByBlock(found);
  return found.map((quote) => ({
    parts: quote.parts,
    text: quote.words.join('\n\n'),
    kind: classifyQuote(quote, blocks, quoted),
  }));
}

// ---------------------------------------------------------------------------------------------
// Finding the marks

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const SPACE = /\s/u;
/** Characters after which a straight mark opens a quote ("—"quote", "(‘quote"). */
const BEFORE_OPENING = /[\s([{\u2014\u2013/-]/u;

type Role = 'open' | 'close' | 'either';

/** What a double mark does: curly marks say it themselves; a straight one is read from its neighbours. */
function doubleMarkRole(text: string, index: number): Role | null {
  const mark = text[index];
  if (mark === '“' || mark === '„') return 'open';
  if (mark === '”') return 'close';
  if (mark !== '"') return null;
  const before = index === 0 || BEFORE_OPENING.test(text[index - 1]!);
  const after = index === text.length - 1 || SPACE.test(text[index + 1]!);
  if (before && !after) return 'open';
  if (!before && (after || /[.,;:!?)\]]/.test(text[index + 1]!))) return 'close';
  return 'either';
}

/**
 * What a single mark does. A mark between letters (it’s, don't) is an apostrophe, so is one
 * that could only close (Russians’) unless a quote is open; that last check is the caller's.
 */
function singleMarkRole(text: string, index: number): Role | null {
  const mark = text[index];
  if (mark !== '‘' && mark !== '’' && mark !== "'") return null;
  const previous = index === 0 ? '' : text[index - 1]!;
  const next = index === text.length - 1 ? '' : text[index + 1]!;
  if (LETTER_OR_DIGIT.test(previous) && LETTER_OR_DIGIT.test(next)) return null;
  const canOpen =
    (previous === '' || BEFORE_OPENING.test(previous) || previous === '"' || previous === '“') && LETTER_OR_DIGIT.test(next);
  const canClose = previous !== '' && !SPACE.test(previous) && !LETTER_OR_DIGIT.test(next);
  if (mark === '‘') return canOpen ? 'open' : null;
  if (canOpen) return 'open';
  return canClose ? 'close' : null;
}

/** The quotes of the whole body, following a quote that stays open into the next paragraph. */
function findQuotes(blocks: BodyBlock[]): FoundQuote[] {
  const quotes: FoundQuote[] = [];
  /** A quote still open at the end of the previous block. */
  let carried: { parts: TextSpan[]; words: string[] } | null = null;

  for (const block of blocks) {
    const { text } = block;
    const firstMark = text.search(/\S/u);
    const opensWithMark = firstMark >= 0 && doubleMarkRole(text, firstMark) === 'open';
    // A long quote goes on only if this paragraph opens with a mark again; otherwise it ended
    // with the previous paragraph (the writer left the closing mark out).
    if (carried && !(opensWithMark && block.kind === 'paragraph')) {
      quotes.push({ ...carried, unbalanced: false });
      carried = null;
    }

    const doubles: FoundQuote[] = [];
    let open: number | null = null;
    for (let index = 0; index < text.length; index++) {
      const role = doubleMarkRole(text, index);
      if (!role) continue;
      if (open === null && (role === 'open' || role === 'either')) {
        open = index;
      } else if (open !== null && (role === 'close' || role === 'either')) {
        const part = { block: block.id, start: open, end: index + 1 };
        const words = text.slice(open + 1, index);
        if (carried) {
          doubles.push({ parts: [...carried.parts, part], words: [...carried.words, words], unbalanced: false });
          carried = null;
        } else {
          doubles.push({ parts: [part], words: [words], unbalanced: false });
        }
        open = null;
      } else if (open === null && role === 'close' && doubles.length === 0 && !carried) {
        // A closing mark with nothing open before it in its paragraph: the quote began with the
        // paragraph (a speaker's words continued from earlier paragraphs).
        const start = Math.max(firstMark, 0);
        doubles.push({
          parts: [{ block: block.id, start, end: index + 1 }],
          words: [text.slice(start, index)],
          unbalanced: true,
        });
      }
      // Any other mark (a second opening mark inside an open quote, a stray closing mark) is
      // kept as part of the text rather than guessed at.
    }
    if (open !== null) {
      const part = { block: block.id, start: open, end: text.length };
      const words = text.slice(open + 1);
      carried = carried
        ? { parts: [...carried.parts, part], words: [...carried.words, words] }
        : { parts: [part], words: [words] };
    }

    quotes.push(...doubles, ...singleQuotesOutside(block, doubles, carried));
  }
  if (carried) quotes.push({ ...carried, unbalanced: false });
  return quotes.sort(compareQuotes(blocks));
}

/** Quotes in single marks that are not inside a double-quoted span (those stay in its text). */
function singleQuotesOutside(block: BodyBlock, doubles: FoundQuote[], carried: { parts: TextSpan[] } | null): FoundQuote[] {
  const covered: Range[] = doubles.flatMap((quote) =>
    quote.parts.filter((p) => p.block === block.id).map((p) => [p.start, p.end] as const),
  );
  const lastCarried = carried?.parts.at(-1);
  if (lastCarried?.block === block.id) covered.push([lastCarried.start, lastCarried.end]);
  const { text } = block;
  const found: FoundQuote[] = [];
  let open: number | null = null;
  // Jump over covered ranges in one step, so the scan stays linear in the paragraph's length.
  const sortedCovered = [...covered].sort((a, b) => a[0] - b[0]);
  let nextCovered = 0;
  for (let index = 0; index < text.length; index++) {
    while (nextCovered < sortedCovered.length && sortedCovered[nextCovered]![1] <= index) nextCovered++;
    const range = sortedCovered[nextCovered];
    if (range && index >= range[0]) {
      open = null;
      index = range[1] - 1;
      continue;
    }
    const role = singleMarkRole(text, index);
    if (role === 'open' && open === null) open = index;
    else if (role === 'close' && open !== null) {
      found.push({
        parts: [{ block: block.id, start: open, end: index + 1 }],
        words: [text.slice(open + 1, index)],
        unbalanced: false,
      });
      open = null;
    }
  }
  return found;
}

function compareQuotes(blocks: BodyBlock[]) {
  const order = new Map(blocks.map((block, index) => [block.id, index]));
  return (a: FoundQuote, b: FoundQuote) =>
    order.get(a.parts[0]!.block)! - order.get(b.parts[0]!.block)! || a.parts[0]!.start - b.parts[0]!.start;
}

// ---------------------------------------------------------------------------------------------
// What kind of quote

/** Short words a title may keep in lower case ("Meet the Press with Kristen Welker"). */
const TITLE_SMALL_WORDS = new Set([
  'a',
  'an',
  'the',
  'and',
  'or',
  'nor',
  'but',
  'of',
  'with',
  'in',
  'on',
  'for',
  'to',
  'at',
  'by',
  'from',
  'as',
  'vs',
]);

/** Quoted words this long are someone's statement even inside the reporter's sentence. */
const STATEMENT_MIN_WORDS = 9;

function classifyQuote(quote: FoundQuote, blocks: BodyBlock[], quoted: Map<string, Range[]>): QuoteKind {
  // Quotes running over paragraphs, or picking up a speaker's words at a paragraph's start, are speech.
  if (quote.parts.length > 1 || quote.unbalanced) return 'statement';
  const part = quote.parts[0]!;
  const words = quote.words[0]!;
  const block = blocks.find((b) => b.id === part.block)!;
  const ranges = quoted.get(block.id) ?? [];

  // A programme or document name: every word capitalised but the small ones, and no punctuation.
  if (isTitleCase(words)) return 'title';

  const sentence = sentenceAround(block.text, ranges, part.start, part.end);
  const before = block.text.slice(sentence.start, part.start).trimEnd();
  const startsUpper = /^[\s]*[\p{Lu}\p{N}]/u.test(words);
  // A quoted sentence: it opens the reporter's sentence or follows "said," / a colon, capitalised.
  const quotedSentence = startsUpper && (before === '' || /[,:\u2014\u2013]$/u.test(before));
  // Two sentences inside the marks are more than a few words.
  const severalSentences = /[.!?…]["”’']?\s+[\p{Lu}“"‘]/u.test(words.trim());
  if (quotedSentence || severalSentences || wordCount(words) >= STATEMENT_MIN_WORDS) return 'statement';

  // A few words: someone's words when the sentence (or the next one, where reporters often put
  // "he said") reports speech; otherwise the marks only keep the words at a distance.
  const next = sentenceAround(block.text, ranges, sentence.end, sentence.end);
  const reportsSpeech = (range: { start: number; end: number }) =>
    findSpeechCues(block.text, ranges).some((cue) => cue.start >= range.start && cue.end <= range.end);
  if (reportsSpeech(sentence) || (next.end > sentence.end && reportsSpeech(next))) return 'fragment';
  return 'scare';
}

function isTitleCase(words: string): boolean {
  const trimmed = words.trim();
  if (/[.,;:!?…"“”]/u.test(trimmed)) return false;
  const tokens = trimmed.split(/\s+/u);
  if (tokens.length < 2 || !/^[\p{Lu}\p{N}]/u.test(tokens[0]!)) return false;
  const capitalised = tokens.filter((token) => /^[\p{Lu}\p{N}]/u.test(token));
  return capitalised.length >= 2 && tokens.every((token) => TITLE_SMALL_WORDS.has(token) || /^[\p{Lu}\p{N}]/u.test(token));
}

/** Words in a quote; ellipses and dashes separate words but are not words. */
export function wordCount(words: string): number {
  return words.split(/[\s…\u2014\u2013]+|\.\.\./u).filter((token) => LETTER_OR_DIGIT.test(token)).length;
}
