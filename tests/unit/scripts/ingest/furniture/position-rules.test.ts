/**
 * The position rules of scripts/ingest/furniture/position-rules.ts, as the classifier applies them:
 * for raw texts, one table each (tests/fixtures/ingest/furniture-cases/position-rules.yaml) of a
 * line the rule must name and a line that must stay body; for saved pages, a test each.
 */
import { describe, expect, test } from 'vitest';
import { classifyLines } from '../../../../../scripts/ingest/furniture/classify.ts';
import { POSITION_RULES } from '../../../../../scripts/ingest/furniture/position-rules.ts';
import { P1, P2, P3, pageLine, readFurnitureCases, ruleOf, textLines } from './furniture-cases.ts';

interface PositionCase {
  /** The text, one line an entry. */
  lines: string[];
  /** The line (1-based) the case is about. */
  line: number;
}

interface PositionRuleCases {
  rule: string;
  /** Texts and the line the rule must name. */
  catches: PositionCase[];
  /** Texts and a line that must stay body. */
  leaves: PositionCase[];
}

const { rules: tables } = readFurnitureCases('position-rules.yaml') as { rules: PositionRuleCases[] };

describe('raw texts', () => {
  test('every position rule for texts has a table of cases', () => {
    const textRules = [
      'headline',
      'dek',
      'headerLabel',
      'headerLine',
      'captionBeforeCredit',
      'teaserList',
      'afterArticle',
      'afterArticleLabel',
    ] as const;
    expect(textRules.map((key) => POSITION_RULES[key].name).sort()).toEqual(tables.map((table) => table.rule).sort());
  });

  describe.each(tables)('$rule', ({ rule, catches, leaves }) => {
    test.each(catches)('catches line $line of %#', ({ lines, line }) => {
      expect(ruleOf(classifyLines(textLines(...lines))[line - 1])).toBe(rule);
    });
    if (leaves.length > 0) {
      test.each(leaves)('leaves line $line of %# as body', ({ lines, line }) => {
        expect(ruleOf(classifyLines(textLines(...lines))[line - 1])).toMatch(/^body:/);
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
    const lines = [
      pageLine(1, 'The Daily Planet', {}),
      pageLine(2, P1, { kept: true }),
      pageLine(3, P3, {}),
      pageLine(4, 'Five things to know', {}),
      pageLine(5, P2, { kept: true }),
      pageLine(6, 'Contact the newsroom', {}),
    ];
    expect(classifyLines(lines).map(ruleOf)).toEqual([
      'before-article',
      'body:paragraph',
      'body:paragraph',
      'outside-article',
      'body:paragraph',
      'outside-article',
    ]);
  });
});
