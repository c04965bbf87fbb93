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

describe('a citizen news site’s print page (prose-guards.ts)', () => {
  const PRINT_PAGE = [
    'Harbour Media Centre     http://www.harbourmedia.example',
    'Ferry line saved for the winter',
    ...HARBOUR_STORY,
    'Harbour Media is an open news collective. We are volunteers who report on the town and its harbour.',
  ];

  test('the site’s note about itself closing the page is set aside, though it is prose right after a paragraph', () => {
    expect(classify(PRINT_PAGE).slice(2)).toEqual(['body', 'body', 'body', 'site-about-note']);
  });
});

describe('a note about the writer after the story (writer-bio.ts)', () => {
  const STORY = [
    'Ferry line to run through the winter, board says',
    'By Jane Q. Doe',
    ...HARBOUR_STORY,
    'Jane Q. Doe is a freelance writer who has covered the harbour for ten years. Contact her at jane@example.com.',
  ];

  test('opening with the byline’s name, it is set aside; the story’s paragraphs stay', () => {
    const names = classify(STORY);
    expect(names.slice(2)).toEqual(['body', 'body', 'body', 'writer-bio-note']);
  });

  test('a paragraph naming someone else, or an agency’s byline, is left alone', () => {
    const other = [...STORY.slice(0, -1), 'John Smith is a ferry captain who has sailed the route for ten years.'];
    expect(classify(other).at(-1)).toBe('body');
    const agency = ['Ferry line to run through the winter, board says', 'By The Harbour Press', ...HARBOUR_STORY];
    const names = classify([...agency, 'The Harbour Press has asked the board for its study of the route.']);
    expect(names.at(-1)).toBe('body');
  });
});
