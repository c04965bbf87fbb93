/**
 * Made-up texts for the furniture tests (scripts/ingest/furniture/): lines numbered as the
 * classifier reads them, and what a verdict says of a line.
 */
import type { LineVerdict } from '../../scripts/ingest/furniture/classify.ts';

/** The texts as the classifier's numbered lines, from 1. */
export const asLines = (texts: readonly string[]) => texts.map((text, i) => ({ line: i + 1, text }));

/** The rule that took a line, or `body`. */
export const nameOf = (verdict: LineVerdict) => (verdict.role === 'furniture' ? verdict.rule.name : 'body');

/** Whether a line stayed in the story's body. */
export const isBody = (verdict: LineVerdict | undefined) => verdict?.role === 'body';

/** Three paragraphs of a made-up local story, for texts whose story is not the point. */
export const HARBOUR_STORY = [
  'The harbour board met on Monday to discuss the future of the ferry line, which has lost money for three years in a row.',
  'Members heard from the operator, the unions and the town council, and agreed to ask the ministry for a study of the route.',
  'A decision is expected before the summer, when the current contract runs out and the board must either renew it or end it.',
] as const;
