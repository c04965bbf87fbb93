/**
 * Issue 25, round 39: round 38's lost line and misses (its held-back half, now development), in made-up
 * texts of their shape: the story's last sentence closing with the wires' credit in brackets, which is no
 * caption (closing-wire-credit.ts); a run of other stories' first sentences cut short under the story, which goes
 * whole when the line model set part of it aside (cut-teaser-run.ts). Round 38's other two misses are in the line
 * tables (syndication-line, newsletter-sign-up-sentence).
 */
import { describe, expect, test } from 'vitest';
import type { LineVerdict } from '../../../../../scripts/ingest/furniture/classify.ts';
import { classifyLines } from '../../../../../scripts/ingest/furniture/classify.ts';
import { isStorySentenceWithWireCredit } from '../../../../../scripts/ingest/furniture/closing-wire-credit.ts';
import { markCutTeaserRun } from '../../../../../scripts/ingest/furniture/cut-teaser-run.ts';
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

describe('a run of other stories’ first sentences cut short under the story (cut-teaser-run.ts)', () => {
  const TEASERS = [
    'The town council has opened an inquiry into the missing harbour funds, which it says were moved…',
    'The ferry’s new captain has impressed the board with a plan to cut the crossing time by…',
    'As the winter storms approach, the fishermen of the north coast are getting their boats…',
  ];
  const body = (): LineVerdict => ({ role: 'body', block: 'paragraph' });
  const aside = (): LineVerdict => ({
    role: 'furniture',
    rule: { name: 'line-model', kind: 'teaser', description: '', origin: '' },
  });
  const lines = asLines([HEADLINE, ...HARBOUR_STORY, ...TEASERS]);

  test('when part of the run is set aside, the rest of it goes with it; the story stays', () => {
    const verdicts = [aside(), body(), body(), body(), body(), aside(), aside()];
    markCutTeaserRun(lines, verdicts);
    expect(verdicts.map(nameOf)).toEqual(['line-model', 'body', 'body', 'body', 'cut-teaser-run', 'line-model', 'line-model']);
  });

  test('a run left whole in the body, or of two lines only, stays as it is', () => {
    const none = [aside(), body(), body(), body(), body(), body(), body()];
    markCutTeaserRun(lines, none);
    expect(none.slice(4).map(nameOf)).toEqual(['body', 'body', 'body']);
    const two = asLines([HEADLINE, ...HARBOUR_STORY, ...TEASERS.slice(1)]);
    const verdicts = [aside(), body(), body(), body(), body(), aside()];
    markCutTeaserRun(two, verdicts);
    expect(verdicts[4]!.role).toBe('body');
  });
});
