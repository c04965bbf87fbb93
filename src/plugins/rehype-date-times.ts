import type { Root } from 'hast';
import type { VFile } from 'vfile';
import type { ResolvedDate } from '../analysis/types.ts';
import { wrapTextRange } from './annotate-text.ts';
import { blockElementsById } from './rehype-block-ids.ts';
import { machineReadableDate } from '../schemas/dates.ts';

/**
 * Turns each resolved date expression into `<time datetime>` whose title tells the reader how it
 * was resolved ("Friday → 18 April 2025, the publication date").
 */
export default function rehypeDateTimes() {
  return function transformer(tree: Root, file: VFile) {
    const analysis = file.data.analysis;
    if (!analysis) return;
    const blocks = blockElementsById(tree);
    for (const date of analysis.dates) {
      const block = blocks.get(date.block);
      if (!block) continue;
      wrapTextRange(block, date.start, date.end, () => timeElement(date));
    }
  };
}

function timeElement(date: ResolvedDate) {
  return {
    type: 'element' as const,
    tagName: 'time',
    properties: {
      dateTime: machineReadableDate(date.date, date.precision),
      title: date.explanation,
      className: ['resolved-date'],
    },
    children: [],
  };
}
