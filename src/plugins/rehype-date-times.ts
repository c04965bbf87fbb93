import type { ResolvedDate } from '../analysis/types.ts';
import { machineReadableDate } from '../schemas/dates.ts';
import { analysisMarkupPlugin } from './analysis-markup.ts';
import { wrapTextRange } from './annotate-text.ts';

/**
 * Turns each resolved date expression into `<time datetime>` whose title tells the reader how it
 * was resolved ("Friday → 18 April 2025, the publication date").
 */
const rehypeDateTimes = analysisMarkupPlugin((analysis, blocks) => {
  for (const date of analysis.dates) {
    const block = blocks.get(date.block);
    if (!block) continue;
    wrapTextRange(block, date.start, date.end, () => timeElement(date));
  }
});
export default rehypeDateTimes;

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
