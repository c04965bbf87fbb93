/**
 * The provenance box's rows (src/outputs/provenance-facts.ts, laid out by
 * src/components/ProvenanceBox.astro): how each fact is known, in words, "given by the editor"
 * included (issue 25); and the words for the level everywhere else (reader-labels.ts).
 */
import { describe, expect, test } from 'vitest';
import { provenanceFacts, type ProvenanceData } from '../../../src/outputs/provenance-facts.ts';
import { CONFIDENCE_LEVEL_WORDS, GLOSSARY, termTooltip, uncertaintyWords } from '../../../src/outputs/reader-labels.ts';
import { CONFIDENCE_LEVELS } from '../../../src/schemas/confidence.ts';

const DATA: ProvenanceData = {
  headline: { value: 'Talks resume in Geneva', confidence: 'confirmed', note: 'the page’s og:title metadata' },
  outlet: { value: 'The Fixture Times', confidence: 'editor', note: 'the editor gave it when adding the article' },
  published: { value: '2025-05-07', confidence: 'inferred', note: 'the date line' },
  author: { value: null, confidence: 'unknown', note: 'the raw text carries no byline' },
  sourceUrl: {
    value: 'https://news.example.com/geneva',
    confidence: 'editor',
    note: 'the editor gave it in geneva.txt.meta.yaml',
  },
};

describe('the provenance box', () => {
  test('shows a fact the editor gave as "given by the editor", with where it was given', () => {
    const facts = provenanceFacts(DATA);
    expect(facts.map((fact) => fact.label)).toEqual(['Headline', 'Outlet', 'Published', 'Author', 'Original address']);
    expect(facts[1]).toEqual({
      label: 'Outlet',
      value: 'The Fixture Times',
      confidence: 'editor',
      status: 'outlet given by the editor',
      note: 'The editor gave it when adding the article.',
      href: false,
    });
    expect(facts[4]).toMatchObject({ status: 'address given by the editor', href: true });
  });

  test('the other levels keep their words', () => {
    const facts = provenanceFacts(DATA);
    expect(facts[0]!.status).toBe('confirmed');
    expect(facts[2]).toMatchObject({ value: '7 May 2025', status: 'date inferred' });
    expect(facts[3]).toMatchObject({ value: null, status: 'author unknown' });
  });

  test('a subheading shows when there is one', () => {
    const facts = provenanceFacts({ ...DATA, dek: { value: 'Both sides return', confidence: 'editor', note: 'x' } });
    expect(facts[1]).toMatchObject({ label: 'Subheading', status: 'subheading given by the editor' });
  });
});

describe('"given by the editor" in the words for readers', () => {
  test('the byline and lists say it after the fact', () => {
    expect(uncertaintyWords('outlet and author', 'editor')).toBe('outlet and author given by the editor');
  });

  test('the About page names and explains every level, in order, this one too', () => {
    expect(Object.keys(CONFIDENCE_LEVEL_WORDS)).toEqual([...CONFIDENCE_LEVELS]);
    expect(CONFIDENCE_LEVEL_WORDS.editor.name).toBe('Given by the editor');
    expect(GLOSSARY.map((entry) => entry.id)).toContain('given-by-editor');
    expect(termTooltip('given-by-editor')).toMatch(/^Editor-supplied: .*the editor who added it gave/);
  });
});
