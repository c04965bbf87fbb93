/**
 * Issue 25, round 38: round 37's misses (its held-back half, now development), in made-up texts of their
 * shape: a writer's note right under the byline (writer-bio.ts), a picture's caption printed again under
 * itself with the site's name (header-repeats.ts) and a call to the outlet's messaging channel closing the
 * story, in any language (copy-closing-line-rules.ts; its table of cases is in line-rules-round-38.yaml); and
 * round 36's other miss, the site describing itself on the text's last line (site-description.ts).
 */
import { describe, expect, test } from 'vitest';
import { classifyLines } from '../../../../../scripts/ingest/furniture/classify.ts';
import { asLines, HARBOUR_STORY, nameOf } from '../../../../helpers/furniture-lines.ts';

const classify = (texts: readonly string[]) => classifyLines(asLines(texts)).map(nameOf);
const HEADLINE = 'Ferry line to run through the winter, board says';

describe('a note about the writer right under the byline (writer-bio.ts)', () => {
  const DEK = 'The board wants the ministry to pay for a study of the route before the contract ends.';

  test('opening with the byline’s name and no final stop, it is set aside; the story stays', () => {
    const names = classify([HEADLINE, DEK, 'By Jane Doe', "Jane Doe is the Gazette's deputy harbour editor", ...HARBOUR_STORY]);
    expect(names[3]).toBe('writer-bio-note');
    expect(names.slice(4)).toEqual(HARBOUR_STORY.map(() => 'body'));
  });

  test('a line naming someone else, or the first paragraph opening with the name, stays', () => {
    const other = classify([HEADLINE, DEK, 'By Jane Doe', 'John Smith is the ferry’s captain', ...HARBOUR_STORY]);
    expect(other[3]).not.toBe('writer-bio-note');
    const first =
      'Jane Doe is the first writer to ride the ferry through a winter storm, and she says the crossing took four hours.';
    expect(classify([HEADLINE, DEK, 'By Jane Doe', first, ...HARBOUR_STORY])[3]).not.toBe('writer-bio-note');
  });
});

describe('a caption printed again right under itself (header-repeats.ts)', () => {
  const WORDS =
    'The ferry Morning Star leaves the harbour on March 2, 2024, with the new crew on deck and the harbour master, the ' +
    'mayor and the board’s chairman waving from the quay.';
  const CAPTION = `${WORDS} REUTERS/Jane Doe`;
  const AGAIN = `${WORDS} - Harbour Gazette`;
  const [first, second, third] = HARBOUR_STORY;

  test('the caption’s words under it, with the site’s name after “ - ”, are the caption again; the story stays', () => {
    const names = classify([HEADLINE, first, CAPTION, AGAIN, second, third]);
    expect(names[2]).not.toBe('body');
    expect(names[3]).toBe('caption-again-under-caption');
    expect([names[1], names[4], names[5]]).toEqual(['body', 'body', 'body']);
  });

  test('a line that says more than the caption, or a paragraph printed again under a paragraph, stays', () => {
    const more = `${WORDS.slice(0, -1)}, and the ferry will not return until the spring. - Harbour Gazette`;
    expect(classify([HEADLINE, first, CAPTION, more, second, third])).not.toContain('caption-again-under-caption');
    const repeated = [HEADLINE, first, second, `${second.slice(0, -1)} - Harbour Gazette`, third];
    expect(classify(repeated)).not.toContain('caption-again-under-caption');
  });
});

describe('a call to the outlet’s messaging channel (copy-closing-line-rules.ts)', () => {
  test('closing the story, in Russian or in English, it is set aside; the story stays', () => {
    for (const call of [
      'Больше новостей гавани читайте в телеграм канале Газеты. Присоединяйтесь!',
      'More harbour news every morning on our Telegram channel. Join us!',
    ]) {
      const names = classify([HEADLINE, ...HARBOUR_STORY, call]);
      expect(names.at(-1)).toBe('messaging-channel-call');
      expect(names.slice(1, -1)).toEqual(HARBOUR_STORY.map(() => 'body'));
    }
  });

  test('a sentence about a channel, with no call, stays', () => {
    const line = 'The claim was first spread by several Telegram channels close to the ferry operator on Monday.';
    expect(classify([HEADLINE, ...HARBOUR_STORY, line]).at(-1)).toBe('body');
  });
});

describe('the site describing itself on the text’s last line (site-description.ts)', () => {
  const CREDIT = 'Tags: Harbour, Ferry line, Board';
  const NOTE =
    'The Harbour News Gazette is mainly concerned with news and information about the coast and also covers national issues. ' +
    'Its main objective is to provide reliable and verified information.';

  test('under a line set aside after the story, it is set aside; the story stays', () => {
    const names = classify([HEADLINE, ...HARBOUR_STORY, CREDIT, NOTE]);
    expect(names.at(-2)).not.toBe('body');
    expect(names.at(-1)).toBe('site-description-note');
    expect(names.slice(1, -2)).toEqual(HARBOUR_STORY.map(() => 'body'));
  });

  test('the same line as a paragraph of the story, or a paragraph about someone else, stays', () => {
    expect(classify([HEADLINE, ...HARBOUR_STORY, NOTE]).at(-1)).toBe('body');
    const other = 'The harbour board is mainly concerned with the ferry line and also covers the costs of the new pier.';
    expect(classify([HEADLINE, ...HARBOUR_STORY, CREDIT, other]).at(-1)).toBe('body');
  });
});
