/**
 * An article body with every kind of block (a blockquote of two paragraphs, a bulleted, an ordered
 * and a nested list), and the blocks the analysis reads in it: the Markdown side and the HTML side
 * must agree on it (tests/unit/analysis/text/body-blocks.test.ts, tests/unit/plugins/rehype-block-ids.test.ts).
 */
import type { BodyBlock } from '../../src/analysis/types.ts';

/** Every kind of block, in Markdown. */
export const EVERY_KIND = [
  'Rubio spoke to reporters on Friday.',
  '',
  '> “We will not sign anything that leaves Crimea out,” Lavrov said on Thursday.',
  '>',
  '> “Nor will we pay for it,” he added.',
  '',
  '## What was agreed',
  '',
  '- Rubio said the US could “move on” within days.',
  '- “We are done with this,” Rubio said.',
  '  - A nested point, made on Monday.',
  '    - “Deeper still,” Lavrov said.',
  '  - A second nested point.',
  '- The last point.',
  '',
  '1. First, a ceasefire.',
  '2. Second, “talks without preconditions,” as Trump said.',
  '',
  'The reporter’s own words end it.',
].join('\n');

/** The blocks of `EVERY_KIND`, in reading order, as kind and text. */
export const EVERY_KIND_BLOCKS: ReadonlyArray<[BodyBlock['kind'], string]> = [
  ['paragraph', 'Rubio spoke to reporters on Friday.'],
  ['quote', '“We will not sign anything that leaves Crimea out,” Lavrov said on Thursday.'],
  ['quote', '“Nor will we pay for it,” he added.'],
  ['heading', 'What was agreed'],
  ['list-item', 'Rubio said the US could “move on” within days.'],
  ['list-item', '“We are done with this,” Rubio said.'],
  ['list-item', 'A nested point, made on Monday.'],
  ['list-item', '“Deeper still,” Lavrov said.'],
  ['list-item', 'A second nested point.'],
  ['list-item', 'The last point.'],
  ['list-item', 'First, a ceasefire.'],
  ['list-item', 'Second, “talks without preconditions,” as Trump said.'],
  ['paragraph', 'The reporter’s own words end it.'],
];
