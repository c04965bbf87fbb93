/**
 * Issue 26 item 2: an article in another language or script is not announced as English, and a
 * right-to-left text is laid out right to left.
 */
import { describe, expect, test } from 'vitest';
import { scriptShares, textLanguage } from '../../../src/lib/text-direction.ts';

const ARABIC = 'استؤنفت المحادثات بين روسيا وأوكرانيا في جنيف يوم الثلاثاء، بحسب ما قال دبلوماسيون.';
const CHINESE = '俄罗斯和乌克兰的会谈周二在日内瓦恢复。';
const ENGLISH = 'Talks between Russia and Ukraine resumed in Geneva on Tuesday, diplomats said.';

describe('textLanguage', () => {
  test.each([
    ['English text without a language keeps the site’s', undefined, ENGLISH, {}],
    ['Arabic text without a language: unknown language, right to left', undefined, ARABIC, { lang: '', dir: 'rtl' }],
    ['Chinese text without a language: unknown language', undefined, CHINESE, { lang: '' }],
    ['a declared language is carried, with the script’s direction', 'ar', ARABIC, { lang: 'ar', dir: 'rtl' }],
    ['a declared left-to-right language', 'zh-Hans', CHINESE, { lang: 'zh-Hans', dir: 'ltr' }],
    ['English with a few Arabic words stays left to right', 'en', `${ENGLISH} (قال)`, { lang: 'en', dir: 'ltr' }],
    ['a declared Hebrew page with no letters yet is right to left', 'he', '2025', { lang: 'he', dir: 'rtl' }],
  ])('%s', (_name, language, text, expected) => {
    expect(textLanguage(language, text)).toEqual(expected);
  });
});

test('scriptShares counts letters only', () => {
  expect(scriptShares('abc 123 !!')).toEqual({ letters: 3, latin: 1, rightToLeft: 0 });
  expect(scriptShares('')).toEqual({ letters: 0, latin: 0, rightToLeft: 0 });
  expect(scriptShares('ab جن')).toEqual({ letters: 4, latin: 0.5, rightToLeft: 0.5 });
});
