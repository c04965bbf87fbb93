/** Which header line of a whole pasted page is the headline (scripts/ingest/furniture/headline-choice.ts, issue 25). */
import { describe, expect, test } from 'vitest';
import { classifyLines } from '../../../../../scripts/ingest/furniture/classify.ts';
import { chooseHeadline, headlineIndex, mayBeHeadline } from '../../../../../scripts/ingest/furniture/headline-choice.ts';
import { POSITION_RULES } from '../../../../../scripts/ingest/furniture/position-rules.ts';
import type { RuleInfo } from '../../../../../scripts/ingest/furniture/rule.ts';

const body = { role: 'body' } as const;
const aside = (rule: RuleInfo) => ({ role: 'furniture', rule }) as const;
const headline = aside(POSITION_RULES.headline);
const dek = aside(POSITION_RULES.dek);
const headerLine = aside(POSITION_RULES.headerLine);
const byModel = aside({ name: 'line-model', kind: 'navigation', description: 'the line model', origin: 'issue 25' });
const credit = aside({ name: 'photo-credit', kind: 'credit', description: 'a picture’s credit', origin: 'issue 25' });

// Made up, in the shapes of the development half's whole pages.
describe('headlineIndex', () => {
  test('a page line the rules took for the headline gives way to the story’s headline under it', () => {
    const texts = ['Home News Page 1207', 'Council approves a new budget for the city schools', 'The council voted on Monday.'];
    expect(headlineIndex(texts, [headline, dek, body])).toBe(1);
  });

  test('a breadcrumb gives way to the line model’s fullest header line', () => {
    const texts = [
      'Home » World » Envoy arrives in Vienna',
      'World',
      'Envoy arrives in Vienna as the talks resume',
      'The envoy landed.',
    ];
    expect(headlineIndex(texts, [headline, byModel, byModel, body])).toBe(2);
  });

  test('three words are a site’s line, not a headline; a caption ending in its credit is not taken either', () => {
    const texts = [
      'Listen Live Now',
      'Stations share transmitters to stay on the air after the storm',
      'A technician checks a mast in Slidell, Louisiana (Ann Lee, WXYZ)',
      'Ann Lee at WXYZ',
      'The storm cut power to four stations.',
    ];
    expect(headlineIndex(texts, [headline, byModel, byModel, credit, body])).toBe(1);
  });

  test('the rules’ headline stands when it may be one, even with a longer standfirst under it', () => {
    const texts = [
      'Envoy leaves Vienna empty-handed',
      'After three days of talks neither side would say what comes next',
      'He left.',
    ];
    expect(headlineIndex(texts, [headline, dek, body])).toBe(0);
  });

  test('a station’s short tagline the rules took gives way to a headline with twice its words lower in the header', () => {
    const texts = [
      'Public Radio in Springfield',
      'Play Live Radio',
      'Around the State, Farmers Brace for a Second Dry Summer',
      'Farmers across the state are cutting back.',
    ];
    expect(headlineIndex(texts, [headline, headerLine, headerLine, body])).toBe(2);
  });

  test('the rules’ headline stands over a header line below it with fewer than twice its words, or over a long one', () => {
    const shorter = ['Envoy leaves Vienna empty-handed', 'Talks end with no date set', 'He left.'];
    expect(headlineIndex(shorter, [headline, headerLine, body])).toBe(0);
    const long = [
      'Public Radio in Springfield',
      'Inside the long fight over the river: how a town, two farmers and a judge changed the state’s water law for good',
      'It began in 2019.',
    ];
    expect(headlineIndex(long, [headline, headerLine, body])).toBe(0);
  });

  test('no header line that may be a headline: none', () => {
    expect(headlineIndex(['Home » World', 'The envoy landed.'], [headline, body])).toBe(-1);
  });
});

describe('mayBeHeadline', () => {
  test.each([
    ['Envoy arrives in Vienna as talks resume', true],
    ['AT&T declares war on an open internet (and us)', true],
    ['/ Ann Lee / 10:08 am Fri Jul 19, 2013', false],
    ['Home » Tech » Outage hits three apps', false],
    ['Click Here for More Articles on the Talks', false],
    ['By Ann Lee and Tom Kay', false],
  ])('%s → %s', (text, expected) => {
    expect(mayBeHeadline(text)).toBe(expected);
  });
});

describe('chooseHeadline', () => {
  test('moves the headline and leaves every line on its side of body and furniture', () => {
    const texts = ['Home News Page 1207', 'Council approves a new budget for the city schools', 'The council voted on Monday.'];
    const chosen = chooseHeadline(texts, [headline, dek, body]);
    expect(chosen.map((v) => (v.role === 'body' ? 'body' : v.rule.name))).toEqual(['header-label', 'headline-line', 'body']);
  });

  test('with no line that may be the headline there is none, rather than the site’s line', () => {
    const texts = ['Log in Subscribe Today Customer Service', 'The council voted on Monday.'];
    expect(chooseHeadline(texts, [headline, body])[0]).toEqual(aside(POSITION_RULES.headerLine));
  });

  test('a short line the rules took becomes a header label', () => {
    const texts = ['Home Page Two', 'Council approves a new budget for the city schools', 'The council voted on Monday.'];
    expect(chooseHeadline(texts, [headline, headerLine, body])[0]).toEqual(aside(POSITION_RULES.headerLabel));
  });

  test('a standfirst left above the moved headline is a header line, never the dek', () => {
    const texts = [
      'World',
      'The latest news from around the world, with live coverage and analysis.',
      'Council approves a new budget for the city schools after a long debate',
      'The council voted on Monday.',
    ];
    const chosen = chooseHeadline(texts, [headline, dek, headerLine, body]);
    expect(chosen.map((v) => (v.role === 'body' ? 'body' : v.rule.name))).toEqual([
      'header-label',
      'header-line',
      'headline-line',
      'body',
    ]);
  });

  test('a standfirst under the moved headline stays the dek', () => {
    const texts = ['Home News Page 1207', 'Council approves a new budget for the city schools', 'More money for the schools'];
    const chosen = chooseHeadline(texts, [headline, headerLine, dek]);
    expect(chosen[2]).toEqual(dek);
  });

  test('in the classifier: a pasted page’s own first line is no longer the headline', () => {
    const raw = [
      'Home Blog Page 3245',
      'Council approves a new budget for the city schools',
      'The city council on Monday approved a budget that gives the schools more money than last year, after a long debate.',
      'The vote was seven to two, and the mayor said she would sign it this week.',
    ];
    const verdicts = classifyLines(raw.map((text, i) => ({ line: i + 1, text })));
    const named = verdicts.map((v) => (v.role === 'body' ? 'body' : v.rule.name));
    expect(named.slice(0, 2)).toEqual(['header-label', 'headline-line']);
  });
});
