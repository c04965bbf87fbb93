import { describe, expect, test } from 'vitest';
import { polnearBlocks, rangesToSpans } from '../../../../scripts/eval/polnear.ts';

// Hand-made fixtures only: no PolNeAR text is copied into the project.

describe('PolNeAR blocks', () => {
  const text = 'A Title\n\nFirst paragraph here.\nSecond one.\n\n  Third.  \n';
  const layout = polnearBlocks(text);

  test('every non-blank line after the title is a block', () => {
    expect(layout.blocks.map((block) => [block.id, block.text])).toEqual([
      ['p-1', 'First paragraph here.'],
      ['p-2', 'Second one.'],
      ['p-3', 'Third.'],
    ]);
  });

  test('text offsets map to block offsets, the title left out', () => {
    const second = text.indexOf('Second');
    expect(
      rangesToSpans(
        [
          [0, 7],
          [second, second + 6],
        ],
        layout,
      ),
    ).toEqual([{ block: 'p-2', start: 0, end: 6 }]);
  });

  test('a tweet embed line is no block, so its attribute values are not read as quotes', () => {
    const embed = 'Title\n\nPence said “we will win.”\n\n<tweet tweet-id="783499116076687360"><tweet/>.\n\nThe end.';
    expect(polnearBlocks(embed).blocks.map((block) => block.text)).toEqual(['Pence said “we will win.”', 'The end.']);
  });
});
