/**
 * Issue 25, the review after round 37: what the header's rules give the article's dek. A line the rules
 * took as the standfirst that prints the headline again is the headline again (header-repeats.ts), so
 * the dek never repeats the headline; a note in brackets under the headline is no dek either (dek-guards.ts).
 */
import { describe, expect, test } from 'vitest';
import { classifyLines } from '../../../../../scripts/ingest/furniture/classify.ts';
import { readsAsBylineOrDate, relabelFalseStandfirsts } from '../../../../../scripts/ingest/furniture/dek-guards.ts';
import { POSITION_RULES } from '../../../../../scripts/ingest/furniture/position-rules.ts';
import { asLines, HARBOUR_STORY, nameOf } from '../../../../helpers/furniture-lines.ts';

/** The rule a line the position rules took as the dek under `headline` ends with, over a paragraph of the story. */
function relabelledUnder(headline: string, text: string): string {
  const lines = asLines([headline, text, HARBOUR_STORY[0]!]);
  const verdicts = [
    { role: 'furniture', rule: POSITION_RULES.headline },
    { role: 'furniture', rule: POSITION_RULES.dek },
    { role: 'body', block: 'paragraph' },
  ] as Parameters<typeof relabelFalseStandfirsts>[1];
  relabelFalseStandfirsts(lines, verdicts);
  return nameOf(verdicts[1]!);
}

describe('the headline printed again where the standfirst stands', () => {
  const title = 'Harbour board apologizes to the ferry crews and their families';

  test('in the classifier: the second printing is the headline again, and no line is the dek', () => {
    const verdicts = classifyLines(asLines([title, title, ...HARBOUR_STORY]));
    expect(nameOf(verdicts[0]!)).toBe('headline-line');
    expect(nameOf(verdicts[1]!)).toBe('headline-again');
  });

  test('a standfirst with other words stays the dek', () => {
    expect(relabelledUnder(title, 'The board met the crews on Monday')).toBe('dek-line');
  });

  test('a note in brackets under the headline is a header line, not the dek', () => {
    const verdicts = classifyLines(asLines([title, '(ATTN: ADDS more details, photo)', 'By Ann Lee', ...HARBOUR_STORY]));
    expect(nameOf(verdicts[0]!)).toBe('headline-line');
    expect(nameOf(verdicts[1]!)).toBe('header-line');
  });

  test.each([
    ['By Ann Lee & Tom Kay,', true],
    ['Harbour Times - 2 hours ago - 15:00 | All, World', true],
    ['Monday May 3, 2021 11:44 am by Ann Lee', true],
    ['May 3, 2021 @ 3:53 PM', true],
    ['The fire broke out at the harbour around 4:25 a.m. Sunday.', false],
    ['The board will vote again by Friday.', false],
    [
      'In this article, first published in a harbour supplement on May 3, 2003 for the board’s centenary, the editor looks back',
      false,
    ],
  ])('a line taken as the standfirst that reads as a byline or date line: %s → %s', (text, expected) => {
    expect(readsAsBylineOrDate(text)).toBe(expected);
  });

  test('a caption ending in its agency, or a short label, taken as the standfirst is no dek', () => {
    const relabelled = (text: string) => relabelledUnder('Harbour board apologizes to the ferry crews', text);
    expect(relabelled('The harbour master has resigned. Reuters')).toBe('header-caption');
    expect(relabelled('Ferry crews at the quay')).toBe('header-line');
    expect(relabelled('The board met the crews on Monday and promised a new timetable.')).toBe('dek-line');
  });

  test('the page’s title over the story’s headline: the headline moves to the line without the site’s name', () => {
    const headline = 'Harbour board apologizes to the ferry crews';
    const verdicts = classifyLines(asLines([`${headline} - Harbour Times`, headline, 'By Ann Lee', ...HARBOUR_STORY]));
    expect(verdicts.slice(0, 2).map(nameOf)).toEqual(['header-line', 'headline-line']);
    const below = classifyLines(asLines([headline, `${headline} | Harbour Times`, 'By Ann Lee', ...HARBOUR_STORY]));
    expect(below.slice(0, 2).map(nameOf)).toEqual(['headline-line', 'header-line']);
  });

  test('a headline line that prints its title twice gives way to the title printed once below it', () => {
    const title = 'Harbour board apologizes to the ferry crews';
    const verdicts = classifyLines(asLines([`${title} ${title}`, title, 'By Ann Lee', ...HARBOUR_STORY]));
    expect(verdicts.slice(0, 2).map(nameOf)).toEqual(['header-line', 'headline-line']);
  });
});
