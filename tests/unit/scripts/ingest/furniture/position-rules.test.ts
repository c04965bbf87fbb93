/**
 * The position rules of scripts/ingest/furniture/position-rules.ts, as the classifier applies them:
 * for raw texts, one table each (tests/fixtures/ingest/furniture-cases/position-rules.yaml, and
 * position-rules-round-8.yaml, position-rules-round-10.yaml, position-rules-round-23.yaml,
 * position-rules-round-25.yaml, position-rules-round-26.yaml and position-rules-round-28.yaml for issue 25's rounds
 * 8, 10, 23, 25, 26 and 28; round 29's case of `header-meta-run` is in position-rules-round-10.yaml) of a
 * line the rule must name and a line that must stay body, before the line model; for saved pages, a test each.
 */
import { describe, expect, test } from 'vitest';
import { classifyLines } from '../../../../../scripts/ingest/furniture/classify.ts';
import { POSITION_RULES } from '../../../../../scripts/ingest/furniture/position-rules.ts';
import {
  P1,
  P2,
  PAGE_WITH_LEFT_OUT_LINES,
  pageLine,
  readFurnitureCases,
  type RuleCases,
  ruleOf,
  textLines,
} from './furniture-cases.ts';

type PositionRuleKey = keyof typeof POSITION_RULES;

interface PositionCase {
  /** The text, one line an entry. */
  lines: string[];
  /** The line (1-based) the case is about. */
  line: number;
}

/** Catches: texts and the line the rule must name; leaves: texts and a line that must stay body. */
const tables = [
  'position-rules.yaml',
  'position-rules-round-8.yaml',
  'position-rules-round-10.yaml',
  'position-rules-round-23.yaml',
  'position-rules-round-25.yaml',
  'position-rules-round-26.yaml',
  'position-rules-round-28.yaml',
].flatMap((file) => (readFurnitureCases(file) as { rules: RuleCases<PositionCase>[] }).rules);

/**
 * The rules' verdict on line `line` of a text given one line an entry (an empty entry is a blank
 * line), before the line model (round 11): the tables say what each rule names; for `header-label`,
 * `header-line` and `closing-run` the model then decides (line-model.test.ts).
 */
function verdictOf(lines: string[], line: number): string | undefined {
  const source = textLines(...lines);
  return ruleOf(classifyLines(source, {}, null)[source.findIndex((entry) => entry.line === line)]);
}

describe('raw texts', () => {
  test('every position rule but the four for saved pages (a test each below) has a table of cases', () => {
    const pageRules = new Set<PositionRuleKey>(['pageHeadline', 'pageDek', 'beforeArticle', 'outsideArticle']);
    const textRules = Object.entries(POSITION_RULES).filter(([key]) => !pageRules.has(key as PositionRuleKey));
    expect(textRules.map(([, rule]) => rule.name).sort()).toEqual(tables.map((table) => table.rule).sort());
  });

  describe.each(tables)('$rule', ({ rule, catches, leaves }) => {
    test.each(catches)('catches line $line of %#', ({ lines, line }) => {
      expect(verdictOf(lines, line)).toBe(rule);
    });
    if (leaves.length > 0) {
      test.each(leaves)('leaves line $line of %# as body', ({ lines, line }) => {
        expect(verdictOf(lines, line)).toMatch(/^body:/);
      });
    }
  });
});

describe('saved pages', () => {
  test('page-headline: the h1 or the metadata headline, outside the article', () => {
    const lines = [
      pageLine(1, 'Rubio says the US could move on', { tag: 'h1' }),
      pageLine(2, P1, { kept: true }),
      pageLine(3, P2, { kept: true }),
    ];
    expect(classifyLines(lines, { headline: 'Rubio says the US could move on' }).map(ruleOf)).toEqual([
      'page-headline',
      'body:paragraph',
      'body:paragraph',
    ]);
  });

  test('page-dek: the description, shown as the standfirst of the article', () => {
    const dek = 'New Zealand’s whale whisperers worry about beachings';
    const lines = [pageLine(1, dek, { kept: true, nearHints: 'content--standfirst' }), pageLine(2, P1, { kept: true })];
    expect(classifyLines(lines, { dek }).map(ruleOf)).toEqual(['page-dek', 'body:paragraph']);
  });

  test('page-dek: never the first paragraph, even when the description repeats it', () => {
    const lines = [pageLine(1, P1, { kept: true }), pageLine(2, P2, { kept: true })];
    expect(classifyLines(lines, { dek: P1 }).map(ruleOf)).toEqual(['body:paragraph', 'body:paragraph']);
  });

  test('before-article and outside-article: lines Readability left out, before and after the article starts', () => {
    expect(classifyLines(PAGE_WITH_LEFT_OUT_LINES).map(ruleOf)).toEqual([
      'before-article',
      'body:paragraph',
      'body:paragraph',
      'outside-article',
      'body:paragraph',
      'outside-article',
    ]);
  });
});
