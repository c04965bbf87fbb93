/**
 * Issue 25, the review after round 37: what the header's rules give the article's dek. A line the rules
 * took as the standfirst that prints the headline again is the headline again (header-repeats.ts), so
 * the dek never repeats the headline; the line stays furniture.
 */
import { describe, expect, test } from 'vitest';
import { classifyLines } from '../../../../../scripts/ingest/furniture/classify.ts';
import { relabelStandfirstRepeatingHeadline } from '../../../../../scripts/ingest/furniture/header-repeats.ts';
import { POSITION_RULES } from '../../../../../scripts/ingest/furniture/position-rules.ts';
import { asLines, HARBOUR_STORY, nameOf } from '../../../../helpers/furniture-lines.ts';

describe('the headline printed again where the standfirst stands', () => {
  const title = 'Harbour board apologizes to the ferry crews and their families';

  test('in the classifier: the second printing is the headline again, and no line is the dek', () => {
    const verdicts = classifyLines(asLines([title, title, ...HARBOUR_STORY]));
    expect(nameOf(verdicts[0]!)).toBe('headline-line');
    expect(nameOf(verdicts[1]!)).toBe('headline-again');
  });

  test('a standfirst with other words stays the dek', () => {
    const lines = asLines([title, 'The board met the crews on Monday', HARBOUR_STORY[0]!]);
    const verdicts = [
      { role: 'furniture', rule: POSITION_RULES.headline },
      { role: 'furniture', rule: POSITION_RULES.dek },
      { role: 'body', block: 'paragraph' },
    ] as Parameters<typeof relabelStandfirstRepeatingHeadline>[1];
    relabelStandfirstRepeatingHeadline(lines, verdicts);
    expect(nameOf(verdicts[1]!)).toBe('dek-line');
  });
});
