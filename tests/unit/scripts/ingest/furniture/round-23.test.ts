/**
 * Issue 25, round 23: what round 22's held-back half (now development) lost and left, in made-up texts of
 * its shapes: a first line hard-wrapped in the middle of its sentence is no standfirst, a dateline alone
 * above the first paragraph is the story's (opening-guards.ts); an author's box after the story
 * (author-box.ts); a standfirst whose time reads “a.m. Sunday” is one sentence (standfirst.ts).
 */
import { describe, expect, test } from 'vitest';
import { authorBoxName } from '../../../../../scripts/ingest/furniture/author-box.ts';
import { classifyLines, type LineVerdict } from '../../../../../scripts/ingest/furniture/classify.ts';
import {
  isDatelineAlone,
  openingDatelineLines,
  runOnLines,
  stopsMidSentence,
} from '../../../../../scripts/ingest/furniture/opening-guards.ts';
import { asLines } from '../../../../helpers/furniture-lines.ts';

const kindOf = (verdict: LineVerdict) => (verdict.role === 'furniture' ? verdict.rule.kind : 'body');
const body = { role: 'body' } as const;
const label = { role: 'furniture' } as const;

describe('a line that stops in the middle of its sentence', () => {
  test('ends on a function word with no closing mark', () => {
    expect(stopsMidSentence('After the board delayed its vote on the')).toBe(true);
    expect(stopsMidSentence('The mayor said the plan would go to a vote of')).toBe(true);
    expect(stopsMidSentence('After the board delayed its vote on the plan')).toBe(false);
    expect(stopsMidSentence('Where to eat in the')).toBe(true);
    expect(stopsMidSentence('Sign up for the newsletter:')).toBe(false);
    expect(stopsMidSentence('Of the')).toBe(false);
  });

  test('runs on when the next line opens in lower case', () => {
    const lines = asLines(['The board met today. After it delayed its vote on the', 'budget last week, members agreed.']);
    expect(runOnLines(lines)).toEqual([true, false]);
    expect(runOnLines(asLines(['The board met today. After it delayed its vote on the', 'Budget Office']))).toEqual([
      false,
      false,
    ]);
  });

  test('is never the standfirst under the byline: the story starts there', () => {
    const verdicts = classifyLines(
      asLines([
        'Council approves the budget for next year',
        'By Jane Doe / The Daily Planet',
        'The wait is over for the new budget of the town. After the council put off its decision on the',
        'budget at last week’s meeting, members voted yes on the plan during a special session on Tuesday.',
        'The council planned the meeting in advance to give the approval of the budget some weight, and to',
        'take the item alone rather than among dozens of others in a regular meeting of the council.',
      ]),
    );
    expect(verdicts.map(kindOf).slice(2)).toEqual(['body', 'body', 'body', 'body']);
  });
});

describe('a dateline alone on its line', () => {
  test('is a place in capitals, maybe a state or an agency, and a dash with nothing after it', () => {
    expect(isDatelineAlone('DENTON, Texas —')).toBe(true);
    expect(isDatelineAlone('LONDON (Wire) -')).toBe(true);
    expect(isDatelineAlone('NEW ORLEANS —')).toBe(true);
    expect(isDatelineAlone('DENTON, Texas — Crews fought a fire on Monday.')).toBe(false);
    expect(isDatelineAlone('Denton, Texas —')).toBe(false);
    expect(isDatelineAlone('NEWS —')).toBe(true);
  });

  test('is the story’s when it stands right above the first paragraph, with no prose above it', () => {
    const paragraph = 'A small fire broke out at the site of the old town hall early on Thursday morning.';
    const lines = asLines(['DENTON, Texas —', paragraph, 'NEWS —', paragraph]);
    expect(openingDatelineLines(lines, [label, body, label, body])).toEqual([true, false, false, false]);
    expect(openingDatelineLines(asLines(['DENTON, Texas —', 'Weather']), [label, label])).toEqual([false, false]);
  });

  test('stays body at the top of a text with no headline, whatever the line model says', () => {
    const verdicts = classifyLines(
      asLines([
        'DENTON, Texas —',
        'A small fire broke out at the site of the old town hall early on Thursday morning.',
        'Volunteer firefighters fought the blaze into the afternoon. No one was hurt, the city manager said.',
        'The cause of the fire is under investigation, he said.',
      ]),
    );
    expect(verdicts.map(kindOf)).toEqual(['body', 'body', 'body', 'body']);
  });
});

describe('an author’s box after the story', () => {
  const story = [
    'Mayor signs the budget with no objections',
    'The mayor said on Friday that he has no objections to the changes the council made to his budget.',
    'The budget raises the property tax by eight per cent for the coming year, the city clerk said.',
  ];

  test('its heading gives a person’s name', () => {
    expect(authorBoxName('About Jane Doe')).toBe('Jane Doe');
    expect(authorBoxName('About Town')).toBeNull();
    expect(authorBoxName('About the budget')).toBeNull();
  });

  test('the heading and the line under it that opens with the name are set aside', () => {
    const verdicts = classifyLines(
      asLines([...story, 'About Jane Doe', 'Jane Doe is the editor of the paper, and writes on the council every week.']),
    );
    expect(verdicts.slice(-2).map(kindOf)).toEqual(['boilerplate', 'boilerplate']);
  });

  test('a heading over a line about someone else stays with the story', () => {
    const verdicts = classifyLines(
      asLines([...story, 'About Jane Doe', 'The council will meet again on Tuesday to vote on the plan for the park.']),
    );
    expect(verdicts.at(-1)!.role).toBe('body');
  });
});

describe('a standfirst above a dateline, with no headline', () => {
  test('is one sentence when its time reads “a.m. Sunday”', () => {
    const verdicts = classifyLines(
      asLines([
        'The fire broke out at the old mill around 4:25 a.m. Sunday.',
        'NEWARK, Ohio — Fire crews are working to find out what started a fire at the old mill early Sunday morning.',
        'According to the assistant fire chief, the fire broke out in the east wing of the building, which was empty.',
      ]),
    );
    expect(verdicts.map(kindOf)).toEqual(['dek', 'body', 'body']);
  });
});
