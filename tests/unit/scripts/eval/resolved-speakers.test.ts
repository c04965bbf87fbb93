import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { load } from 'js-yaml';
import { describe, expect, test } from 'vitest';
import {
  readResolvedSpeakers,
  resolvedSurname,
  speakerMatchesResolved,
  type ResolvedOutcome,
  type ResolvedQuote,
} from '../../../../scripts/eval/resolved-speakers.ts';

// A made-up article in PolNeAR's layout: no PolNeAR text is copied into the project.
const FIXTURE = fileURLToPath(new URL('../../../fixtures/eval/resolved', import.meta.url));

/** One row of tests/fixtures/eval/resolved-speaker-matches.yaml. */
interface MatchCase {
  name: string;
  gold: { status: ResolvedQuote['status']; speaker: string | null };
  system: { label: string | null; unnamed: boolean };
  outcome: ResolvedOutcome;
}

const MATCH_CASES = load(
  readFileSync(new URL('../../../fixtures/eval/resolved-speaker-matches.yaml', import.meta.url), 'utf8'),
) as MatchCase[];

/** tests/fixtures/eval/name-parts.yaml: [input, expected] rows for the name and description helpers. */
const NAME_PARTS = load(readFileSync(new URL('../../../fixtures/eval/name-parts.yaml', import.meta.url), 'utf8')) as Record<
  'resolvedSurname',
  Array<[string, string]>
>;

describe('readResolvedSpeakers', () => {
  test('null when the split has no speakers file', () => {
    expect(readResolvedSpeakers(FIXTURE, 'train')).toBeNull();
  });

  test('reads the articles that have a text, with their text and metadata', () => {
    const articles = readResolvedSpeakers(FIXTURE, 'dev') ?? [];
    expect(articles.map(({ name, publisher, published, title }) => ({ name, publisher, published, title }))).toEqual([
      { name: 'made-up_2016-01-02_harbour', publisher: 'nyt', published: '2016-01-02', title: 'Harbour plan draws crowds' },
    ]);
    expect(articles[0]?.text.startsWith('Harbour plan draws crowds\n')).toBe(true);
  });

  test('quotes in text order, offsets into the text, the anon placeholder as no speaker', () => {
    const [article] = readResolvedSpeakers(FIXTURE, 'dev') ?? [];
    expect(article?.quotes.map(({ status, speaker, source }) => [status, speaker, source])).toEqual([
      ['name', 'Mayor Ana Lim', 'Mayor Ana Lim'],
      ['name', 'Ana Lim', 'She'],
      ['anon', null, 'a fisherman'],
      ['unresolved', null, 'he'],
    ]);
    for (const quote of article?.quotes ?? []) expect(article?.text.slice(quote.start, quote.end)).toBe(quote.text);
  });

  test('reported attributions in text order, their content spans into the text, the cue and speaker kept', () => {
    const [article] = readResolvedSpeakers(FIXTURE, 'dev') ?? [];
    expect(article?.reported.map(({ cue, status, speaker }) => [cue, status, speaker])).toEqual([
      ['said', 'name', 'council'],
      ['believes', 'name', 'Ana Lim'],
      ['according to', 'anon', null],
    ]);
    for (const report of article?.reported ?? []) {
      const [start, end] = report.contentSpans[0] ?? [0, 0];
      expect(article?.text.slice(start, end)).toBe(report.content);
    }
  });
});

describe('speakerMatchesResolved', () => {
  test.each(MATCH_CASES)('$name', ({ gold, system, outcome }) => {
    const quote: ResolvedQuote = { text: '…', start: 0, end: 1, status: gold.status, speaker: gold.speaker, source: null };
    expect(speakerMatchesResolved(system.label, system.unnamed, quote)).toBe(outcome);
  });
});

describe('resolvedSurname', () => {
  test.each(NAME_PARTS.resolvedSurname)('%s → %s', (speaker, expected) => {
    expect(resolvedSurname(speaker)).toBe(expected);
  });
});
