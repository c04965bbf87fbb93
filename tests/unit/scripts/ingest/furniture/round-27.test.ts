/**
 * Issue 25, round 27: what round 26's held-back half (now development) lost, in made-up texts of its shapes
 * (section-guards.ts): the story's first section heading right under the headline, taken as the standfirst;
 * the next entry's title on a page of entries, taken by the line model; a notebook's first item heading right
 * above its first paragraph (PolNeAR train's “Another first.”); and what each leaves alone. The
 * credit run into a summary's start is a case of line-rules.yaml (`photo-credit`, glued-credit.ts). Then, for
 * recall, the headline printed again under the standfirst (header-repeats.ts).
 */
import { describe, expect, test } from 'vitest';
import { classifyLines } from '../../../../../scripts/ingest/furniture/classify.ts';
import { nextEntryTitleLines, openingSectionHeadingLines } from '../../../../../scripts/ingest/furniture/section-guards.ts';
import { asLines, nameOf, isBody, HARBOUR_STORY } from '../../../../helpers/furniture-lines.ts';

const PARAGRAPHS = HARBOUR_STORY;

describe('the story’s first section heading', () => {
  const report = [
    'Harbour Board Weekly Highlights: May 3, 2019',
    'Ferry Line Losses Discussed at Harbour Board Meeting',
    PARAGRAPHS[0]!,
    'Council Asks Ministry for Study of the Ferry Route',
    PARAGRAPHS[1]!,
    PARAGRAPHS[2]!,
  ];

  test('right under the headline, over a paragraph, is the story’s when more headings of its shape follow', () => {
    const verdicts = classifyLines(asLines(report));
    expect(nameOf(verdicts[0]!)).toBe('headline-line');
    expect(verdicts.slice(1).every(isBody)).toBe(true);
  });

  test('a title-case line under the headline with no heading of its shape below stays the standfirst', () => {
    const once = report.filter((_, i) => i !== 3);
    const verdicts = classifyLines(asLines(once));
    expect(nameOf(verdicts[1]!)).toBe('dek-line');
  });
});

describe('the next entry’s title on a page of entries', () => {
  const page = [
    'Harbour board studies the ferry line',
    'posted on 03/05/2019',
    PARAGRAPHS[0]!,
    PARAGRAPHS[1]!,
    'Harbour Mayor meets fishermen',
    'posted on 01/05/2019',
  ];

  test('after a paragraph, over a date line of the first entry’s form, is kept from the line model', () => {
    expect(nextEntryTitleLines(asLines(page), classifyLines(asLines(page), {}, null))[4]).toBe(true);
    expect(isBody(classifyLines(asLines(page))[4])).toBe(true);
  });

  test('a title over a date line of another form is left to the model', () => {
    const other = page.map((text, i) => (i === 5 ? 'Updated 01/05/2019' : text));
    expect(nextEntryTitleLines(asLines(other), classifyLines(asLines(other), {}, null))[4]).toBe(false);
  });
});

describe('the headline printed again under the standfirst (header-repeats.ts)', () => {
  const title = 'Why Harbour Towns Love Their Ferries';
  const standfirst = 'For the town, the ferry is more than a way across.';

  test('is the headline again, and the line between the printings the standfirst', () => {
    const verdicts = classifyLines(asLines([title, standfirst, title, ...PARAGRAPHS]));
    expect(verdicts.slice(0, 3).map(nameOf)).toEqual(['headline-line', 'dek-between-headlines', 'headline-again']);
    expect(verdicts.slice(3).every(isBody)).toBe(true);
  });

  test('a paragraph between the two printings keeps the second in the story', () => {
    const verdicts = classifyLines(asLines([title, ...PARAGRAPHS, title, PARAGRAPHS[0]!]));
    expect(verdicts.map(nameOf)).not.toContain('headline-again');
  });
});

describe('a notebook’s first item heading right above its first paragraph', () => {
  const notebook = [
    'harbour notebook.',
    'Another first.',
    PARAGRAPHS[0]!,
    PARAGRAPHS[1]!,
    'Lawbreaker?',
    PARAGRAPHS[2]!,
    'quotable.',
    PARAGRAPHS[0]!.replace('Monday', 'Tuesday'),
  ];

  test('is the story’s when two more of its short headings stand between paragraphs', () => {
    expect(isBody(classifyLines(asLines(notebook))[1])).toBe(true);
  });

  test('with one heading between paragraphs it is left to the model', () => {
    const one = notebook.slice(0, 6);
    expect(openingSectionHeadingLines(asLines(one), classifyLines(asLines(one), {}, null))[1]).toBe(false);
  });
});
