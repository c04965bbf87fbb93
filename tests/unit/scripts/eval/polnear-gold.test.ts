import { describe, expect, test } from 'vitest';
import { readBrat } from '../../../../scripts/eval/brat.ts';
import { appositiveName, polnearGoldQuotes, pronounReferent, quotedSegments } from '../../../../scripts/eval/polnear-gold.ts';

// Hand-made fixtures only: no PolNeAR text is copied into the project.

/** The quoted segments of one Content range, as text. */
function segmentsOf(text: string, from = 0, to = text.length): string[] {
  return quotedSegments(text, [[from, to]]).map((segment) =>
    segment.ranges.map(([start, end]) => text.slice(start, end)).join(' | '),
  );
}

describe('quotedSegments: gold quotes from Content spans', () => {
  test.each<[string, string, string[]]>([
    ['two quoted segments in one Content', '“We will win,” the mayor said. “And soon.”', ['We will win,', 'And soon.']],
    ['straight marks', 'He called it "a mess" and "a disgrace".', ['a mess', 'a disgrace']],
    ['a quote nested inside another stays inside it', '"She asked: “Why now?” and left."', ['She asked: “Why now?” and left.']],
    [
      'a quote running on into the next paragraph is one segment',
      '“First paragraph.\n“Second paragraph.”',
      ['First paragraph. | Second paragraph.'],
    ],
    ['a closing mark with no opening one closes from the Content start', 'unfit” to serve', ['unfit']],
    ['an opening mark never closed runs to the Content end', 'he said “we are done', ['we are done']],
  ])('%s', (_name, text, expected) => {
    expect(segmentsOf(text)).toEqual(expected);
  });

  test('a segment spanning two Content fragments has one range per fragment', () => {
    const text = '“Taxes will rise,” Lee said, “and soon.”';
    //            0         1         2         3
    const segments = quotedSegments(text, [
      [0, 18],
      [28, text.length],
    ]);
    expect(segments.map((s) => s.ranges.map(([a, b]) => text.slice(a, b)))).toEqual([['Taxes will rise,'], ['and soon.']]);
  });
});

describe('pronoun Sources', () => {
  // A made-up article: offsets are computed from the text, so the fixture stays readable.
  const text = [
    'Title line',
    'Senator Jane Roe said the plan was late. The campaign said it was fine.',
    '“It is late,” she said. Officials said costs rose. “We need money,” they said.',
  ].join('\n');
  const at = (words: string, from = 0) => {
    const start = text.indexOf(words, from);
    return `${start} ${start + words.length}`;
  };
  const second = text.indexOf('\n', 12);
  const ann = [
    `T1\tSource ${at('Senator Jane Roe')}\tSenator Jane Roe`,
    `T2\tSource ${at('The campaign')}\tThe campaign`,
    `T3\tSource ${at('she', second)}\tshe`,
    `T4\tContent ${at('“It is late,”')}\t“It is late,”`,
    `T5\tCue ${at('said', text.indexOf('she'))}\tsaid`,
    `E1\tAttribution:T5 Content:T4 Source:T3`,
    `T6\tSource ${at('Officials')}\tOfficials`,
    `T7\tSource ${at('they')}\tthey`,
    `T8\tContent ${at('“We need money,”')}\t“We need money,”`,
    `E2\tAttribution:T5 Content:T8 Source:T7`,
  ].join('\n');
  const document = readBrat(ann);
  const sources = [...document.spans.values()].filter((span) => span.type === 'Source');

  test('“she” refers to the nearest earlier Source that looks like a name, not to “The campaign”', () => {
    expect(pronounReferent(text, sources, document.spans.get('T3')!)?.id).toBe('T1');
  });

  test('“they” refers to the nearest earlier Source of any kind', () => {
    expect(pronounReferent(text, sources, document.spans.get('T7')!)?.id).toBe('T6');
  });

  test('a quote with a pronoun Source carries the referent and the pronoun', () => {
    const { quotes } = polnearGoldQuotes(text, document);
    expect(quotes.map((quote) => [quote.text, quote.source])).toEqual([
      ['It is late,', { text: 'Senator Jane Roe', pronoun: 'she' }],
      ['We need money,', { text: 'Officials', pronoun: 'they' }],
    ]);
  });

  test('the counts give the pronoun quotes', () => {
    expect(polnearGoldQuotes(text, document).counts.pronounQuotes).toBe(2);
  });
});

describe('a PolNeAR Source that gives a name in apposition', () => {
  test.each([
    ['Her campaign manager, Robby Mook,', 'Robby Mook'],
    ['Florida’s Republican attorney general, Pam Bondi,', 'Pam Bondi'],
    ['the source', null],
    ['Trump, who spoke Monday', null],
  ])('%s → %s', (source, name) => {
    expect(appositiveName(source)).toBe(name);
  });
});
