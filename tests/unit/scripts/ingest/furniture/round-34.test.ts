/**
 * Issue 25, round 34: round 33's lost line and misses (its held-back half, now development), in made-up
 * texts of their shape: a story's last paragraph over its agency's name, a picture's caption printed twice
 * at the top of the story, a headline printed again under the standfirst that no rule took, a box's short
 * heading over other stories' datelined paragraphs, and captions ending in an agency's or a labelled credit.
 */
import { describe, expect, test } from 'vitest';
import { classifyLines } from '../../../../../scripts/ingest/furniture/classify.ts';
import { standfirstReprintLines } from '../../../../../scripts/ingest/furniture/header-repeats.ts';
import { keptByShape } from '../../../../../scripts/ingest/furniture/line-model.ts';
import { matchLineRule } from '../../../../../scripts/ingest/furniture/line-rules.ts';
import { isCaptionLike } from '../../../../../scripts/ingest/furniture/text-shape.ts';
import { asLines, HARBOUR_STORY, nameOf } from '../../../../helpers/furniture-lines.ts';

const classify = (texts: readonly string[]) => classifyLines(asLines(texts)).map(nameOf);
const HEADLINE = 'Ferry line to run through the winter, board says';

describe('an agency’s name alone under the story’s last paragraph (classify.ts)', () => {
  const LAST =
    'Founded a century ago, the agency now hosts more than 3,000 staff in 100 countries and serves 6,000 subscribers, producing its news in thirteen languages every day.';

  test('a long paragraph after another paragraph stays the story’s: the name credits the story', () => {
    const names = classify([HEADLINE, ...HARBOUR_STORY, LAST, 'Reuters']);
    expect(names[1 + HARBOUR_STORY.length]).toBe('body');
  });

  test('a short caption over an agency’s name between paragraphs is still a caption', () => {
    const names = classify([
      HEADLINE,
      ...HARBOUR_STORY,
      'Dock workers gather outside the town hall on Monday.',
      'AFP',
      ...HARBOUR_STORY,
    ]);
    expect(names[1 + HARBOUR_STORY.length]).toBe('caption-before-credit');
  });
});

describe('“is seen as” regards and shows no picture (text-shape.ts)', () => {
  test('a sentence that regards is no caption; one that shows a person in the picture is', () => {
    expect(isCaptionLike('The ferry line is seen as one of the most important routes in the region.')).toBe(false);
    expect(isCaptionLike('The harbour master is seen during a visit to the pier on Monday.')).toBe(true);
  });
});

describe('a picture’s caption printed twice at the top of the story (header-repeats.ts)', () => {
  const CAPTION = 'Dock workers gather outside the town hall in Harbourton on 1 November 1970.';

  test('both printings are the caption, the second with its credit after the full stop', () => {
    const names = classify([HEADLINE, 'March 3, 2024 06:30 pm', CAPTION, `${CAPTION} EFE`, ...HARBOUR_STORY]);
    expect(names.slice(2)).toEqual(['caption-printed-twice', 'caption-printed-twice', 'body', 'body', 'body']);
  });

  test('a paragraph printed once, or followed by a longer one opening with it, stays the story’s', () => {
    expect(classify([HEADLINE, 'March 3, 2024 06:30 pm', CAPTION, ...HARBOUR_STORY])).not.toContain('caption-printed-twice');
    const longer = `${CAPTION} HARBOURTON (Reuters) - The board met again on Monday and said the line would run.`;
    expect(classify([HEADLINE, 'March 3, 2024 06:30 pm', CAPTION, longer, ...HARBOUR_STORY])).not.toContain(
      'caption-printed-twice',
    );
  });
});

describe('a first line no rule took, printed again under the standfirst (header-repeats.ts)', () => {
  const TITLE = 'Harbour board threatens to end the ferry contract: a warning to the operator..';
  const STANDFIRST = 'The board said on Monday that it would end its contract with the operator if the losses went on.';

  test('it is the headline, the line between the standfirst, the second printing the headline again', () => {
    const names = classify([TITLE, STANDFIRST, TITLE, ...HARBOUR_STORY]);
    expect(names.slice(0, 3)).toEqual(['headline-line', 'dek-between-headlines', 'headline-again']);
    expect(names.slice(3)).toEqual(HARBOUR_STORY.map(() => 'body'));
  });
});

describe('a box’s short heading over other stories’ datelined paragraphs (brief-titles.ts)', () => {
  const OTHER =
    'OSLO (Reuters) - The port authority said on Friday that the new pier would open in the spring, two months later than planned.';

  test('the text’s first line is still the headline over a datelined first paragraph', () => {
    const names = classify([
      'Ferry line to run through the winter',
      `HARBOURTON (Reuters) - ${HARBOUR_STORY[0]}`,
      HARBOUR_STORY[1]!,
      'More from Norway',
      OTHER,
    ]);
    expect(names[0]).toBe('headline-line');
  });
});

describe('captions that end in an agency’s or a labelled credit (copy-caption-rules.ts)', () => {
  test.each([
    'July 2021. A rower trains in a pool during the lockdown EFE/ Ana María López.',
    'Harbour workers unload a ferry in Hamburg on Monday dpa/Jan Weber',
    'The harbour master speaking to reporters on Monday after the board met in the town hall. Photo: Screengrab via Harbour TV.',
  ])('caught: %j', (text) => {
    expect(matchLineRule(text)?.name).toBe('caption-with-credit');
  });

  test.each([
    'Photo illustration by the Harbour Daily. Photos by Getty Images Plus and Harbour Archive.',
    'The harbour master spoke to reporters on Monday. He said the ferry would run through the winter.',
  ])('left alone: %j', (text) => {
    expect(matchLineRule(text)?.name).not.toBe('caption-with-credit');
  });
});

describe('a writer’s note closing the story, with no byline in the copy (writer-bio.ts)', () => {
  const NOTE = 'Jane Doe is a senior Writer/Editor at the Harbour Research Centre.';

  test('after the story’s last paragraph, a note that says the person writes is set aside', () => {
    const names = classify([HEADLINE, ...HARBOUR_STORY, NOTE, 'Tom Kay may be reached at tkay@harbour.example.']);
    expect(names.slice(1 + HARBOUR_STORY.length)).toEqual(['closing-writer-note', 'closing-writer-note']);
  });

  test('the same line with the story going on under it, or a person who does not write, stays', () => {
    expect(classify([HEADLINE, HARBOUR_STORY[0]!, NOTE, ...HARBOUR_STORY.slice(1)])).not.toContain('closing-writer-note');
    const mayor = 'Ann Lee is the mayor of Harbourton and a member of the board.';
    expect(classify([HEADLINE, ...HARBOUR_STORY, mayor])).not.toContain('closing-writer-note');
  });
});

describe('the standfirst printed again as a paragraph of the story (header-repeats.ts)', () => {
  const STANDFIRST = 'The board voted on Monday to keep the ferry line running through the winter.';

  test('the first printing under the headline is the standfirst; the second stays the story’s', () => {
    const names = classify([HEADLINE, STANDFIRST, HARBOUR_STORY[0]!, STANDFIRST.replace(/\.$/, ''), ...HARBOUR_STORY.slice(1)]);
    expect(names.slice(1, 4)).toEqual(['dek-printed-again-below', 'body', 'body']);
  });

  test('a first paragraph printed once stays the story’s', () => {
    expect(classify([HEADLINE, STANDFIRST, ...HARBOUR_STORY])).not.toContain('dek-printed-again-below');
  });
});

describe('the story’s paragraph that the standfirst above prints again, left to the guards (header-repeats.ts)', () => {
  test('the second printing is the guards’, not the line model’s; a line printed once is not', () => {
    const STANDFIRST = 'The board said on Monday that it would end its contract with the operator if the losses went on.';
    const texts = ['Harbour board warns the operator', STANDFIRST, 'By Ann Lee', STANDFIRST, ...HARBOUR_STORY];
    const verdicts = classifyLines(asLines(texts), {}, null);
    verdicts[1] = { role: 'furniture', rule: { name: 'dek-line', kind: 'dek', description: '', origin: '' } };
    expect(standfirstReprintLines(asLines(texts), verdicts)).toEqual([false, false, false, true, false, false, false]);
    expect(keptByShape(asLines(texts), verdicts)[3]).toBe(true);
  });
});
