/**
 * Quote extraction (src/analysis/quotes/find-quotes.ts). The case tables are in
 * tests/fixtures/analysis/quotes/, most of them taken from the five articles; one table per
 * quotation style news text uses besides curly and straight double marks.
 */
import { describe, expect, test } from 'vitest';
import { extractQuotes, wordCount } from '../../../../src/analysis/quotes/find-quotes.ts';
import type { QuoteKind } from '../../../../src/analysis/types.ts';
import { type KindedText, kindedBlocks, paragraphBlocks } from '../../../helpers/body-blocks.ts';
import { millisecondsOf } from '../../../helpers/elapsed-time.ts';
import { readNamedCases } from '../../../helpers/fixture-cases.ts';

/** Paragraphs and the quotes expected in them, in order. */
interface ParagraphsCase {
  name: string;
  paragraphs: string[];
  quotes: Array<{ text: string; kind: QuoteKind }>;
}

/** Paragraphs in one quotation style and the quotes expected in them, each with its parts written `p-1:0-22`. */
interface StyleCase {
  name: string;
  paragraphs: string[];
  quotes: Array<{ text: string; kind: QuoteKind; parts: string }>;
}

/** Blocks of several kinds and the quotes expected over them, each part written `p-2:0-16` (block, start, end). */
interface BlocksCase {
  name: string;
  blocks: KindedText[];
  quotes: Array<{ text: string; parts: string }>;
}

/** The quotes of some paragraphs as their text and kind, in order. */
function quotesIn(paragraphs: string[]): ParagraphsCase['quotes'] {
  return extractQuotes(paragraphBlocks(...paragraphs)).map(({ text, kind }) => ({ text, kind }));
}

/** The quotes of some paragraphs as their text, kind and parts. */
function quotesWithParts(paragraphs: string[]): StyleCase['quotes'] {
  return extractQuotes(paragraphBlocks(...paragraphs)).map((quote) => ({
    text: quote.text,
    kind: quote.kind,
    parts: quote.parts.map((part) => `${part.block}:${part.start}-${part.end}`).join(' '),
  }));
}

/** The quotes of some blocks as their text and parts. */
function quotesOver(blocks: KindedText[]): BlocksCase['quotes'] {
  return extractQuotes(kindedBlocks(blocks)).map((quote) => ({
    text: quote.text,
    parts: quote.parts.map((part) => `${part.block}:${part.start}-${part.end}`).join(' '),
  }));
}

/** Tables of quotes by text and kind, each a YAML file in tests/fixtures/analysis/quotes/. */
const TABLES = ['in-the-articles', 'edge-cases', 'quotes-inside-quotes'];
/** One table per quotation style; these also pin each quote's parts, since a new mark must not shift a span. */
const STYLE_TABLES = ['two-apostrophes', 'guillemets', 'low-high-marks', 'single-marks-outside'];

describe.each([
  ...TABLES.map((table) => [table, quotesIn] as const),
  ...STYLE_TABLES.map((table) => [table, quotesWithParts] as const),
])('%s.yaml', (table, read) => {
  test.each(readNamedCases<ParagraphsCase | StyleCase>(`analysis/quotes/${table}.yaml`))(
    '%s',
    (_name, { paragraphs, quotes }) => {
      expect((read as (paragraphs: string[]) => unknown)(paragraphs)).toEqual(quotes);
    },
  );
});

describe('edge cases', () => {
  test('a quote running over two paragraphs is one quote with two parts', () => {
    const first = '“The first part of a long answer ends here without a closing mark.';
    const second = '“The second part closes it,” the minister said.';
    const [quote, ...rest] = extractQuotes(paragraphBlocks(first, second));
    expect(rest).toEqual([]);
    expect(quote).toEqual({
      parts: [
        { block: 'p-1', start: 0, end: first.length },
        { block: 'p-2', start: 0, end: second.indexOf('”') + 1 },
      ],
      text: 'The first part of a long answer ends here without a closing mark.\n\nThe second part closes it,',
      kind: 'statement',
    });
  });

  test('spans include the marks; an unbalanced quote starts at its paragraph', () => {
    const text = 'Of course, it is also quite possible that both sides will remain intransigent."';
    const inner = '“It was a compelling meeting,” Witkoff said.';
    expect(extractQuotes(paragraphBlocks(text, inner)).map((quote) => quote.parts)).toEqual([
      [{ block: 'p-1', start: 0, end: text.length }],
      [{ block: 'p-2', start: 0, end: inner.indexOf('”') + 1 }],
    ]);
  });
});

describe('quotes over several blocks', () => {
  test.each(readNamedCases<BlocksCase>('analysis/quotes/over-several-blocks.yaml'))('%s', (_name, { blocks, quotes }) => {
    expect(quotesOver(blocks)).toEqual(quotes);
  });
});

describe('long paragraphs', () => {
  test.each([
    ['nested quotes', '“Outer ‘inner “deep” quote’ end,” Lavrov said. '],
    ['British quotes holding double ones', '‘We will not sign “any” deal,’ she said. '],
    ['opening marks that never close', '“a ‘b '],
    ['apostrophes and elisions', "it's the Russians' 'til ’90s rock ’n’ roll Lyin’ "],
    ['plural possessives inside single marks', '‘the Russians’ call ’em '],
    ['two apostrophes, three and four', "''a,'' b. '''c,' d,'' e'''' "],
    ['guillemets and low-high marks', '«a» »b« „c“ ‚d‘ « e » '],
    ['single marks left open', '‘a ‘b ‚c ’d '],
  ])('the scan stays linear: %s', (_name, unit) => {
    const time = (repeats: number) => {
      const text = unit.repeat(repeats);
      return millisecondsOf(() => extractQuotes(paragraphBlocks(text)));
    };
    time(100); // warm up
    // 2,000 repetitions make paragraphs of 12,000 to 100,000 characters, with up to 2,000 quotes;
    // a scan quadratic in their length would take minutes.
    expect(time(2000)).toBeLessThan(2000);
  });
});

test('a quote in single marks running over many paragraphs is found in linear time', () => {
  const paragraphs = Array.from({ length: 5000 }, () => '‘We have asked for talks every week since March.');
  // One quote of 5,001 parts (single-marks-outside.yaml checks the parts); copying them at each paragraph would be quadratic.
  expect(millisecondsOf(() => extractQuotes(paragraphBlocks(...paragraphs, '‘Nobody has answered,’ she said.')))).toBeLessThan(
    2000,
  );
});

describe('helpers', () => {
  // find-quotes.ts re-exports the word count of src/lib/text.ts, which its kinds are decided by.
  const counts: Record<string, number> = {
    'some things … even in the past 24 hours': 8,
    'wants to make a deal for me…as crazy as it sounds.': 12,
    'So if they’re serious about peace – either side, or both – we want to help.': 14,
  };
  test.each(Object.entries(counts))('wordCount(%j) is %i', (words, count) => {
    expect(wordCount(words)).toBe(count);
  });
});

describe('titles keep the comma or full stop American style puts inside the marks', () => {
  test.each([
    ['Biden told “60 Minutes.”', '60 Minutes.'],
    ['He spoke to “Meet the Press,” the NBC show.', 'Meet the Press,'],
  ])('%s', (paragraph, words) => {
    expect(quotesIn([paragraph])[0]).toEqual({ text: words, kind: 'title' });
  });
});
