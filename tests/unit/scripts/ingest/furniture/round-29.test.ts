/**
 * Issue 25, round 29: what round 28's held-back half (now development) lost, in made-up texts of its shape:
 * a blog's front page of dated posts, a later post's title under the previous post's “Continue reading...”
 * link and over its date line, taken by the line model (dated-post-guards.ts); and what the guard leaves
 * alone. Then, for recall, a paywall's note right under the cut first paragraph, trusted over the prose guard
 * (prose-guards.ts). The new line rules are cases of line-rules-round-29.yaml.
 */
import { describe, expect, test } from 'vitest';
import { classifyLines, type LineVerdict } from '../../../../../scripts/ingest/furniture/classify.ts';
import { dateLineForm, datedPostTitleLines } from '../../../../../scripts/ingest/furniture/dated-post-guards.ts';
import { keptByShape } from '../../../../../scripts/ingest/furniture/line-model.ts';
import { POSITION_RULES } from '../../../../../scripts/ingest/furniture/position-rules.ts';
import { asLines, HARBOUR_STORY } from '../../../../helpers/furniture-lines.ts';

const body: LineVerdict = { role: 'body', block: 'paragraph' };
const furniture: LineVerdict = { role: 'furniture', rule: POSITION_RULES.headerMetaRun };

/** A front page of posts: the first post without a date line, then two dated posts, each after a “Continue reading...”. */
const FRONT_PAGE = [
  'The Ferry Question',
  HARBOUR_STORY[0],
  'Continue reading...',
  'Night shift at the harbour',
  'Tuesday 12 March 2019 - Notebook',
  HARBOUR_STORY[1],
  'Continue reading...',
  'A summer on the ferry line',
  'Monday 4 March 2019 - Notebook',
] as const;
const FURNITURE_LINES = new Set(['Continue reading...']);

const verdictsOf = (texts: readonly string[]) => texts.map((text) => (FURNITURE_LINES.has(text) ? furniture : body));

describe('a later post’s title on a page of dated posts (dated-post-guards.ts)', () => {
  test('a date line’s form masks weekday, month and figures', () => {
    expect(dateLineForm('Tuesday 12 March 2019 - Notebook')).toBe(dateLineForm('Monday 4 March 2019 - Notebook'));
    expect(dateLineForm('Tuesday 12 March 2019 - Notebook')).toBe('w # m # - notebook');
  });

  test('each later post’s title over a date line of the shared form is kept; the first post’s title is not named', () => {
    const titles = datedPostTitleLines(asLines(FRONT_PAGE), verdictsOf(FRONT_PAGE));
    expect(FRONT_PAGE.filter((_, i) => titles[i])).toEqual(['Night shift at the harbour', 'A summer on the ferry line']);
  });

  test('the line model never takes such a title', () => {
    const kept = keptByShape(asLines(FRONT_PAGE), verdictsOf(FRONT_PAGE));
    expect(kept[FRONT_PAGE.indexOf('A summer on the ferry line')]).toBe(true);
  });

  test('one date line alone makes no page of posts', () => {
    const texts = [
      'The Ferry Question',
      HARBOUR_STORY[0],
      'Night shift at the harbour',
      'Tuesday 12 March 2019 - Notebook',
      HARBOUR_STORY[1],
    ];
    expect(datedPostTitleLines(asLines(texts), verdictsOf(texts)).some(Boolean)).toBe(false);
  });

  test('a date line over no post’s paragraph anywhere makes no page of posts (a list of dated links)', () => {
    const texts = [
      HARBOUR_STORY[0],
      'Night shift at the harbour',
      'Tuesday 12 March 2019 - Notebook',
      'A summer on the ferry line',
      'Monday 4 March 2019 - Notebook',
    ];
    expect(datedPostTitleLines(asLines(texts), verdictsOf(texts)).some(Boolean)).toBe(false);
  });
});

describe('a paywall’s note under the cut first paragraph (subscribers-only-note, prose-guards.ts)', () => {
  test('the note stays set aside though it follows a paragraph as a sentence of prose', () => {
    const texts = [
      'The Ferry Question',
      HARBOUR_STORY[0],
      'Sorry, but this story is available to subscribers only. Please log in or become a subscriber.',
    ];
    const verdicts = classifyLines(asLines(texts));
    expect(verdicts[2]).toMatchObject({ role: 'furniture', rule: { name: 'subscribers-only-note' } });
  });
});
