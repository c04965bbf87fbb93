/**
 * Issue 25, round 37: round 36's misses (its held-back half, now development), in made-up texts of
 * their shape: a source's contact line after the story, a label and an e-mail address
 * (copy-closing-line-rules.ts).
 */
import { describe, expect, test } from 'vitest';
import { classifyLines } from '../../../../../scripts/ingest/furniture/classify.ts';
import { asLines, HARBOUR_STORY, nameOf } from '../../../../helpers/furniture-lines.ts';

const classify = (texts: readonly string[]) => classifyLines(asLines(texts)).map(nameOf);
const HEADLINE = 'Ferry line to run through the winter, board says';

describe('a contact line ending on an e-mail address (copy-closing-line-rules.ts)', () => {
  test('a labelled address after the story, plain or protected, is set aside; the story stays', () => {
    for (const contact of ['* Harbour FM –>For news and tips: [email protected]', 'Reports and tips: desk@harbour-fm.example']) {
      const names = classify([HEADLINE, ...HARBOUR_STORY, contact]);
      expect(names.at(-1)).toBe('contact-address-line');
      expect(names.slice(1, -1)).toEqual(HARBOUR_STORY.map(() => 'body'));
    }
  });

  test('a sentence naming an address, with a final stop or words after the colon, stays', () => {
    for (const line of [
      'Readers can write to the board at desk@harbour-fm.example.',
      'The clerk said: write to desk@harbour-fm.example',
    ])
      expect(classify([HEADLINE, ...HARBOUR_STORY, line]).at(-1)).not.toBe('contact-address-line');
  });
});
