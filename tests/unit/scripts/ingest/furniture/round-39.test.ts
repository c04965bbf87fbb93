/**
 * Issue 25, round 39: round 38's lost line and misses (its held-back half, now development), in made-up
 * texts of their shape: the story's last sentence closing with the wires' credit in brackets, which is no
 * caption (closing-wire-credit.ts).
 */
import { describe, expect, test } from 'vitest';
import { isStorySentenceWithWireCredit } from '../../../../../scripts/ingest/furniture/closing-wire-credit.ts';
import { classifyLines } from '../../../../../scripts/ingest/furniture/classify.ts';
import { asLines, HARBOUR_STORY, nameOf } from '../../../../helpers/furniture-lines.ts';

const classify = (texts: readonly string[]) => classifyLines(asLines(texts)).map(nameOf);
const HEADLINE = 'Ferry line to run through the winter, board says';

describe('the story’s last sentence with the wires’ credit in brackets (closing-wire-credit.ts)', () => {
  const CLOSING = 'The ministry issued its own statement on the ferry contract. (Reuters/NAN)';

  test('closing the story under a paragraph, it stays body, listed as doubtful with wire-caption', () => {
    const verdicts = classifyLines(asLines([HEADLINE, ...HARBOUR_STORY, CLOSING]));
    expect(verdicts.slice(1).map(nameOf)).toEqual([...HARBOUR_STORY.map(() => 'body'), 'body']);
    const last = verdicts.at(-1)!;
    expect(last.role === 'body' && last.doubt?.name).toBe('wire-caption');
  });

  test('a caption stays a caption: a photographer, a picture word or a date, or more of the story below', () => {
    expect(isStorySentenceWithWireCredit('The ferry Morning Star leaves the harbour. (Reuters/Jane Doe)')).toBe(false);
    expect(isStorySentenceWithWireCredit('A file photo of the ferry Morning Star in the harbour. (AP)')).toBe(false);
    expect(isStorySentenceWithWireCredit('Dockers protest outside the harbour office on Dec. 6, 2019. (AP)')).toBe(false);
    expect(isStorySentenceWithWireCredit(CLOSING)).toBe(true);
    const [first, second, third] = HARBOUR_STORY;
    expect(classify([HEADLINE, first, CLOSING, second, third])[2]).toBe('wire-caption');
  });
});
