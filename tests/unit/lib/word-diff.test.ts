/**
 * Word diffs of versions of the same remarks (src/lib/word-diff.ts): the shared words, the shared
 * phrases between outlets' versions, and whether two quotes are the same remarks.
 */
import { describe, expect, test } from 'vitest';
import {
  compareVersions,
  isSameRemarks,
  sharedPhrases,
  sharedPhraseWords,
  toRuns,
  wordDiff,
} from '../../../src/lib/word-diff.ts';

describe('word diff of versions of the same remarks', () => {
  const words = (diff: Array<{ word: string; shared: boolean }>) =>
    diff.map(({ word, shared }) => (shared ? word : `[${word}]`)).join(' ');

  test('marks the longest common run of words, curly and straight apostrophes alike', () => {
    // Rubio's tarmac remarks as Responsible Statecraft and the Guardian printed them.
    const diff = wordDiff(
      "We're not going to continue with this endeavor for weeks",
      'We’re not going to continue to fly all over the world',
    );
    expect(words(diff.a)).toBe("We're not going to continue [with] [this] [endeavor] [for] [weeks]");
    expect(words(diff.b)).toBe('We’re not going to continue [to] [fly] [all] [over] [the] [world]');
  });

  test('ignores case and edge punctuation', () => {
    const diff = wordDiff('“move on.”', 'Move on');
    expect(diff.a).toEqual([
      { word: '“move', shared: true },
      { word: 'on.”', shared: true },
    ]);
    expect(diff.b).toEqual([
      { word: 'Move', shared: true },
      { word: 'on', shared: true },
    ]);
  });

  test('an empty text shares nothing', () => {
    expect(wordDiff('', 'move on')).toEqual({
      a: [],
      b: [
        { word: 'move', shared: false },
        { word: 'on', shared: false },
      ],
    });
  });

  test('compareVersions: a word is shared when at least one other version has it in order', () => {
    expect(compareVersions(['a b c', 'a x c', 'y b']).map(words)).toEqual(['a b c', 'a [x] c', '[y] b']);
  });

  test('toRuns joins neighbouring words of the same status', () => {
    expect(
      toRuns([
        { word: 'We’re', shared: true },
        { word: 'not', shared: true },
        { word: 'going', shared: false },
        { word: 'to', shared: true },
      ]),
    ).toEqual([
      { text: 'We’re not', shared: true },
      { text: 'going', shared: false },
      { text: 'to', shared: true },
    ]);
    expect(toRuns([])).toEqual([]);
  });
});

describe('shared phrases between outlets’ versions', () => {
  const guardian = 'We’re not going to continue to fly all over the world and do meeting after meeting';
  const statecraft = "We're not going to continue with this endeavor for weeks and months on end";

  test('a phrase of three words or more both print is shared; chance single words are not', () => {
    const shared = sharedPhraseWords(guardian, statecraft);
    const words = guardian.split(' ').filter((_, i) => shared.a[i]);
    expect(words.join(' ')).toBe('We’re not going to continue');
    // "and" is in both, alone: not shared.
    expect(statecraft.split(' ').filter((_, i) => shared.b[i])).not.toContain('and');
  });

  test('sharedPhrases marks, in each version, what another version prints too; toRuns makes phrases of it', () => {
    const marked = sharedPhrases([guardian, statecraft, 'It’s not our war.']);
    expect(
      toRuns(marked[0]!)
        .filter((run) => run.shared)
        .map((run) => run.text),
    ).toEqual(['We’re not going to continue']);
    expect(marked[2]!.every((word) => !word.shared)).toBe(true);
  });

  test.each([
    [
      'a short quote that stands whole in the other',
      'move on',
      'then we’re just going to move on. We’re going to move on to other topics',
      true,
    ],
    [
      'a phrase of five words in common',
      'We’re not going to continue to fly',
      "We're not going to continue with this endeavor",
      true,
    ],
    ['no phrase of three words in common', 'It’s not our war.', 'We have other priorities to focus on as well', false],
    ['one word is no phrase, even found whole', 'thousands', 'stop thousands of people from dying', false],
  ])('isSameRemarks: %s', (_why, a, b, expected) => {
    expect(isSameRemarks(a, b)).toBe(expected);
  });
});
