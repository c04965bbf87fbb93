/**
 * The shape tests of scripts/ingest/furniture/text-shape.ts, with lines they hold and fail for
 * (tests/fixtures/ingest/furniture-cases/text-shape.yaml).
 */
import { describe, expect, test } from 'vitest';
import {
  endsLikeSentence,
  isCaptionLike,
  isHeadingLike,
  isHeadlineLike,
  isProse,
  isHeadlineCase,
  isLineContinuation,
  isRunningProse,
  wordCount,
} from '../../../../../scripts/ingest/furniture/text-shape.ts';
import { readFurnitureCases } from './furniture-cases.ts';

const SHAPE_TESTS = {
  endsLikeSentence,
  isProse,
  isHeadlineCase,
  isHeadlineLike,
  isHeadingLike,
  isCaptionLike,
  isRunningProse,
  isLineContinuation,
};
type ShapeTest = keyof typeof SHAPE_TESTS;
interface ShapeCases {
  holds: string[];
  fails: string[];
}

const cases = readFurnitureCases('text-shape.yaml') as Record<ShapeTest, ShapeCases>;

test('every shape test has cases', () => {
  expect(Object.keys(cases).sort()).toEqual(Object.keys(SHAPE_TESTS).sort());
});

describe.each(Object.entries(cases) as Array<[ShapeTest, ShapeCases]>)('%s', (name, { holds, fails }) => {
  test.each(holds)('holds for %j', (text) => {
    expect(SHAPE_TESTS[name](text)).toBe(true);
  });
  test.each(fails)('fails for %j', (text) => {
    expect(SHAPE_TESTS[name](text)).toBe(false);
  });
});

test('wordCount counts the words between runs of whitespace', () => {
  expect([wordCount(''), wordCount('  Leave a\tReply \n'), wordCount('keep readingShow less')]).toEqual([0, 3, 3]);
});
