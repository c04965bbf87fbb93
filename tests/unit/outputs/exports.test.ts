/** The `data/quotes.json` rows and `data/quotes.csv` columns (src/outputs/exports.ts): the speaker's rule and confidence. */
import { describe, expect, test } from 'vitest';
import type { CorpusQuote } from '../../../src/corpus/index.ts';
import { toCsv } from '../../../src/outputs/csv.ts';
import { QUOTE_COLUMNS, quoteExport } from '../../../src/outputs/exports.ts';
import { parseCsv } from '../../helpers/csv.ts';

/** A quote as the corpus index gives it, with only what the export reads (and the model's two fields). */
function corpusQuote(fields: Record<string, unknown>): CorpusQuote {
  return {
    id: 'q-1',
    text: 'We are not going anywhere.',
    kind: 'statement',
    parts: [{ block: 'p-3', start: 0, end: 28 }],
    speaker: { actor: 'marco-rubio', label: 'Rubio' },
    attribution: 'explicit',
    automatic: null,
    article: { slug: 'talks-resume' },
    event: null,
    speakerRule: 'name-after-quote',
    speakerConfidence: 0.8649,
    ...fields,
  } as unknown as CorpusQuote;
}

describe('quoteExport: the speaker’s rule and confidence', () => {
  test('a machine attribution gives its rule and its confidence rounded to two decimals', () => {
    const row = quoteExport(corpusQuote({}));
    expect([row.speakerRule, row.speakerConfidence]).toEqual(['name-after-quote', 0.86]);
  });

  test('an editor’s attribution gives the rule “curated” and a confidence of 1', () => {
    const row = quoteExport(corpusQuote({ attribution: 'curated', speakerRule: 'curated', speakerConfidence: 1 }));
    expect([row.speakerRule, row.speakerConfidence]).toEqual(['curated', 1]);
  });

  test('a quote with no speaker gives null for both', () => {
    const row = quoteExport(corpusQuote({ speaker: null, attribution: null, speakerRule: null, speakerConfidence: null }));
    expect([row.speakerRule, row.speakerConfidence]).toEqual([null, null]);
  });

  test('every column of the CSV is a key of the JSON row, the two new ones last', () => {
    expect(Object.keys(quoteExport(corpusQuote({}))).sort()).toEqual([...QUOTE_COLUMNS].sort());
    expect(QUOTE_COLUMNS.slice(-2)).toEqual(['speakerRule', 'speakerConfidence']);
  });

  test('in the CSV, the confidence is the number and no speaker is an empty cell', () => {
    const rows = [corpusQuote({}), corpusQuote({ id: 'q-2', speaker: null, speakerRule: null, speakerConfidence: null })].map(
      quoteExport,
    );
    const [, first, second] = parseCsv(toCsv(rows, QUOTE_COLUMNS));
    expect([first!.slice(-2), second!.slice(-2)]).toEqual([
      ['name-after-quote', '0.86'],
      ['', ''],
    ]);
  });
});

describe('quoteExport: the address', () => {
  test('a quote’s url is its anchor in its article, not a page of its own', () => {
    expect(quoteExport(corpusQuote({ id: 'c074eeda39' })).url).toBe('/articles/talks-resume/#q-c074eeda39');
  });
});
