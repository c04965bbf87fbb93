/**
 * Issue 25, round 26: what round 25's held-back half (now development) lost and left in the bodies, in made-up
 * texts of its shapes (portal-regions.ts): a letter's salutation under the byline, a heading with a pipe between
 * short parts after the story has begun, a heading the story prints again between its sections; the points under
 * “Story highlights” that the story repeats, a pull quote between the headline and the byline; and what each
 * leaves alone.
 */
import { describe, expect, test } from 'vitest';
import { classifyLines } from '../../../../../scripts/ingest/furniture/classify.ts';
import { asLines, nameOf, isBody, HARBOUR_STORY } from '../../../../helpers/furniture-lines.ts';

const PARAGRAPHS = HARBOUR_STORY;

describe('a letter’s salutation', () => {
  test('right under the byline is the letter’s, not the header’s meta', () => {
    const texts = [
      'Letter from the Editors',
      'By Ann Lee and Tom Kay',
      'Dear Readers,',
      'Welcome to the May issue of the magazine.',
      ...PARAGRAPHS,
    ];
    const verdicts = classifyLines(asLines(texts));
    expect(isBody(verdicts[2])).toBe(true);
  });

  test('a short meta line under the byline is still set aside', () => {
    const texts = ['Letter from the Editors', 'By Ann Lee and Tom Kay', 'Published', ...PARAGRAPHS];
    const verdicts = classifyLines(asLines(texts), {}, null);
    expect(verdicts[2]!.role).toBe('furniture');
  });
});

describe('a heading with a pipe', () => {
  test('after the story has begun, with prose under it, is the story’s heading, not a breadcrumb', () => {
    const texts = ['Ferry line faces its last summer', PARAGRAPHS[0]!, 'SPRING 2019 | 10 YEARS', PARAGRAPHS[1]!, PARAGRAPHS[2]!];
    const verdicts = classifyLines(asLines(texts));
    expect(isBody(verdicts[2])).toBe(true);
  });

  test('at the page’s top, over the headline, it is still a breadcrumb', () => {
    const texts = ['News | Harbour', 'Ferry line faces its last summer', ...PARAGRAPHS];
    const verdicts = classifyLines(asLines(texts));
    expect(nameOf(verdicts[0]!)).toBe('section-path');
  });

  test('after the story’s last paragraph, with no prose under it, it is left to the rules', () => {
    const texts = ['Ferry line faces its last summer', ...PARAGRAPHS, 'News | Harbour'];
    const verdicts = classifyLines(asLines(texts));
    expect(nameOf(verdicts[4]!)).toBe('section-path');
  });
});

describe('a heading printed again', () => {
  const sections = [
    'From the Harbour Archives',
    'On Ferries',
    PARAGRAPHS[0]!,
    PARAGRAPHS[1]!,
    'From the Harbour Archives',
    'On Bridges',
    PARAGRAPHS[2]!,
  ];

  test('at the top, taken by its place, is the story’s when the story prints it again between its sections', () => {
    const verdicts = classifyLines(asLines(['Harbour Review', 'Ferry Stories From Our Archives', ...sections]), {}, null);
    expect(verdicts.slice(2, 4).every(isBody)).toBe(true);
  });

  test('a heading printed once at the top is left to the rules of place', () => {
    const once = sections.filter((_, i) => i !== 4 && i !== 5);
    const verdicts = classifyLines(asLines(['Harbour Review', 'Ferry Stories From Our Archives', ...once]), {}, null);
    expect(verdicts.slice(2, 4).every(isBody)).toBe(false);
  });
});

describe('a story’s highlights', () => {
  const point = 'The board will ask the ministry for a study of the ferry route before the summer.';

  test('under their label, repeated by the story further down, are its standfirst', () => {
    const texts = [
      'Ferry line faces its last summer',
      'Story highlights',
      point,
      PARAGRAPHS[0]!,
      `${point} Members heard from the operator and the unions.`,
      PARAGRAPHS[2]!,
    ];
    const verdicts = classifyLines(asLines(texts));
    expect(nameOf(verdicts[2]!)).toBe('repeated-highlight');
    expect(verdicts.slice(3).every(isBody)).toBe(true);
  });

  test('a line under the label that the story does not repeat is left alone', () => {
    const texts = ['Ferry line faces its last summer', 'Story highlights', ...PARAGRAPHS];
    const verdicts = classifyLines(asLines(texts));
    expect(verdicts.map(nameOf)).not.toContain('repeated-highlight');
  });
});

describe('a pull quote', () => {
  const quote = '"We hope readers come away from this issue with a better map of the harbour and its people."';

  test('wholly in quotation marks between the headline and the byline is the standfirst', () => {
    const verdicts = classifyLines(asLines(['Letter from the Editors', quote, 'By Ann Lee and Tom Kay', ...PARAGRAPHS]));
    expect(nameOf(verdicts[1]!)).toBe('pull-quote-dek');
  });

  test('a quoted paragraph under the byline is the story’s', () => {
    const verdicts = classifyLines(asLines(['Letter from the Editors', 'By Ann Lee and Tom Kay', quote, ...PARAGRAPHS]));
    expect(nameOf(verdicts[2]!)).not.toBe('pull-quote-dek');
  });
});
