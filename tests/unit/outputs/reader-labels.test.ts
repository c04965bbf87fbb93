/** The words readers see for the analysis' terms (src/outputs/reader-labels.ts). */
import { describe, expect, test } from 'vitest';
import type { ConfidenceOfQuote } from '../../../src/outputs/speaker-confidence.ts';
import {
  eventSummary,
  FURNITURE_KIND_WORDS,
  furnitureKindWords,
  furnitureSummary,
  GLOSSARY,
  paragraphCount,
  paragraphLabel,
  QUOTE_KIND_WORDS,
  quoteKindTooltip,
  roleDateTooltip,
  publicationDateCaveat,
  roleLabel,
  speakerConfidenceLabel,
  termTooltip,
  undeterminedSourceWords,
  uncertaintyWords,
} from '../../../src/outputs/reader-labels.ts';
import { furnitureKindSchema } from '../../../src/schemas/article.ts';
import { EVENT_KINDS, EVENT_STATUSES } from '../../../src/schemas/event.ts';
import { QUOTE_KINDS } from '../../../src/schemas/quote.ts';

/** The analysis' words that mean nothing to a reader who has not read the methodology. */
const JARGON = /\bfragment\b|\bstatement\b(?!,)|\bscare\b|furniture|secondary|¶|\bcorpus\b|\bdek\b/i;

describe('quote kinds', () => {
  test('every kind has plain words, and none is the analysis’ term', () => {
    expect(Object.keys(QUOTE_KIND_WORDS).sort()).toEqual([...QUOTE_KINDS].sort());
    for (const words of Object.values(QUOTE_KIND_WORDS)) expect(words).not.toMatch(JARGON);
    expect(QUOTE_KIND_WORDS.fragment).toBe('quoted phrase');
  });

  test('the tooltip keeps the precise term for a reader who asks', () => {
    expect(quoteKindTooltip('fragment')).toBe('Fragment (defined on About)');
    expect(quoteKindTooltip('scare')).toBe('Scare quotes (defined on About)');
    expect(quoteKindTooltip('title')).toBeNull();
  });
});

describe('paragraphs', () => {
  test('a block id is a numbered paragraph, not a pilcrow', () => {
    expect(paragraphLabel('p-3')).toBe('paragraph 3');
    expect(paragraphLabel('p-25')).toBe('paragraph 25');
  });

  test('a count of shared paragraphs is in words, singular for one', () => {
    expect([paragraphCount(1), paragraphCount(16)]).toEqual(['1 paragraph', '16 paragraphs']);
  });
});

describe('page text left out of an article', () => {
  test('the summary says what it is, with the count', () => {
    expect(furnitureSummary(34)).toBe('Other text on the saved page, left out (34)');
  });

  test('every kind of furniture has words, and a new kind falls back to its code with spaces', () => {
    expect(Object.keys(FURNITURE_KIND_WORDS).sort()).toEqual([...furnitureKindSchema.options].sort());
    expect(furnitureKindWords('teaser')).toBe('link to another story');
    expect(furnitureKindWords('cookie-banner')).toBe('cookie banner');
  });
});

describe('uncertaintyWords', () => {
  test.each([
    ['date', 'confirmed', null],
    ['date', 'inferred', 'date inferred'],
    ['outlet', 'secondary', 'outlet taken from another site'],
    ['author', 'unknown', 'author unknown'],
  ] as const)('uncertaintyWords(%s, %s) is %j', (field, confidence, words) => {
    expect(uncertaintyWords(field, confidence)).toBe(words);
  });
});

describe('roles', () => {
  const role = { title: 'US president', asOf: '2025-04-18' };

  test('a role says the month it is recorded for, in plain words', () => {
    expect(roleLabel(role)).toBe('US president, as of April 2025');
  });

  test('the day is in the tooltip', () => {
    expect(roleDateTooltip(role)).toBe('Recorded as the role on 18 April 2025');
  });
});

describe('speakerConfidenceLabel', () => {
  const quote = (speakerConfidence: number | null, fields: Partial<ConfidenceOfQuote> = {}): ConfidenceOfQuote => ({
    speaker: { actor: 'marco-rubio' },
    attribution: 'pronoun',
    speakerRule: 'pronoun-to-topic',
    speakerConfidence,
    ...fields,
  });

  test.each([
    [0.999, 'identified automatically, very likely', '1.00'],
    [0.9861, 'identified automatically, very likely', '0.99'],
    [0.9349, 'identified automatically, likely', '0.93'],
    [0.8649, 'identified automatically, less certain', '0.86'],
  ])('a confidence of %s reads “%s”, with %s in the tooltip', (confidence, text, number) => {
    const label = speakerConfidenceLabel(quote(confidence));
    expect(label?.text).toBe(text);
    expect(label?.title).toContain(`Confidence ${number} of 1`);
  });

  test('an editor’s speaker, or none, has no label', () => {
    expect(speakerConfidenceLabel(quote(1, { attribution: 'curated', speakerRule: 'curated' }))).toBeNull();
    expect(speakerConfidenceLabel(quote(null, { speaker: null }))).toBeNull();
  });
});

describe('eventSummary', () => {
  test('an event that took place is its kind alone, never “Statement, took place”', () => {
    expect(eventSummary('statement', 'held')).toBe('A public statement');
    expect(eventSummary('call', 'held')).toBe('A phone call');
  });

  test('any other status follows the kind', () => {
    expect(eventSummary('talks', 'cancelled')).toBe('Talks, called off');
  });

  test('every kind and status gives words', () => {
    for (const kind of EVENT_KINDS) for (const status of EVENT_STATUSES) expect(eventSummary(kind, status)).toMatch(/^[A-Z]/);
  });
});

describe('GLOSSARY', () => {
  test('each entry has a unique id, and plain words that are not the term', () => {
    const ids = GLOSSARY.map((entry) => entry.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const entry of GLOSSARY)
      if (entry.id !== 'inferred') expect(entry.plain.toLowerCase()).not.toBe(entry.term.toLowerCase());
  });

  test('a tooltip is the term and its definition', () => {
    expect(termTooltip('furniture')).toMatch(/^Page furniture: Text that was on the saved web page/);
  });
});

describe('undeterminedSourceWords', () => {
  const text = 'Both Russia and Ukraine have accused each other. Cruz and his aides signaled it. He said so.';
  const at = (words: string) => ({
    block: 'p-1',
    start: text.indexOf(words),
    end: text.indexOf(words) + words.length,
    text: words,
  });
  const blockText = (block: string) => (block === 'p-1' ? text : undefined);
  test('a withheld speaker shows the source as the article writes it', () => {
    expect(undeterminedSourceWords({ speaker: null, source: at('Cruz and his aides') }, blockText)).toBe('Cruz and his aides');
  });
  test('nothing for a named speaker, no source, a bare pronoun, or the last of several', () => {
    expect(
      undeterminedSourceWords({ speaker: { actor: 'x', label: 'X' }, source: at('Cruz and his aides') }, blockText),
    ).toBeNull();
    expect(undeterminedSourceWords({ speaker: null, source: null }, blockText)).toBeNull();
    expect(undeterminedSourceWords({ speaker: null, source: at('He') }, blockText)).toBeNull();
    // "Russia and Ukraine": only the last name was read as the source.
    expect(undeterminedSourceWords({ speaker: null, source: at('Ukraine') }, blockText)).toBeNull();
  });
});

describe('a date counted from an unsure publication date', () => {
  test('says so when the publication date is inferred, and not when it is confirmed or the editor gave it', () => {
    const counted = 'three days ago → 19 August 2025, three days before publication (22 August 2025)';
    expect(publicationDateCaveat(counted, 'inferred')).toBe('publication date inferred');
    expect(publicationDateCaveat(counted, 'confirmed')).toBeNull();
    expect(publicationDateCaveat(counted, 'editor')).toBeNull();
    expect(publicationDateCaveat(counted, 'secondary')).toBe('publication date taken from another site');
    expect(publicationDateCaveat('18 April 2025 → 18 April 2025, as written', 'inferred')).toBeNull();
  });
});
