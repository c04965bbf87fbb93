/** Issue 26: Chinese and Japanese text is searchable word by word (src/lib/cjk-words.ts). */
import { expect, test } from 'vitest';
import { hasUnspacedScript, spacedOutCharacters } from '../../../src/lib/cjk-words.ts';

test('Han, Hiragana and Katakana characters become words of their own; other text is unchanged', () => {
  expect(spacedOutCharacters('会谈周二在日内瓦恢复。')).toBe('会 谈 周 二 在 日 内 瓦 恢 复 。');
  expect(spacedOutCharacters('ジュネーブで協議')).toBe('ジ ュ ネ ー ブ で 協 議');
  expect(spacedOutCharacters('Talks in 日内瓦 on Tuesday')).toBe('Talks in 日 内 瓦 on Tuesday');
  expect(spacedOutCharacters('제네바 회담')).toBe('제네바 회담');
  expect(spacedOutCharacters('Rubio said so.')).toBe('Rubio said so.');
});

test('hasUnspacedScript tells which texts need it', () => {
  expect(hasUnspacedScript('俄罗斯')).toBe(true);
  expect(hasUnspacedScript('Зеленський, زيلينسكي, Zelenskyy')).toBe(false);
  // Above U+2E80 but no Han, Hiragana or Katakana: Hangul, fullwidth Latin, an emoji, U+FFFD.
  expect(hasUnspacedScript('한국어 ＡＢＣ 🇺🇦 \ufffd')).toBe(false);
  // The first and last of each kind: a CJK radical, Hiragana, Katakana, halfwidth Katakana, astral Han.
  for (const text of ['\u2E80', 'ぁ', 'ヺ', 'ｦ', '\u{20000}', '\u{2A6DF}'])
    expect(hasUnspacedScript(`a ${text} b`), text).toBe(true);
});

test('every Han, Hiragana and Katakana character is at U+2E80 or above (the quick check of hasUnspacedScript)', () => {
  const script = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
  const below = [];
  for (let code = 0; code < 0x2e80; code++) if (script.test(String.fromCodePoint(code))) below.push(code);
  expect(below).toEqual([]);
});
