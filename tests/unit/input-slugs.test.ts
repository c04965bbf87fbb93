/**
 * Issue 15, slugs from non-Latin names: Greek and Cyrillic are transliterated, other scripts are
 * kept as Unicode letters, so no part of a name is dropped (`überraschung-ελλάδα` no longer
 * becomes `uberraschung`); two files that map to one slug stay an error.
 */
import { describe, expect, test } from 'vitest';
import { createSlugRegistry, isSlug, slugFromFileName, slugFromName } from '../../src/lib/slugs.ts';

describe('slugFromName', () => {
  test.each([
    ['überraschung-ελλάδα', 'uberraschung-ellada'],
    ['Ελλάδα', 'ellada'],
    ['Володимир Зеленський', 'volodimir-zelenskiy'],
    ['Сергей Лавров', 'sergey-lavrov'],
    ['Їжак і Ґанок', 'yizhak-i-ganok'],
    ['Anna Petrová', 'anna-petrova'],
    ['Łódź', 'lodz'],
    ['Straße', 'strasse'],
    ['Ærø', 'aero'],
    ['İstanbul', 'istanbul'],
    ['Anna Petrova\u0301', 'anna-petrova'],
    ['东京 会谈', '东京-会谈'],
    ['हिन्दी समाचार', 'हिन्दी-समाचार'],
    ['عربي', 'عربي'],
    ['Trump Talks', 'trump-talks'],
    ['St. Petersburg', 'st-petersburg'],
    ['  --  ', ''],
  ])('%j → %j', (name, slug) => {
    expect(slugFromName(name)).toBe(slug);
  });

  test('nothing of a mixed name is dropped', () => {
    expect(slugFromFileName('überraschung-ελλάδα.md')).toBe('uberraschung-ellada');
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
