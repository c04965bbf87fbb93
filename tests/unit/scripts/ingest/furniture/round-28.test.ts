/**
 * Issue 25, round 28: what round 27's held-back half (now development) lost, in made-up texts of its shapes:
 * the story's own short lines under the byline, taken as the header's meta (story-cards.ts,
 * `header-meta-run`); a named entry's name and title under the header's picture lines, taken by the line
 * model (entry-guards.ts); and what each leaves alone. Then, for recall, a promo box's title right above
 * its pitch to the rest of the coverage (promo-box-titles.ts). The new line rules are cases of
 * line-rules-round-28.yaml.
 */
import { describe, expect, test } from 'vitest';
import { classifyLines, type LineVerdict } from '../../../../../scripts/ingest/furniture/classify.ts';
import { namedEntryLines } from '../../../../../scripts/ingest/furniture/entry-guards.ts';
import { keptByShape } from '../../../../../scripts/ingest/furniture/line-model.ts';
import { markHeaderMetaRuns } from '../../../../../scripts/ingest/furniture/story-cards.ts';
import { POSITION_RULES } from '../../../../../scripts/ingest/furniture/position-rules.ts';
import { asLines, nameOf, isBody, HARBOUR_STORY } from '../../../../helpers/furniture-lines.ts';

const body: LineVerdict = { role: 'body', block: 'paragraph' };
const byline: LineVerdict = { role: 'furniture', rule: POSITION_RULES.headerMetaRun };

const PARAGRAPHS = HARBOUR_STORY;

describe('the header’s meta broken into lines (header-meta-run)', () => {
  const run = (under: readonly string[]) => {
    const texts = ['By Harbour Weekly', ...under, ...PARAGRAPHS];
    const verdicts: LineVerdict[] = texts.map((_, i) => (i === 0 ? byline : body));
    markHeaderMetaRuns(asLines(texts), verdicts);
    return verdicts.slice(1, 1 + under.length);
  };

  test('the story’s own short lines under the byline, with no meta word, stay body (doubtful)', () => {
    const verdicts = run(['3-9 May Issue', 'The Ferry Question']);
    expect(verdicts.every(isBody)).toBe(true);
    expect(verdicts.every((verdict) => verdict.role === 'body' && verdict.doubt?.name === 'header-meta-run')).toBe(true);
  });

  test('the line model never takes a line header-meta-run left as the story’s', () => {
    const texts = ['By Harbour Weekly', '3-9 May Issue', 'The Ferry Question', ...PARAGRAPHS];
    const verdicts: LineVerdict[] = texts.map((_, i) => (i === 0 ? byline : body));
    markHeaderMetaRuns(asLines(texts), verdicts);
    expect(keptByShape(asLines(texts), verdicts).slice(1, 3)).toEqual([true, true]);
  });

  test('short lines under the byline with a meta word are still the header’s', () => {
    expect(run(['Published', '2 hours ago']).map(nameOf)).toEqual(['header-meta-run', 'header-meta-run']);
    expect(run(['Updated May 3', 'Harbour Desk']).map(nameOf)).toEqual(['header-meta-run', 'header-meta-run']);
  });
});

describe('a named entry under the header’s picture lines', () => {
  const page = [
    'Contributors to the Harbour Review’s May Issue',
    'Writers and photographers share the stories behind the stories',
    'A woman on a quay with a camera',
    'Maria Calder',
    'Maria Calder',
    'Ferries of the North',
    PARAGRAPHS[0]!,
    PARAGRAPHS[1]!,
    'Tom Ashby',
    'Why Do Harbours Silt Up?',
  ];

  test('a name and a title over a paragraph are kept from the model when another entry of that shape follows', () => {
    const kept = namedEntryLines(asLines(page), classifyLines(asLines(page), {}, null));
    expect([4, 5, 8, 9].map((i) => kept[i])).toEqual([true, true, true, true]);
    expect(kept[3]).toBe(false);
  });

  test('a name and a title alone, with no second entry, are left to the model', () => {
    const once = page.slice(0, 8);
    expect(namedEntryLines(asLines(once), classifyLines(asLines(once), {}, null)).some(Boolean)).toBe(false);
  });
});

describe('a promo box’s title (promo-box-titles.ts)', () => {
  const pitch = 'Our Live Briefing gives you the latest on the floods. For all of our coverage of the floods, click here.';

  test('right above its pitch between paragraphs, is a teaser', () => {
    const verdicts = classifyLines(
      asLines([PARAGRAPHS[0]!, 'Live Briefing: Floods in the North', pitch, ...PARAGRAPHS.slice(1)]),
    );
    expect(verdicts.slice(1, 3).map(nameOf)).toEqual(['promo-box-title', 'coverage-click-here']);
  });

  test('a sentence of the story right above the pitch stays body', () => {
    const sentence = 'The river rose by two metres overnight.';
    const verdicts = classifyLines(asLines([PARAGRAPHS[0]!, sentence, pitch, ...PARAGRAPHS.slice(1)]));
    expect(isBody(verdicts[1])).toBe(true);
  });
});
