/**
 * scripts/ingest/furniture/classify.ts beyond what one rule decides: the body's blocks, the
 * paragraphs it puts back, and the names the three families of rules are told apart by.
 */
import { describe, expect, test } from 'vitest';
import { classifyLines } from '../../../../../scripts/ingest/furniture/classify.ts';
import { LINE_RULES } from '../../../../../scripts/ingest/furniture/line-rules.ts';
import { PAGE_RULES } from '../../../../../scripts/ingest/furniture/page-rules.ts';
import { POSITION_RULES } from '../../../../../scripts/ingest/furniture/position-rules.ts';
import { P1, P2, P3, PAGE_WITH_LEFT_OUT_LINES, pageLine, ruleOf, textLines } from './furniture-cases.ts';

test('no two rules share a name (the review and the classifier tell rules apart by name)', () => {
  const names = [...LINE_RULES, ...PAGE_RULES, ...Object.values(POSITION_RULES)].map((rule) => rule.name);
  expect(names.filter((name, i) => names.indexOf(name) !== i)).toEqual([]);
});

describe('raw texts', () => {
  test('a short line that is no sentence, between paragraphs, is a subheading; at the end it is a paragraph', () => {
    const verdicts = classifyLines(textLines(P1, 'How did we get here and what’s next?', P2, 'The end of the matter'));
    expect(verdicts.map(ruleOf)).toEqual(['body:paragraph', 'body:heading', 'body:paragraph', 'body:paragraph']);
  });

  test('a text of prose alone is all body', () => {
    expect(classifyLines(textLines(P1, P2, P3)).map(ruleOf)).toEqual(['body:paragraph', 'body:paragraph', 'body:paragraph']);
  });
});

describe('saved pages', () => {
  test('a paragraph Readability dropped between two it kept is put back, marked as recovered', () => {
    expect(classifyLines(PAGE_WITH_LEFT_OUT_LINES)[2]).toEqual({ role: 'body', block: 'paragraph', recovered: true });
  });

  test('a short all-bold paragraph is a subheading; list items and quotes keep their kind', () => {
    const lines = [
      pageLine(1, P1, { kept: true }),
      pageLine(2, 'Whole Foods future', { kept: true, boldOnly: true }),
      pageLine(3, 'He is confident the Iran nuclear deal will be passed by Congress', { kept: true, tag: 'li' }),
      pageLine(4, P2, { kept: true, tag: 'p', ancestors: ['blockquote', 'div'] }),
    ];
    expect(classifyLines(lines).map(ruleOf)).toEqual(['body:paragraph', 'body:heading', 'body:list-item', 'body:quote']);
  });
});
