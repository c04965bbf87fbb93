import { expect, test } from 'vitest';
import { BLOCK_ELEMENTS } from '../../../src/lib/block-elements.ts';

test('paragraphs, headings, lists and sections are blocks', () => {
  for (const tag of ['p', 'h1', 'h6', 'ul', 'ol', 'li', 'blockquote', 'section', 'table'])
    expect(BLOCK_ELEMENTS.has(tag), tag).toBe(true);
});

test('running text is not: links, emphasis, quotes, times, spans', () => {
  for (const tag of ['a', 'em', 'strong', 'q', 'time', 'span', 'br']) expect(BLOCK_ELEMENTS.has(tag), tag).toBe(false);
});
