/**
 * The quotes index's sections (src/outputs/quote-sections.ts): bounded at archive scale, small
 * limits standing in for the real ones so each rule shows with a few items.
 */
import { describe, expect, test } from 'vitest';
import { quoteSections, type QuoteForSections } from '../../../src/outputs/quote-sections.ts';

describe('quoteSections', () => {
  interface Q extends QuoteForSections {
    id: string;
  }
  const named = (id: string, actor: string): Q => ({ id, speaker: { actor, label: actor }, outlet: 'Reuters' });
  const unnamed = (id: string, label: string, outlet: string): Q => ({ id, speaker: { actor: null, label }, outlet });
  const scare = (id: string): Q => ({ id, speaker: null, outlet: 'Reuters' });
  const byCountThenName = (a: { actor: string; total: number }, b: { actor: string; total: number }) =>
    b.total - a.total || a.actor.localeCompare(b.actor);

  // Newest first, as the corpus index orders quotes.
  const quotes: Q[] = [
    named('r1', 'rubio'),
    named('t1', 'trump'),
    unnamed('u1', 'a senior official', 'Politico'),
    named('r2', 'rubio'),
    scare('s1'),
    named('r3', 'rubio'),
    named('l1', 'lavrov'),
    unnamed('u2', 'a senior official', 'Politico'),
    unnamed('u3', 'a diplomat', 'ABC'),
    named('t2', 'trump'),
    scare('s2'),
    named('w1', 'witkoff'),
  ];
  const ids = (list: Q[]) => list.map((quote) => quote.id);

  test('named speakers most quoted first (ties by name), then unnamed sources, then titles and scare quotes', () => {
    const index = quoteSections(quotes, byCountThenName, { speakers: 10, quotesPerSection: 10 });
    expect(index.sections.map((section) => section.id)).toEqual(['rubio', 'trump', 'lavrov', 'witkoff', 'unnamed', 'no-speaker']);
    expect(index.moreSpeakers).toEqual([]);
  });

  test('with room for everything, every quote is shown exactly once', () => {
    const index = quoteSections(quotes, byCountThenName, { speakers: 10, quotesPerSection: 10 });
    expect(index.sections.flatMap((section) => ids(section.shown)).sort()).toEqual(ids(quotes).sort());
  });

  test('each section shows its newest quotes up to the limit and counts them all', () => {
    const index = quoteSections(quotes, byCountThenName, { speakers: 10, quotesPerSection: 2 });
    const rubio = index.sections.find((section) => section.id === 'rubio')!;
    expect([ids(rubio.shown), rubio.total]).toEqual([['r1', 'r2'], 3]);
    const unnamedSection = index.sections.find((section) => section.id === 'unnamed')!;
    expect([ids(unnamedSection.shown), unnamedSection.total]).toEqual([['u1', 'u2'], 3]);
  });

  test('only the most quoted speakers get a section; the others are listed with their counts', () => {
    const index = quoteSections(quotes, byCountThenName, { speakers: 2, quotesPerSection: 10 });
    expect(index.sections.map((section) => section.id)).toEqual(['rubio', 'trump', 'unnamed', 'no-speaker']);
    expect(index.moreSpeakers).toEqual([
      { actor: 'lavrov', total: 1 },
      { actor: 'witkoff', total: 1 },
    ]);
  });

  test('unnamed sources are grouped in each article’s own words and per outlet, never merged across outlets', () => {
    const index = quoteSections([...quotes, unnamed('u4', 'a senior official', 'ABC')], byCountThenName, {
      speakers: 10,
      quotesPerSection: 10,
    });
    const groups = index.sections.find((section) => section.id === 'unnamed')!.groups!;
    expect(groups.map((group) => [group.label, ids(group.quotes)])).toEqual([
      ['a senior official (Politico)', ['u1', 'u2']],
      ['a diplomat (ABC)', ['u3']],
      ['a senior official (ABC)', ['u4']],
    ]);
  });

  test('no titles or scare quotes, no section for them', () => {
    const index = quoteSections(
      quotes.filter((quote) => quote.speaker),
      byCountThenName,
      { speakers: 10, quotesPerSection: 10 },
    );
    expect(index.sections.map((section) => section.id)).not.toContain('no-speaker');
  });
});

describe('quoteSections: spoken words whose speaker could not be determined', () => {
  test('get a section of their own, apart from titles and scare quotes', () => {
    const quotes: Array<QuoteForSections & { id: string }> = [
      { id: 'u', kind: 'statement', speaker: null, outlet: 'Politico' },
      { id: 's', kind: 'scare', speaker: null, outlet: 'Politico' },
      { id: 'r', kind: 'statement', speaker: { actor: 'marco-rubio', label: 'Rubio' }, outlet: 'ABC' },
    ];
    const index = quoteSections(quotes, (a, b) => b.total - a.total, { speakers: 5, quotesPerSection: 5 });
    expect(index.sections.map((section) => [section.id, section.shown.map((q) => q.id)])).toEqual([
      ['marco-rubio', ['r']],
      ['unnamed', []],
      ['undetermined', ['u']],
      ['no-speaker', ['s']],
    ]);
  });
});
