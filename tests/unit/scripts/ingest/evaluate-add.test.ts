/**
 * The measurement of `npm run add` (scripts/ingest/evaluate-add.ts, issue 13 targets): the saved
 * news pages of tests/fixtures/ingest/pages/ (article paragraphs marked `data-gold="body"`; the
 * README there says where each text comes from), and the five corpus raw files against the
 * articles made from them by hand.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { checkFidelity } from '../../../../src/load/fidelity.ts';
import { readArticleFile } from '../../../../scripts/lib/read-article-file.ts';
import { compareWithCommitted, evaluatePage } from '../../../../scripts/ingest/evaluate-add.ts';
import { contentDir } from '../../../helpers/corpus-files.ts';

const pagesDir = new URL('../../../fixtures/ingest/pages/', import.meta.url);
const ingestDir = new URL('../../../../scripts/ingest/', import.meta.url);
const pages = readdirSync(pagesDir)
  .filter((name) => name.endsWith('.html'))
  .sort()
  .map((name) => ({ name, html: readFileSync(new URL(name, pagesDir), 'utf8') }));

const comparisons = readdirSync(new URL('articles/', contentDir))
  .filter((name) => name.endsWith('.md'))
  .sort()
  .map((name) => {
    const source = readFileSync(new URL(`articles/${name}`, contentDir), 'utf8');
    const raw = String(readArticleFile(source, name).frontmatter.raw);
    return compareWithCommitted(name.slice(0, -3), source, raw, readFileSync(new URL(`raw/${raw}`, contentDir), 'utf8'));
  });

describe('the saved news pages (issue 13 targets)', () => {
  test('there are at least 10, from different outlets', () => {
    expect(pages.length).toBeGreaterThanOrEqual(10);
    expect(new Set(pages.map(({ name }) => name.split('-')[0])).size).toBe(pages.length);
  });

  describe.each(pages)('$name', ({ html }) => {
    const result = evaluatePage(html);
    test('no article paragraph is lost', () => {
      expect(result.gold).toBeGreaterThan(0);
      expect(result.lost).toEqual([]);
    });
    test('no article paragraph is taken as furniture', () => {
      expect(result.goldInFurniture).toBe(0);
    });
    test('body and furniture are every word of the page’s text', () => {
      const { draft } = result;
      expect(checkFidelity({ raw: draft.rawText, body: draft.body, furniture: draft.furniture, corrections: [] })).toEqual({
        ok: true,
      });
    });
  });

  test('the rules never read the evaluation marks', () => {
    for (const file of readdirSync(ingestDir, { recursive: true, encoding: 'utf8' })) {
      if (file === 'evaluate-add.ts' || !file.endsWith('.ts')) continue;
      expect(readFileSync(new URL(file, ingestDir), 'utf8'), file).not.toContain('data-gold');
    }
  });
});

describe('the corpus raw files, drafted as npm run add would (issue 13 targets)', () => {
  test('furniture lines: precision and recall of at least 90 % against the committed articles', () => {
    const drafted = comparisons.reduce((sum, c) => sum + c.draftedFurnitureLines.length, 0);
    const expected = comparisons.reduce((sum, c) => sum + c.expectedFurnitureLines.length, 0);
    const matched = comparisons.reduce((sum, c) => sum + c.matchedLines, 0);
    expect(matched / drafted).toBeGreaterThanOrEqual(0.9);
    expect(matched / expected).toBeGreaterThanOrEqual(0.9);
  });

  test('at least 4 of 5 bodies identical to the committed ones; the fifth differs only by its declared correction', () => {
    expect(comparisons.filter((c) => c.bodyEqual).length).toBeGreaterThanOrEqual(4);
    expect(comparisons.filter((c) => !c.bodyEqual).map((c) => c.slug)).toEqual(['leaders-retreat-to-their-corners']);
    expect(comparisons.every((c) => c.bodyEqualWithCorrections)).toBe(true);
  });

  test.each(comparisons)('$slug: the draft passes the fidelity check against its raw file', ({ draft }) => {
    expect(checkFidelity({ raw: draft.rawText, body: draft.body, furniture: draft.furniture, corrections: [] })).toEqual({
      ok: true,
    });
  });

  test('metadata read from the text is never confirmed, and nothing the text does not say is filled in', () => {
    for (const { draft } of comparisons) {
      for (const fact of Object.values(draft.metadata)) {
        if (!fact) continue;
        expect(fact.confidence).not.toBe('confirmed');
        expect(fact.value === null).toBe(fact.confidence === 'unknown');
      }
    }
    const time = comparisons.find((c) => c.raw === '002_ff0927326652fcae.txt')!.draft.metadata;
    expect([time.headline.value, time.outlet.value, time.author.value]).toEqual([
      'Why the U.S.-Russia Ukraine Talks Failed',
      'TIME',
      null,
    ]);
  });

  test('the run-together word of 003 is suggested, not applied', () => {
    const politico = comparisons.find((c) => c.raw === '003_a9d0e8f336eaa357.txt')!.draft;
    expect(politico.suggestions.map(({ from, to }) => [from, to])).toEqual([['announcedthe', 'announced the']]);
    expect(politico.body).toContain('announcedthe');
  });
});
