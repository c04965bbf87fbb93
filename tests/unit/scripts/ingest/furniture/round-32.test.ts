/**
 * Issue 25, round 32: round 31's losses and misses (its held-back half, now development), in made-up texts
 * of their shape. First the loss: a wire's story kept as its store keeps it, each paragraph wrapped into
 * short lines, with no headline above it (opening-guards.ts, `wrappedParagraphLines`). Then a daily briefing's
 * list of contents, its first title printed again over the first paragraph (contents-list.ts). The rules that
 * read one line's words (copy-site-chrome-rules.ts) have their cases in line-rules-round-32.yaml.
 */
import { describe, expect, test } from 'vitest';
import { classifyLines } from '../../../../../scripts/ingest/furniture/classify.ts';
import { findContentsList } from '../../../../../scripts/ingest/furniture/contents-list.ts';
import { wrappedParagraphLines } from '../../../../../scripts/ingest/furniture/opening-guards.ts';
import { asLines, HARBOUR_STORY, nameOf } from '../../../../helpers/furniture-lines.ts';

const classify = (texts: readonly string[]) => classifyLines(asLines(texts)).map(nameOf);

/** A wire's story wrapped into lines of about 60 characters, no headline in the copy. */
const WRAPPED_WIRE_STORY = [
  'The harbour board chair said Tuesday',
  'the ferry would keep running through the winter, and that the',
  'ministry had agreed to pay for a study of the route before',
  'the contract with the operator runs out next summer.',
  '"We have heard the town and we will not let the line close,"',
  'she said after the meeting.',
  'ALL RIGHTS RESERVED © Copyright Harbour Wire',
];

describe('a wire’s paragraphs wrapped into short lines, no headline (opening-guards.ts)', () => {
  test('three lines or more, each going on in lower case, are one wrapped paragraph', () => {
    expect(wrappedParagraphLines(asLines(WRAPPED_WIRE_STORY))).toEqual([true, true, true, true, false, false, false]);
  });

  test('a headline over a byline in lower case and a button is no wrapped paragraph', () => {
    const header = [
      'Ferry line to run through the winter',
      '‘A lifeline’ the town says it cannot lose',
      'by Jane Doe Nov 29, 2016',
      'share',
    ];
    expect(wrappedParagraphLines(asLines(header))).toEqual([false, false, false, false]);
  });

  test('its first line is not taken for a headline, nor its second for the standfirst', () => {
    const names = classify(WRAPPED_WIRE_STORY);
    expect(names.slice(0, 6)).toEqual(['body', 'body', 'body', 'body', 'body', 'body']);
  });
});

describe('a daily briefing’s list of contents (contents-list.ts)', () => {
  const BRIEFING = [
    'The Harbour Daily: Morning Briefing for Tuesday',
    'Ferry Talks Resume',
    'Budget Cuts Loom',
    'A New Pier for the Town',
    'Ferry Talks Resume',
    ...HARBOUR_STORY,
  ];

  test('the list is navigation, and its first title printed again over the first paragraph is the story’s heading', () => {
    const names = classify(BRIEFING);
    expect(names.slice(1, 6)).toEqual(['contents-list', 'contents-list', 'contents-list', 'body', 'body']);
  });

  test('a headline printed twice around the header’s meta is no list', () => {
    const header = ['Ferry Talks Resume', 'Print this page', '22.12.2018', 'Ferry Talks Resume', ...HARBOUR_STORY];
    const lines = asLines(header);
    expect(findContentsList(lines, classifyLines(lines))).toBeNull();
  });
});
