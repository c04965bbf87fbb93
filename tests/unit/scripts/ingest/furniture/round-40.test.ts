/**
 * Issue 25, round 40: round 39's misses (its held-back half, now development) and round 38's, in made-up
 * texts of their shape: a site's notice or a ticker in one sentence on the text's first line, above the
 * page's header (notice-above-header.ts); other stories' headlines in a dashed list ending the text
 * (dash-headline-run.ts); the standfirst that the first paragraph right under it repeats and goes on from
 * (standfirst-in-first-paragraph.ts).
 */
import { describe, expect, test } from 'vitest';
import { classifyLines } from '../../../../../scripts/ingest/furniture/classify.ts';
import { asLines, HARBOUR_STORY, nameOf } from '../../../../helpers/furniture-lines.ts';

const classify = (texts: readonly string[]) => classifyLines(asLines(texts)).map(nameOf);
const HEADLINE = 'Ferry Line to Run Through the Winter';
const NOTICE = 'This magazine closed in 2020, and its pages are kept here for the record.';
const STANDFIRST = 'The harbour board says the crossing will keep its timetable, though the crews are not sure.';

describe('a sentence on the first line, above the page’s header (notice-above-header.ts)', () => {
  test('over a headline, a standfirst and a writer’s name with the reading time: the notice and the header go', () => {
    const names = classify([NOTICE, HEADLINE, STANDFIRST, 'Susan Miller', '4 minute read', ...HARBOUR_STORY]);
    expect(names.slice(0, 5).every((name) => name !== 'body')).toBe(true);
    expect(names.slice(5)).toEqual(HARBOUR_STORY.map(() => 'body'));
  });

  test('over a headline and a first paragraph opening with the agency’s dateline: the notice and the headline go', () => {
    const [first, ...rest] = HARBOUR_STORY;
    const datelined = `Portsmouth, 13/11/2018 (HNA) – ${first}`;
    const names = classify([NOTICE, HEADLINE, datelined, ...rest]);
    expect(names.slice(0, 2).every((name) => name !== 'body')).toBe(true);
    expect(names.slice(2)).toEqual(HARBOUR_STORY.map(() => 'body'));
  });

  test('the story’s first paragraph over a subheading stays body, with a signature or a label further down', () => {
    const [first, second, third] = HARBOUR_STORY;
    expect(classify([first, 'What the Crews Say', second, 'Susan Miller', third])[0]).toBe('body');
    expect(classify([first, 'What the Crews Say', second, 'Advertisement', third])[0]).toBe('body');
    expect(classify([NOTICE, HEADLINE, ...HARBOUR_STORY])[0]).toBe('body');
  });
});

describe('other stories’ headlines in a dashed list ending the text (dash-headline-run.ts)', () => {
  const DASHED = [
    '- Storm warning for the islands as the ferry season ends',
    '- Council votes to rebuild the old fish market: what changes',
    '- Ten new buses for the harbour routes next spring',
  ];

  test('under the story, the whole run goes as teasers', () => {
    const names = classify([HEADLINE, ...HARBOUR_STORY, ...DASHED]);
    expect(names.slice(1, 4)).toEqual(HARBOUR_STORY.map(() => 'body'));
    expect(names.slice(4).every((name) => name !== 'body')).toBe(true);
  });

  test('a list the story announces with a colon, or the items of a sentence, stay body', () => {
    const announced = classify([HEADLINE, ...HARBOUR_STORY, 'The crews have three demands:', ...DASHED]);
    expect(announced.slice(5).filter((name) => name === 'dash-headline-run')).toEqual([]);
    const items = [
      '- locate the ferry timetables of the last ten years,',
      '- compare the fares with those of the buses,',
      '- write to the board.',
    ];
    expect(
      classify([HEADLINE, ...HARBOUR_STORY, ...items])
        .slice(4)
        .filter((name) => name === 'dash-headline-run'),
    ).toEqual([]);
  });
});

describe('the standfirst the first paragraph right under it repeats (standfirst-in-first-paragraph.ts)', () => {
  const [, second, third] = HARBOUR_STORY;

  test('after the first paragraph’s dateline, or cut short with “...”, it goes to the dek', () => {
    const dek = 'The harbour board voted to keep the ferry line running through the winter months.';
    const datelined = `PORTSMOUTH (Harbour News) –${dek} The vote followed a long debate with the crews.`;
    expect(classify([HEADLINE, dek, datelined, second, third]).slice(1, 3)).toEqual(['dek-in-first-paragraph', 'body']);
    const cut = 'Portsmouth, June 3 The harbour board on Monday voted to keep the ferry line running through ...';
    const whole =
      'Portsmouth, June 3 The harbour board on Monday voted to keep the ferry line running through the winter months.';
    expect(classify([HEADLINE, cut, whole, second, third]).slice(1, 3)).toEqual(['dek-in-first-paragraph', 'body']);
  });

  test('a first paragraph that the next one does not repeat stays body', () => {
    expect(classify([HEADLINE, ...HARBOUR_STORY]).slice(1)).toEqual(HARBOUR_STORY.map(() => 'body'));
  });
});
