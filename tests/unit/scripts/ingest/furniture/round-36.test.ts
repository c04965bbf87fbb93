/**
 * Issue 25, round 36: round 35's misses (its held-back half, now development), in made-up texts of their
 * shape: a site's and a writer's name on lines of their own under the header's date line
 * (header-writer-line.ts); its table of cases is in position-rules-round-36.yaml.
 */
import { describe, expect, test } from 'vitest';
import { classifyLines } from '../../../../../scripts/ingest/furniture/classify.ts';
import { asLines, HARBOUR_STORY, nameOf } from '../../../../helpers/furniture-lines.ts';

const classify = (texts: readonly string[]) => classifyLines(asLines(texts)).map(nameOf);
const HEADLINE = 'Ferry line to run through the winter, board says';
const DATE_LINE = 'Tuesday 04/March/2025 - 09:15 AM';

describe('names alone under the header’s date line (header-writer-line.ts)', () => {
  test('the site’s and the writer’s names are the writer’s line; the story under them stays', () => {
    const names = classify([HEADLINE, DATE_LINE, 'The Harbour Gazette', 'tom kayley', ...HARBOUR_STORY]);
    expect(names.slice(2, 4)).toEqual(['writer-line-under-byline', 'writer-line-under-byline']);
    expect(names.slice(4)).toEqual(HARBOUR_STORY.map(() => 'body'));
  });

  test('a heading in capitals (a dateline alone), a sentence or a line below the story’s first paragraph stays', () => {
    expect(classify([HEADLINE, DATE_LINE, 'HARBOUR TOWN', ...HARBOUR_STORY])).not.toContain('writer-line-under-byline');
    expect(classify([HEADLINE, DATE_LINE, 'The board met.', ...HARBOUR_STORY])).not.toContain('writer-line-under-byline');
    const [first, ...rest] = HARBOUR_STORY;
    expect(classify([HEADLINE, DATE_LINE, first, 'The Harbour Gazette', ...rest])).not.toContain('writer-line-under-byline');
  });
});
