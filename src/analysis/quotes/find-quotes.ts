/**
 * Finds the quotations in an article body and says what kind each one is.
 *
 * Quotation marks are read the way a careful reader reads them, in every style news text uses
 * (curly and straight, two apostrophes, guillemets, low-high, single marks outside; what each
 * mark does is `quote-marks.ts`'s question): curly and straight marks may be mixed in one pair
 * (“This will not work," he said), an apostrophe is never a quotation mark (it’s, Russians’,
 * ’90s, rock ’n’ roll), quotes inside a quote stay part of its words however deep they nest and
 * whichever marks they use (“Outer ‘inner “deep” quote’ end,” — one quote), a quote in single
 * marks is found as one in double marks is (‘We will not sign,’ she said), a quote whose
 * paragraphs each open with a mark but only the last one closes is one quote (double marks or
 * single), a quote left open ends with its paragraph unless the next one goes on with it, and a
 * closing mark with no opening one closes a quote that began with its paragraph.
 */
import { partitionPoint } from '../../lib/partition-point.ts';
import { isTitleCase, wordCount } from '../../lib/text.ts';
import { TITLE_SMALL_WORDS } from '../lexicon/title-small-words.ts';
import { type QuotedText, quotedTextsByBlock } from '../text/quoted-text.ts';
import type { BodyBlock, ExtractedQuote, QuoteKind, TextSpan } from '../types.ts';
import { doubleMarkAt, inOpeningPosition, mayBeWordFinalApostrophe, type Role, singleMarkRole } from './quote-marks.ts';

// Quotes are measured with the shared word count (src/lib/text.ts); the tests import it from here.
export { wordCount } from '../../lib/text.ts';

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
  const texts = quotedTextsByBlock(blocks, found);
  return found.map((quote) => ({
    parts: quote.parts,
    text: quote.words.join('\n\n'),
    kind: classifyQuote(quote, texts),
  }));
}

// ---------------------------------------------------------------------------------------------
// Finding the marks
//
// A paragraph is read in two passes, each linear in its length. The first reads the double marks
// with a small stack of the ones still open: a double mark met while a quote is open opens a quote
// inside it when it stands where a quote opens (after a space, a dash, a bracket: `“Outer ‘inner
// “deep” quote’ end,”`) and otherwise closes the innermost open one. Everything inside the
// outermost marks is the quote's text, single marks and inner quotes included. The second pass
// reads the single marks outside those quotes, jumping over them, so a quote in single marks may
// hold double-quoted words (‘We will not sign “any” deal,’ she said); apostrophes are told apart
// from single quotation marks by their neighbours.

/** Kinds of block a quote may run on through, paragraph after paragraph of the same kind. */
const RUNS_ON_THROUGH = new Set<BodyBlock['kind']>(['paragraph', 'quote']);

/** Whether a quote left open at the end of `block` goes on in `next`: it opens with a mark again, in a block of the same kind. */
function runsOnInto(block: BodyBlock, next: BodyBlock | undefined): boolean {
  if (!next || next.kind !== block.kind || !RUNS_ON_THROUGH.has(block.kind)) return false;
  const firstMark = next.text.search(/\S/u);
  const role = firstMark >= 0 ? doubleMarkAt(next.text, firstMark)?.role : undefined;
  // A mark that could do either opens when it starts the paragraph: there is nothing before it to close (" 'Every …).
  return role === 'open' || (role === 'either' && firstMark === 0);
}

/** Whether a quote in single marks left open at the end of `block` goes on in `next`, which opens with a single mark. */
function runsOnInSingleMarks(block: BodyBlock, next: BodyBlock | undefined): boolean {
  if (!next || next.kind !== block.kind || !RUNS_ON_THROUGH.has(block.kind)) return false;
  const firstMark = next.text.search(/\S/u);
  return firstMark >= 0 && singleMarkRole(next.text, firstMark) === 'open';
}

/**
 * The quotes of the whole body. A quote whose paragraph ends before its closing mark goes on into
 * the next block only when that block is a paragraph of the same kind (body or blockquote) that
 * opens with a mark again (a long quote, news style); otherwise it ends with its paragraph (the
 * writer left the closing mark out). It never runs into a heading or a list item.
 */
function findQuotes(blocks: BodyBlock[]): FoundQuote[] {
  const quotes: FoundQuote[] = [];
  /** A quote still open at the end of the previous block, which goes on in this one. */
  let carried: { parts: TextSpan[]; words: string[] } | null = null;
  /** The same for a quote in single marks (British style: ‘… / ‘…,’ she said.). */
  let carriedSingle: { parts: TextSpan[]; words: string[] } | null = null;

  for (const [position, block] of blocks.entries()) {
    const runsOn = runsOnInto(block, blocks[position + 1]);
    let scan = scanDoubleMarks(block, carried !== null, Infinity);
    // Read as nested, the marks leave a quote open that does not go on: read that quote again
    // flat, its opening mark closed by the next closing one (a stray opening mark inside it).
    if (scan.open !== null && scan.nestedDepth > 1 && !runsOn) scan = scanDoubleMarks(block, carried !== null, scan.open);

    const doubles = scan.found;
    if (carried && doubles[0] && !doubles[0].unbalanced) {
      const [first] = doubles;
      doubles[0] = { parts: [...carried.parts, ...first.parts], words: [...carried.words, ...first.words], unbalanced: false };
      carried = null;
    }
    let openPart: TextSpan | null = null;
    if (scan.open !== null) {
      openPart = { block: block.id, start: scan.open, end: block.text.length };
      const words = block.text.slice(scan.open + (doubleMarkAt(block.text, scan.open)?.length ?? 1));
      carried = carried
        ? { parts: [...carried.parts, openPart], words: [...carried.words, words] }
        : { parts: [openPart], words: [words] };
    }
    if (carried && !runsOn) {
      doubles.push({ ...carried, unbalanced: false });
      carried = null;
    }

    const singles = singleQuotesOutside(block, doubles, openPart);
    const singlesFound = singles.found;
    const firstMark = block.text.search(/\S/u);
    if (carriedSingle) {
      // The quote in single marks goes on here: it closes in this paragraph or stays open.
      const first = singlesFound[0];
      if (first && first.parts[0]!.start === firstMark) {
        singlesFound[0] = {
          parts: [...carriedSingle.parts, ...first.parts],
          words: [...carriedSingle.words, ...first.words],
          unbalanced: false,
        };
        carriedSingle = null;
      } else if (singles.open !== firstMark) {
        quotes.push({ ...carriedSingle, unbalanced: false });
        carriedSingle = null;
      }
    }
    if (singles.open !== null && singles.open === firstMark) {
      // A paragraph that opens with a single mark never closed: the quote ends with it, or runs on.
      const part = { block: block.id, start: firstMark, end: block.text.length };
      const words = block.text.slice(firstMark + 1);
      carriedSingle ??= { parts: [], words: [] };
      carriedSingle.parts.push(part); // in place: a long run of paragraphs stays linear
      carriedSingle.words.push(words);
      if (!runsOnInSingleMarks(block, blocks[position + 1])) {
        singlesFound.push({ ...carriedSingle, unbalanced: false });
        carriedSingle = null;
      }
    }
    quotes.push(...doubles.filter((quote) => !singles.absorbed.has(quote)), ...singlesFound);
  }
  return quotes.sort(compareQuotes(blocks));
}

/**
 * The double-quoted spans of one block. Before `flatFrom` marks inside a quote are read nested,
 * as opening an inner quote or closing the innermost one (a stack of open marks); from `flatFrom`
 * on they are read flat: an opening mark inside a quote is kept as text and the next closing
 * mark closes the quote.
 *
 * Returns the closed quotes, the offset of the opening mark of a quote left open at the block's
 * end (or null), and how deep that quote's marks were nested at most.
 */
function scanDoubleMarks(
  block: BodyBlock,
  continuing: boolean,
  flatFrom: number,
): { found: FoundQuote[]; open: number | null; nestedDepth: number } {
  const { text } = block;
  const found: FoundQuote[] = [];
  const firstMark = text.search(/\S/u);
  /** Offsets of the open marks, outermost first. */
  const stack: number[] = [];
  /** Deepest the stack went since the outermost mark opened. */
  let deepest = 0;
  for (let index = 0; index < text.length; index++) {
    const mark = doubleMarkAt(text, index);
    if (!mark) continue;
    const { role, length } = mark;
    index += length - 1; // past the second apostrophe of ''
    const markStart = index + 1 - length;
    if (stack.length === 0) {
      if (role === 'open' || role === 'either') {
        stack.push(markStart);
        deepest = 1;
      } else if (found.length === 0 && !continuing && !isInchMark(text, markStart, length)) {
        // A closing mark with nothing open before it in its paragraph: the quote began with the
        // paragraph (a speaker's words continued from earlier paragraphs).
        const start = Math.max(firstMark, 0);
        found.push({
          parts: [{ block: block.id, start, end: index + 1 }],
          words: [text.slice(start, markStart)],
          unbalanced: true,
        });
      }
      // Any other closing mark with nothing open is a stray one, kept as part of the text.
      continue;
    }
    if (markStart >= flatFrom) {
      // Flat: a second opening mark inside a quote is kept as part of its text.
      if (role === 'open') continue;
    } else if (role === 'open' && inOpeningPosition(text, markStart)) {
      stack.push(markStart);
      deepest = Math.max(deepest, stack.length);
      continue;
    }
    const opening = stack.pop()!;
    if (stack.length === 0) {
      found.push({
        parts: [{ block: block.id, start: opening, end: index + 1 }],
        words: [text.slice(opening + (doubleMarkAt(text, opening)?.length ?? 1), markStart)],
        unbalanced: false,
      });
    }
  }
  return { found, open: stack[0] ?? null, nestedDepth: stack.length === 0 ? 0 : deepest };
}

/** Two apostrophes after a number with nothing open are inches (a 6'' pipe), not a closing mark. */
function isInchMark(text: string, markStart: number, length: number): boolean {
  return length === 2 && /\d/.test(text[markStart - 1] ?? '');
}

/**
 * Quotes in single marks that are not inside a double-quoted span (those stay in its text). A
 * double-quoted span inside a quote in single marks is part of it (`absorbed`), so British quotes
 * keep their inner quotes; a quote that runs over paragraphs or started with its paragraph ends
 * any single mark open before it. `open`: the opening mark of a quote in single marks left open
 * at the block's end (or null).
 */
function singleQuotesOutside(
  block: BodyBlock,
  doubles: FoundQuote[],
  openPart: TextSpan | null,
): { found: FoundQuote[]; absorbed: Set<FoundQuote>; open: number | null } {
  type Event = { at: number; role: Role } | { at: number; quote: FoundQuote | null; end: number };
  const spans: Array<{ start: number; end: number; quote: FoundQuote | null }> = [];
  for (const quote of doubles) {
    for (const part of quote.parts) {
      if (part.block === block.id)
        spans.push({ start: part.start, end: part.end, quote: quote.parts.length === 1 && !quote.unbalanced ? quote : null });
    }
  }
  if (openPart && !spans.some((span) => span.start === openPart.start)) spans.push({ ...openPart, quote: null });
  spans.sort((a, b) => a.start - b.start);

  // The single marks and double-quoted spans in order, jumping over each span in one step.
  const { text } = block;
  const events: Event[] = [];
  let nextSpan = 0;
  /** Whether a low single mark (‚) opened before: only then may ‘ close (German ‚…‘). */
  let lowSingleSeen = false;
  for (let index = 0; index < text.length; index++) {
    while (nextSpan < spans.length && spans[nextSpan]!.end <= index) nextSpan++;
    const span = spans[nextSpan];
    if (span && index >= span.start) {
      events.push({ at: span.start, quote: span.quote, end: span.end });
      index = span.end - 1;
      continue;
    }
    const role = singleMarkRole(text, index);
    if (role === 'close' && text[index] === '‘' && !lowSingleSeen) continue;
    if (role === 'open' && text[index] === '‚') lowSingleSeen = true;
    if (role === 'open' || role === 'close') events.push({ at: index, role });
  }

  // Whether a closing mark comes after each event before any opening one, to read ahead from a
  // plural possessive or a dropped g (‘It’s the Russians’ call,’ she said; ‘Lyin’ Ted’).
  const closeAhead: boolean[] = new Array(events.length);
  let seenClose = false;
  for (let k = events.length - 1; k >= 0; k--) {
    closeAhead[k] = seenClose;
    const event = events[k]!;
    if ('role' in event) seenClose = event.role === 'close';
  }

  const found: FoundQuote[] = [];
  const absorbed = new Set<FoundQuote>();
  let open: number | null = null;
  /** Curly single quotes opened inside the open one and not closed yet (‘They said ‘no deal’ again,’). */
  let depth = 0;
  let inside: FoundQuote[] = [];
  events.forEach((event, k) => {
    if (!('role' in event)) {
      if (open === null) return;
      if (event.quote) inside.push(event.quote);
      else open = null;
      return;
    }
    if (event.role === 'open') {
      // A second opening mark: an earlier ’ or ' that never closed was an apostrophe ('til, ’em);
      // inside a quote opened by ‘ or ‚ it is kept as part of the text, and a curly one opens a
      // quote inside it.
      if (open === null || !OPENS_ONLY.has(text[open]!)) {
        open = event.at;
        depth = 0;
        inside = [];
      } else if (OPENS_ONLY.has(text[event.at]!)) depth++;
      return;
    }
    if (open === null) return; // a closing mark with nothing open: an apostrophe (Russians’)
    if (text[event.at] === '‘' && text[open] !== '‚') return; // ‘ closes only ‚
    if (mayBeWordFinalApostrophe(text, event.at) && closeAhead[k]) return;
    if (depth > 0) {
      depth--;
      return;
    }
    found.push({
      parts: [{ block: block.id, start: open, end: event.at + 1 }],
      words: [text.slice(open + 1, event.at)],
      unbalanced: false,
    });
    for (const quote of inside) absorbed.add(quote);
    open = null;
    inside = [];
  });
  return { found, absorbed, open };
}

function compareQuotes(blocks: BodyBlock[]) {
  const order = new Map(blocks.map((block, index) => [block.id, index]));
  return (a: FoundQuote, b: FoundQuote) =>
    order.get(a.parts[0]!.block)! - order.get(b.parts[0]!.block)! || a.parts[0]!.start - b.parts[0]!.start;
}

/** Single marks that only open a quote, so that a quote they open may hold another. */
const OPENS_ONLY = new Set(['‘', '‚']);

// ---------------------------------------------------------------------------------------------
// What kind of quote

/** Short words a title may keep in lower case ("Meet the Press with Kristen Welker"). */
const SMALL_WORDS = new Set(TITLE_SMALL_WORDS);

/** Quoted words this long are someone's statement even inside the reporter's sentence. */
const STATEMENT_MIN_WORDS = 9;

function classifyQuote(quote: FoundQuote, texts: ReadonlyMap<string, QuotedText>): QuoteKind {
  // Quotes running over paragraphs, or picking up a speaker's words at a paragraph's start, are speech.
  if (quote.parts.length > 1 || quote.unbalanced) return 'statement';
  const part = quote.parts[0]!;
  const words = quote.words[0]!;
  const block = texts.get(part.block)!;

  // A programme or document name: every word capitalised but the small ones, and no punctuation.
  if (isTitleCase(words, SMALL_WORDS)) return 'title';

  const sentence = block.sentenceAround(part.start, part.end);
  const before = block.text.slice(sentence.start, part.start).trimEnd();
  // Inner marks may open the words (“‘Sir, we are done,’ he told me,” she said).
  const startsUpper = /^[\s"'‘“„‚«»]*[\p{Lu}\p{N}]/u.test(words);
  // A quoted sentence: it opens the reporter's sentence or follows "said," / a colon, capitalised.
  const quotedSentence = startsUpper && (before === '' || /[,:\u2014\u2013]$/u.test(before));
  // Two sentences inside the marks are more than a few words.
  const severalSentences = /[.!?…]["”’'“«»]?\s+[\p{Lu}“"‘'„‚«»]/u.test(words.trim());
  if (quotedSentence || severalSentences || wordCount(words) >= STATEMENT_MIN_WORDS) return 'statement';

  // A few words: someone's words when the sentence (or the next one, where reporters often put
  // "he said") reports speech; otherwise the marks only keep the words at a distance.
  const next = block.sentenceAround(sentence.end, sentence.end);
  const cues = block.speechCues();
  const reportsSpeech = (range: { start: number; end: number }) => {
    // Cues are in order: look only at those starting inside the range, not at the whole paragraph's.
    for (let k = firstCueFrom(cues, range.start); k < cues.length && cues[k]!.start < range.end; k++) {
      if (cues[k]!.end <= range.end) return true;
    }
    return false;
  };
  if (reportsSpeech(sentence) || (next.end > sentence.end && reportsSpeech(next))) return 'fragment';
  return 'scare';
}

/** Index of the first cue starting at or after `offset` (cues sorted by start). */
function firstCueFrom(cues: readonly { start: number }[], offset: number): number {
  return partitionPoint(cues.length, (index) => cues[index]!.start >= offset);
}
