/**
 * Issue 25, round 35: round 34's misses (its held-back half, now development), in made-up texts of their
 * shape: a comment box's call after the story, with the box's warning and the site's links under it, a
 * picture's caption printed twice between paragraphs, and a site's label printed above the story and under it. The rules that read one line's words
 * (copy-page-footer-rules.ts) have their cases in line-rules-round-35.yaml.
 */
import { describe, expect, test } from 'vitest';
import { classifyLines } from '../../../../../scripts/ingest/furniture/classify.ts';
import { asLines, HARBOUR_STORY, nameOf } from '../../../../helpers/furniture-lines.ts';

const classify = (texts: readonly string[]) => classifyLines(asLines(texts)).map(nameOf);
const HEADLINE = 'Ferry line to run through the winter, board says';
const LATER = [
  'The operator said it would keep the two older boats in service until the new one is delivered next year.',
  'Unions welcomed the decision but warned that crews had worked without a new contract since the spring.',
] as const;

describe('a comment box’s call after the story (copy-page-footer-rules.ts)', () => {
  test('the call and every line under it are the page’s, the story above stays', () => {
    const names = classify([
      HEADLINE,
      ...HARBOUR_STORY,
      'ADD A COMMENT to THE STORY',
      'WARNING: comments that insult, threaten or are written in capitals,',
      'or that do not use the local alphabet, will not be approved by the moderators.',
      'Previous and Next News',
    ]);
    expect(names.slice(1, 4)).toEqual(['body', 'body', 'body']);
    expect(names[4]).toBe('comment-box-call');
    expect(names.slice(5).every((name) => name !== 'body')).toBe(true);
  });
});

describe('a picture’s caption printed twice between paragraphs (header-repeats.ts)', () => {
  const CAPTION = 'The ferry leaves the harbour on its last crossing of the season. Photo courtesy of the board';

  test('both printings are the caption, the paragraphs around them the story’s', () => {
    const names = classify([HEADLINE, ...HARBOUR_STORY, CAPTION, CAPTION, ...LATER]);
    expect(names.slice(4, 6)).toEqual(['caption-printed-twice-in-story', 'caption-printed-twice-in-story']);
    expect([...names.slice(1, 4), ...names.slice(6)]).toEqual([...HARBOUR_STORY, ...LATER].map(() => 'body'));
  });

  test('a caption printed once, or a paragraph followed by a longer one opening with it, stays the story’s', () => {
    expect(classify([HEADLINE, ...HARBOUR_STORY, CAPTION, ...LATER])).not.toContain('caption-printed-twice-in-story');
    const longer = `${CAPTION}. The board met again on Monday and said the line would run through the winter after all.`;
    expect(classify([HEADLINE, ...HARBOUR_STORY, CAPTION, longer, ...LATER])).not.toContain('caption-printed-twice-in-story');
  });
});

describe('a site’s label printed above the story and under it (footer-regions.ts)', () => {
  const LABEL = 'Fifty years, fifty readers, fifty views of the H.G.';
  const FOOTER = ['Our readers’ favourites', '- Harbour board names a new chair after a year without one'];

  test('both printings and the footer after the second are the page’s; the story between stays', () => {
    const names = classify([HEADLINE, LABEL, ...HARBOUR_STORY, LABEL, ...FOOTER]);
    expect(names.slice(2, 5)).toEqual(['body', 'body', 'body']);
    expect(names[1]).not.toBe('body');
    expect(names.slice(5)).toEqual(['label-below-story', 'footer-after-label', 'footer-after-label']);
  });

  test('the lines above the label’s first printing are the header', () => {
    const names = classify([
      'Harbour board and the ferry …',
      'Ferry captain, inventor of the night crossing – 44 years at the wheel',
      LABEL,
      ...HARBOUR_STORY,
      LABEL,
      ...FOOTER,
    ]);
    expect(names.slice(0, 3)).toEqual(['headline-above-label', 'header-above-label', 'label-above-and-below-story']);
    expect(names.slice(3, 6)).toEqual(['body', 'body', 'body']);
  });

  test('a heading printed again over a later paragraph stays the story’s', () => {
    const names = classify([HEADLINE, LABEL, ...HARBOUR_STORY, LABEL, ...LATER]);
    expect(names.slice(5)).toEqual(['body', 'body', 'body']);
  });
});
