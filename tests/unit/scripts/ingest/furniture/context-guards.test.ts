/**
 * Issue 25, round 21: a line is set aside by a rule that sees it alone only when its context agrees
 * (context-guards.ts). Made-up texts of the shapes round 20's held-back half lost: a list of past
 * pieces, each a title, a quotation and “By …, date”, cut after the next title; and the cases the
 * guards must leave alone (a wire caption between paragraphs, a box of cards after the story).
 */
import { describe, expect, test } from 'vitest';
import { classifyLines, type LineVerdict } from '../../../../../scripts/ingest/furniture/classify.ts';
import {
  betweenParagraphs,
  closesOnStoryTitle,
  repeatedEntryLines,
  takenByOneLineRule,
} from '../../../../../scripts/ingest/furniture/context-guards.ts';
import { isMediaTitledHeadline } from '../../../../../scripts/ingest/furniture/headline-choice.ts';
import { isTitledQuestion } from '../../../../../scripts/ingest/furniture/text-regions.ts';
import { asLines } from '../../../../helpers/furniture-lines.ts';

const roles = (verdicts: readonly LineVerdict[]) => verdicts.map((verdict) => verdict.role);
const body = { role: 'body' } as const;
const caption = { role: 'furniture', rule: { name: 'wire-caption' } } as const;
const mediaLabel = { name: 'media-label', kind: 'embed', description: 'a media label', origin: 'issue 25' } as const;

/** A made-up list of past columns, each a title, a quotation and its writer with a date. */
const LIST = [
  'Thirty Years of Saying So',
  'For its birthday, the paper looks back at a few of the arguments its columnists would not drop.',
  'Why Every City Needs a Night Mayor',
  '“A city that sleeps at nine is a city that has given up on half of its people, and half of its tax base.”',
  'By Ann Lee, May 3, 2004',
  '',
  'The Case Against the Leaf Blower',
  '“There is no sound in the suburbs more sure to start a quarrel over the fence than this one.”',
  'By Tom Kay, Sept. 9, 2011',
  '',
  'Stop Saving the Best Seats for Nobody',
  '“The empty front row is the most expensive thing in any theatre, and nobody is paying for it.”',
  'By Sue Park, Feb. 2, 2019',
  '',
  'The Bus Is the Future and Always Was',
];

describe('a list of past pieces, each signed with a date', () => {
  test('its bylines and the closing title stay body', () => {
    const verdicts = classifyLines(asLines(LIST));
    const setAside = verdicts.flatMap((verdict, i) => (verdict.role === 'furniture' && LIST[i] ? [LIST[i]] : []));
    expect(setAside).toEqual(['Thirty Years of Saying So']);
  });
  test('a byline kept is listed as doubtful with the rule it escaped', () => {
    const verdict = classifyLines(asLines(LIST))[4]!;
    expect(verdict.role === 'body' && verdict.doubt?.name).toBe('wire-caption');
  });
  test('the entries are found from the rules’ verdicts', () => {
    const verdicts = LIST.map((text) => (/^By /.test(text) ? caption : body));
    expect(repeatedEntryLines(asLines(LIST), verdicts).flatMap((entry, i) => (entry ? [i] : []))).toEqual([4, 8, 12]);
  });
  test('two entries are not a run', () => {
    const two = LIST.slice(0, 10);
    const verdicts = two.map((text) => (/^By /.test(text) ? caption : body));
    expect(repeatedEntryLines(asLines(two), verdicts).some(Boolean)).toBe(false);
  });
  test('entries after a line of the page’s are not the story’s', () => {
    const texts = [LIST[1]!, 'Advertisement', ...LIST.slice(2)];
    const advert = { role: 'furniture', rule: { name: 'advertisement-label' } } as const;
    const verdicts = texts.map((text) => (text === 'Advertisement' ? advert : /^By /.test(text) ? caption : body));
    expect(repeatedEntryLines(asLines(texts), verdicts).some(Boolean)).toBe(false);
  });
});

describe('what the guards leave to the rules', () => {
  test('a wire caption between paragraphs is still set aside', () => {
    const texts = [
      'The talks ended on Friday without a deal, and both sides said they would meet again next month.',
      'Officials said the gap on the border question was as wide as it had been a year ago.',
      'Envoys leave the hall after the last session in Vienna, Austria, March 2, 2024.',
      'Neither side would say when the next round would begin, or where it would be held.',
    ];
    expect(roles(classifyLines(asLines(texts)))).toEqual(['body', 'body', 'furniture', 'body']);
  });
  test('a one-line rule’s verdict, or its doubt, names it; a position rule does not count', () => {
    expect(takenByOneLineRule({ role: 'furniture', rule: { name: 'wire-caption' } })).toBe('wire-caption');
    expect(takenByOneLineRule({ role: 'body', doubt: { name: 'byline' } })).toBe('byline');
    expect(takenByOneLineRule({ role: 'furniture', rule: { name: 'closing-run' } })).toBeNull();
    expect(takenByOneLineRule({ role: 'body' })).toBeNull();
  });
});

describe('the line model’s context', () => {
  test('a line between two paragraphs of the story is out of its reach', () => {
    const texts = ['A first paragraph of the story, which runs on.', 'Short line', 'A second paragraph, which ends.', 'Tail'];
    expect(
      betweenParagraphs(
        asLines(texts),
        texts.map(() => body),
      ),
    ).toEqual([false, true, false, false]);
  });
  test('a closing title is kept only when two titles of the story vouch for it', () => {
    const verdicts = LIST.map((text) => (/^By /.test(text) ? { role: 'body', doubt: { name: 'wire-caption' } } : body)) as never;
    expect(closesOnStoryTitle(asLines(LIST), verdicts)).toBe(true);
    const once = [...LIST.slice(0, 6), LIST.at(-1)!];
    expect(
      closesOnStoryTitle(
        asLines(once),
        once.map(() => body),
      ),
    ).toBe(false);
  });
});

describe('round 21’s headlines', () => {
  test('a post titled “VIDEO: …” at the top: its title is the headline', () => {
    const texts = [
      'VIDEO: Mayor Explains Plan For The Flooded Underpass',
      'The city will close the underpass for a month while crews rebuild its drains, the mayor said on Monday.',
      'Residents have complained about the flooding for years.',
    ];
    expect(classifyLines(asLines(texts)).map((verdict) => (verdict.role === 'furniture' ? verdict.rule.name : 'body'))).toEqual([
      'headline-line',
      'body',
      'body',
    ]);
  });
  test('a short media label at the top stays a label', () => {
    expect(isMediaTitledHeadline(['Video: The flooded underpass'], [{ role: 'furniture', rule: mediaLabel }], 0)).toBe(false);
  });
  test('a question titled as a headline under a label is the headline, its standfirst right under it', () => {
    const texts = [
      'Paper Trail',
      'Ten Years of Who Said What?',
      'To mark its birthday, the paper gathers a few of the arguments it started. Not the best ones.',
      'What would the town look like if the paper had had its way? There would be more bus lanes, for one, and fewer leaf blowers.',
    ];
    expect(classifyLines(asLines(texts))[1]).toMatchObject({ role: 'furniture', rule: { name: 'headline-line' } });
  });
  test('a titled question needs four capitalised words; a sentence has a verb in lower case', () => {
    expect(isTitledQuestion('25 Years of You Said What?')).toBe(true);
    expect(isTitledQuestion('Who Said What?')).toBe(false);
    expect(isTitledQuestion('What would the town look like without the paper?')).toBe(false);
  });
});
