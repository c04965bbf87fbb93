/**
 * Every page rule of scripts/ingest/furniture/page-rules.ts, one table each
 * (tests/fixtures/ingest/furniture-cases/page-rules.yaml): lines of saved pages it must catch, and
 * lines it must leave alone, mostly article text inside the same markup that Readability kept.
 */
import { describe, expect, test } from 'vitest';
import { matchPageRule, PAGE_RULES, type PageContext } from '../../../../../scripts/ingest/furniture/page-rules.ts';
import { pageContext, readFurnitureCases, type RuleCases } from './furniture-cases.ts';

interface PageCase {
  text: string;
  context: Partial<PageContext>;
}

const { rules: tables } = readFurnitureCases('page-rules.yaml') as { rules: RuleCases<PageCase>[] };

test('every page rule has a table of cases', () => {
  expect(PAGE_RULES.map((rule) => rule.name).sort()).toEqual(tables.map((table) => table.rule).sort());
});

describe.each(tables)('$rule', ({ rule, catches, leaves }) => {
  test.each(catches)('catches $text', ({ text, context }) => {
    expect(matchPageRule(pageContext(context), text)?.name).toBe(rule);
  });
  test.each(leaves)('leaves $text alone', ({ text, context }) => {
    expect(matchPageRule(pageContext(context), text)?.name).not.toBe(rule);
  });
});
