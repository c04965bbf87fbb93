/**
 * Body blocks, the Markdown side (`bodyBlocksFromMarkdown`, src/analysis/text/body-blocks.ts, which
 * the analysis reads): paragraphs, headings, blockquote paragraphs and list items, in reading order.
 * tests/unit/plugins/rehype-block-ids.test.ts checks that the HTML side finds the same blocks.
 */
import { describe, expect, test } from 'vitest';
import { bodyBlocksFromMarkdown } from '../../../../src/analysis/text/body-blocks.ts';
import type { BodyBlock } from '../../../../src/analysis/types.ts';
import { EVERY_KIND, EVERY_KIND_BLOCKS } from '../../../helpers/every-kind-of-block.ts';

describe('bodyBlocksFromMarkdown', () => {
  test('paragraphs, headings, blockquote paragraphs and list items (nested too), in reading order, one counter', () => {
    expect(bodyBlocksFromMarkdown(EVERY_KIND)).toEqual(
      EVERY_KIND_BLOCKS.map(([kind, text], index) => ({ id: `p-${index + 1}`, text, kind })),
    );
  });

  test.each<[string, string, Array<[BodyBlock['kind'], string]>]>([
    [
      'a loose list: every paragraph of an item is a block',
      '- First paragraph of the item.\n\n  Second paragraph of the item.\n\n- Next item.',
      [
        ['list-item', 'First paragraph of the item.'],
        ['list-item', 'Second paragraph of the item.'],
        ['list-item', 'Next item.'],
      ],
    ],
    [
      'a list inside a blockquote, a blockquote inside a list item: the innermost container decides',
      '> Quoted words.\n>\n> - a listed line in the quote\n\n- An item.\n\n  > Quoted in the item.',
      [
        ['quote', 'Quoted words.'],
        ['list-item', 'a listed line in the quote'],
        ['list-item', 'An item.'],
        ['quote', 'Quoted in the item.'],
      ],
    ],
    [
      'a heading inside a blockquote stays a heading',
      '> ## A quoted heading\n>\n> Quoted words.',
      [
        ['heading', 'A quoted heading'],
        ['quote', 'Quoted words.'],
      ],
    ],
    [
      'emphasis, links and code keep their words; a hard break is a line break; images and rules are not text',
      'Some *stressed* and [linked](https://example.org) `code`.\\\nNext line ![a chart](/chart.png).\n\n***\n\n![alone](/x.png)',
      [
        ['paragraph', 'Some stressed and linked code.\nNext line .'],
        ['paragraph', ''],
      ],
    ],
  ])('%s', (_name, markdown, expected) => {
    expect(bodyBlocksFromMarkdown(markdown).map((block) => [block.kind, block.text])).toEqual(expected);
  });
});
