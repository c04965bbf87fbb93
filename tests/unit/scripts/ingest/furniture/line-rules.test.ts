/**
 * Every line rule of scripts/ingest/furniture/line-rules.ts, one table each
 * (tests/fixtures/ingest/furniture-cases/line-rules.yaml, and line-rules-round-8.yaml, line-rules-round-9.yaml,
 * line-rules-round-13.yaml, line-rules-round-17.yaml, line-rules-round-18.yaml, line-rules-round-19.yaml and
 * line-rules-round-20.yaml, line-rules-round-23.yaml, line-rules-round-24.yaml, line-rules-round-25.yaml,
 * line-rules-round-26.yaml, line-rules-round-27.yaml, line-rules-round-28.yaml, line-rules-round-29.yaml, line-rules-round-31.yaml,
 * line-rules-round-32.yaml, line-rules-round-33.yaml, line-rules-round-35.yaml, line-rules-round-37.yaml and line-rules-round-38.yaml for the rules of issue 25's
 * rounds 8, 9, 13, 17, 18, 19, 20, 23, 24, 25, 26, 27, 28, 29, 31, 32, 33, 35, 37 and 38): lines it must catch
 * and article text it must leave alone.
 */
import { describe, expect, test } from 'vitest';
import { LINE_RULES, matchLineRule } from '../../../../../scripts/ingest/furniture/line-rules.ts';
import { readFurnitureCases, type RuleCases } from './furniture-cases.ts';

const tables = [
  ...(readFurnitureCases('line-rules.yaml') as RuleCases<string>[]),
  ...(readFurnitureCases('line-rules-round-8.yaml') as RuleCases<string>[]),
  ...(readFurnitureCases('line-rules-round-9.yaml') as RuleCases<string>[]),
  ...(readFurnitureCases('line-rules-round-13.yaml') as RuleCases<string>[]),
  ...(readFurnitureCases('line-rules-round-17.yaml') as RuleCases<string>[]),
  ...(readFurnitureCases('line-rules-round-18.yaml') as RuleCases<string>[]),
  ...(readFurnitureCases('line-rules-round-19.yaml') as RuleCases<string>[]),
  ...(readFurnitureCases('line-rules-round-20.yaml') as RuleCases<string>[]),
  ...(readFurnitureCases('line-rules-round-23.yaml') as RuleCases<string>[]),
  ...(readFurnitureCases('line-rules-round-24.yaml') as RuleCases<string>[]),
  ...(readFurnitureCases('line-rules-round-25.yaml') as RuleCases<string>[]),
  ...(readFurnitureCases('line-rules-round-26.yaml') as RuleCases<string>[]),
  ...(readFurnitureCases('line-rules-round-27.yaml') as RuleCases<string>[]),
  ...(readFurnitureCases('line-rules-round-28.yaml') as RuleCases<string>[]),
  ...(readFurnitureCases('line-rules-round-29.yaml') as RuleCases<string>[]),
  ...(readFurnitureCases('line-rules-round-31.yaml') as RuleCases<string>[]),
  ...(readFurnitureCases('line-rules-round-32.yaml') as RuleCases<string>[]),
  ...(readFurnitureCases('line-rules-round-33.yaml') as RuleCases<string>[]),
  ...(readFurnitureCases('line-rules-round-35.yaml') as RuleCases<string>[]),
  ...(readFurnitureCases('line-rules-round-37.yaml') as RuleCases<string>[]),
  ...(readFurnitureCases('line-rules-round-38.yaml') as RuleCases<string>[]),
];

test('every line rule has a table of cases', () => {
  expect(LINE_RULES.map((rule) => rule.name).sort()).toEqual(tables.map((table) => table.rule).sort());
});

describe.each(tables)('$rule', ({ rule, catches, leaves }) => {
  test.each(catches)('catches %j', (text) => {
    expect(matchLineRule(text)?.name).toBe(rule);
  });
  test.each(leaves)('leaves article text alone: %j', (text) => {
    expect(LINE_RULES.find((candidate) => candidate.name === rule)!.test(text)).toBe(false);
  });
});
