/**
 * Issue 25, round 30: what round 29's held-back half (now development) lost, in a made-up text of its shape:
 * a page of posts cut right after a later post's title, under the previous post's meta lines, taken by the
 * line model (dated-post-guards.ts, `closingPostTitleLines`); and what the guard leaves alone.
 */
import { describe, expect, test } from 'vitest';
import type { LineVerdict } from '../../../../../scripts/ingest/furniture/classify.ts';
import { closingPostTitleLines } from '../../../../../scripts/ingest/furniture/dated-post-guards.ts';
import { keptByShape } from '../../../../../scripts/ingest/furniture/line-model.ts';
import { POSITION_RULES } from '../../../../../scripts/ingest/furniture/position-rules.ts';
import { asLines, HARBOUR_STORY } from '../../../../helpers/furniture-lines.ts';

const body: LineVerdict = { role: 'body', block: 'paragraph' };
const furniture: LineVerdict = { role: 'furniture', rule: POSITION_RULES.headerMetaRun };

/** A page of posts: a post's title between two paragraphs, the next post's meta lines, the copy cut on a title. */
const POSTS_PAGE = [
  HARBOUR_STORY[0],
  'Night shift at the harbour',
  HARBOUR_STORY[1],
  'Source: Harbour Press',
  'Published: March 4, 2019',
  'A summer on the ferry line',
] as const;
const META_LINES = new Set(['Source: Harbour Press', 'Published: March 4, 2019']);

const verdictsOf = (texts: readonly string[]) => texts.map((text) => (META_LINES.has(text) ? furniture : body));

describe('a page of posts cut on a later post’s title (dated-post-guards.ts, closingPostTitleLines)', () => {
  test('the last line, a title under the previous post’s meta lines, is kept when an earlier title stands alike', () => {
    const titles = closingPostTitleLines(asLines(POSTS_PAGE), verdictsOf(POSTS_PAGE));
    expect(POSTS_PAGE.filter((_, i) => titles[i])).toEqual(['A summer on the ferry line']);
  });

  test('the line model never takes such a title', () => {
    const kept = keptByShape(asLines(POSTS_PAGE), verdictsOf(POSTS_PAGE));
    expect(kept[POSTS_PAGE.length - 1]).toBe(true);
  });

  test('with no earlier post’s title in the text, the closing line is not named', () => {
    const texts = [HARBOUR_STORY[0], HARBOUR_STORY[1], 'Source: Harbour Press', 'A summer on the ferry line'];
    expect(closingPostTitleLines(asLines(texts), verdictsOf(texts)).some(Boolean)).toBe(false);
  });

  test('a closing title under no meta line (a related box’s heading) is not named', () => {
    const texts = [
      HARBOUR_STORY[0],
      'Night shift at the harbour',
      HARBOUR_STORY[1],
      'Related coverage',
      'A summer on the ferry line',
    ];
    expect(closingPostTitleLines(asLines(texts), verdictsOf(texts)).some(Boolean)).toBe(false);
  });
});
