/**
 * Slugs (src/lib/slugs.ts) from non-Latin names (issue 15): Greek and Cyrillic are transliterated,
 * other scripts are kept as Unicode letters, so no part of a name is dropped (`überraschung-ελλάδα`
 * no longer becomes `uberraschung`); two files that map to one slug stay an error. The names are in
 * tests/fixtures/lib/slugs-from-names.yaml.
 */
import { describe, expect, test } from 'vitest';
import { createSlugRegistry, isSlug, slugFromFileName, slugFromName } from '../../../src/lib/slugs.ts';
import { readCases } from '../../helpers/fixture-cases.ts';

describe('slugFromName', () => {
  const names = readCases<{ name: string; slug: string }>('lib/slugs-from-names.yaml');
  test.each(names.map(({ name, slug }) => [name, slug]))('%j → %j', (name, slug) => {
    expect(slugFromName(name!)).toBe(slug);
  });

  test('nothing of a mixed name is dropped', () => {
    expect(slugFromFileName('überraschung-ελλάδα.md')).toBe('uberraschung-ellada');
  });

  test('slugFromName keeps what slugFromFileName would take for an extension', () => {
    expect(slugFromName('St. Petersburg')).toBe('st-petersburg');
    expect(slugFromFileName('St. Petersburg')).toBe('st');
    expect(slugFromName('Anna Petrová')).toBe('anna-petrova');
  });
});

describe('isSlug', () => {
  test.each(['peace-talks', 'zelenskiy', '东京会谈', 'g7-summit'])('%j is a slug', (name) => {
    expect(isSlug(name)).toBe(true);
  });

  test.each(['Peace-Talks', 'peace talks', 'peace--talks', '-peace', 'ελλάδα', 'café', ''])('%j is not', (name) => {
    expect(isSlug(name)).toBe(false);
  });
});

describe('createSlugRegistry', () => {
  test('two files that map to one slug stay an error, naming both', () => {
    const register = createSlugRegistry('articles');
    register('peace-talks.md');
    expect(() => register('Peace-Talks.md')).toThrow(
      'articles/Peace-Talks.md: slug: "peace-talks" is already used by articles/peace-talks.md',
    );
  });

  test('two non-Latin names that transliterate alike collide too', () => {
    const register = createSlugRegistry('actors');
    register('ellada.yaml');
    expect(() => register('ελλάδα.yaml')).toThrow('is already used by actors/ellada.yaml');
  });
});
