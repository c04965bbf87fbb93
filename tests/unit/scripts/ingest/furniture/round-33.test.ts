/**
 * Issue 25, round 33: round 32's losses (its held-back half, now development), in made-up texts of their
 * shape: a newsletter's briefing printed as an article, its story a list of items, each a title and a
 * summary closed by the same call (call-closed-items.ts).
 */
import { describe, expect, test } from 'vitest';
import { callClosedItems } from '../../../../../scripts/ingest/furniture/call-closed-items.ts';
import { classifyLines } from '../../../../../scripts/ingest/furniture/classify.ts';
import { asLines, HARBOUR_STORY, nameOf } from '../../../../helpers/furniture-lines.ts';

const classify = (texts: readonly string[]) => classifyLines(asLines(texts)).map(nameOf);

/** Four items, each a title, a summary and the call; one more title after the last call. */
const ITEMS = [
  'Ferry line to run through the winter after board vote',
  'The harbour board agreed on Tuesday to pay for the route until the summer.',
  'READ MORE HERE',
  'Who will run the town council: a teacher, a captain or a baker?',
  'Three candidates will face voters on the island next month.',
  'READ MORE HERE',
  'Fish market closes early as storm nears the coast',
  'Traders packed up their stalls two hours before the usual time.',
  'READ MORE HERE',
  'New pier for the town delayed by about six months',
  'Heavy rain slowed the works, the builder said on Monday.',
  'READ MORE HERE',
  'How to sail together and still stay friends',
];

const BRIEFING = [
  'Morning Briefing: Top stories from The Harbour Daily on Jan 7',
  '27 min ago',
  'You are reading the Morning Briefing newsletter. Get the news delivered to your inbox. Subscribe to our newsletter.',
  ...ITEMS,
];

describe('a story that is a list of items, each closed by the same call (call-closed-items.ts)', () => {
  test('the titles and summaries stay the story’s, the calls are set aside, the briefing’s title is the headline', () => {
    const names = classify(BRIEFING);
    expect(names[0]).toBe('headline-line');
    const items = names.slice(3);
    ITEMS.forEach((text, i) => expect(items[i]).toBe(text === 'READ MORE HERE' ? 'item-call' : 'body'));
  });

  test('the lines it keeps are the titles and summaries and the last title, which training leaves to it', () => {
    const lines = asLines(BRIEFING);
    const { kept, calls } = callClosedItems(lines, classifyLines(lines, {}, null));
    expect(calls).toEqual([5, 8, 11, 14]);
    expect(kept).toEqual([3, 4, 6, 7, 9, 10, 12, 13, 15]);
  });

  test('after a story’s paragraphs, the same cards are no list of the story’s own: the guard leaves them', () => {
    const names = classify(['Ferry line to run through the winter, board says', ...HARBOUR_STORY, ...ITEMS]);
    expect(names.slice(1 + HARBOUR_STORY.length)).not.toContain('item-call');
  });
});

describe('a paywall’s box between the preview and the story (paywall-box.ts)', () => {
  const PREVIEW = HARBOUR_STORY[0]!;
  const BOX = [
    'Read this article for free:',
    'or',
    'Already have an account? Log in here »',
    'To continue reading, please subscribe:',
    '$4 for the first month',
    '• Read the digital edition',
    'Continue',
  ];
  const PAGE = ['Ferry line to run through the winter, board says', PREVIEW, ...BOX, ...HARBOUR_STORY];

  test('the box’s lines are set aside; the paragraph stays the story’s both times', () => {
    const names = classify(PAGE);
    expect(names.slice(2, 2 + BOX.length)).toEqual(BOX.map(() => 'paywall-box'));
    expect(names[1]).toBe('body');
    expect(names.slice(2 + BOX.length)).toEqual(HARBOUR_STORY.map(() => 'body'));
  });

  test('with no call to subscribe or log in between, the lines between stay', () => {
    const lines = ['Ferry line to run through the winter, board says', PREVIEW, 'The board met again', ...HARBOUR_STORY];
    expect(classify(lines)[2]).toBe('body');
  });
});

describe('the standfirst printed twice right under the headline (header-repeats.ts)', () => {
  const STANDFIRST =
    'A town that fought for its ferry line through three winters now asks whether the fight was worth it, as the board weighs a study of the route and the unions weigh a strike over the contract';

  test('both printings are the standfirst; the story under them stays', () => {
    const names = classify(['Ferry line to run through the winter, board says', STANDFIRST, STANDFIRST, ...HARBOUR_STORY]);
    expect(names.slice(1)).toEqual(['dek-printed-twice', 'dek-printed-twice', 'body', 'body', 'body']);
  });

  test('a paragraph printed once under the headline is left alone', () => {
    const names = classify(['Ferry line to run through the winter, board says', STANDFIRST, ...HARBOUR_STORY]);
    expect(names.slice(1)).not.toContain('dek-printed-twice');
  });
});
