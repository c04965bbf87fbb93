/**
 * Issue 25, round 31: round 30's misses (its held-back half, now development), in made-up texts of their shape:
 * a national agency's name alone as the byline, which shows where a one-sentence standfirst under the headline
 * ends (text-regions.ts, `BYLINE_RULES`); a newspaper's note sending readers on to its e-Edition between two
 * paragraphs, trusted over the prose guard (prose-guards.ts); a wire's sign-off closing the story.
 */
import { describe, expect, test } from 'vitest';
import { classifyLines } from '../../../../../scripts/ingest/furniture/classify.ts';
import { asLines, HARBOUR_STORY, nameOf } from '../../../../helpers/furniture-lines.ts';

const classify = (texts: readonly string[]) => classifyLines(asLines(texts)).map(nameOf);

describe('an agency’s story on a news site (copy-wire-rules.ts)', () => {
  const AGENCY_STORY = [
    'Ferry line to run through the winter, board says',
    'The harbour board says the ferry will keep its timetable until the spring, and promises a study of the route.',
    'Bernama',
    '1 minute read',
    ...HARBOUR_STORY,
    '-- BERNAMA',
  ];

  test('the agency’s name alone is the byline, and the line above it the standfirst', () => {
    const names = classify(AGENCY_STORY);
    expect(names.slice(1, 3)).toEqual(['dek-line', 'wire-name-byline']);
  });

  test('the wire’s sign-off closing the story is its credit; the story’s paragraphs stay', () => {
    const names = classify(AGENCY_STORY);
    expect(names.at(-1)).toBe('wire-sign-off');
    expect(names.slice(4, 7)).toEqual(['body', 'body', 'body']);
  });
});

describe('a newspaper’s note sending readers to its e-Edition between paragraphs (prose-guards.ts)', () => {
  test('is set aside, though it is a sentence of prose right after a paragraph', () => {
    const texts = [
      HARBOUR_STORY[0],
      HARBOUR_STORY[1],
      'Read additional details in our newspaper or e-Edition. Newspaper subscribers: Click on an e-Edition article and log in at no extra charge.',
      HARBOUR_STORY[2],
    ];
    expect(classify(texts)).toEqual(['body', 'body', 'edition-access-note', 'body']);
  });
});
