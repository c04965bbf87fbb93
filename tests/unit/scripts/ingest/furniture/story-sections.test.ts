/** A story's own lists and section headings that the line model never sets aside (scripts/ingest/furniture/story-sections.ts, issue 25, round 13). */
import { describe, expect, test } from 'vitest';
import { introducedListItems, sectionHeadings } from '../../../../../scripts/ingest/furniture/story-sections.ts';
import { keptByShape, LINE_FEATURE_NAMES, lineFeatures } from '../../../../../scripts/ingest/furniture/line-model.ts';

const PROSE = 'The workshop met on Saturday to build lamps out of plastic spoons. Everyone went home with one.';
const lines = (...texts: string[]) => texts.map((text) => ({ text }));
const proseOf = (texts: string[]) => texts.map((text) => text === PROSE);
const body = { role: 'body', block: 'paragraph' } as const;
const aside = { role: 'furniture', rule: { name: 'advertisement-label', kind: 'boilerplate' } } as const;

describe('introducedListItems', () => {
  // Made up, the shape of the development half's craft story (“Materials:” and its items).
  const texts = [
    PROSE,
    'Materials:',
    '1 package plastic spoons',
    'X-Acto knife',
    'yellow paint',
    'hot glue gun and glue',
    'Instructions:',
    PROSE,
  ];

  test('keeps the short items a colon introduces between paragraphs, most opening in lower case or with a quantity', () => {
    expect(introducedListItems(lines(...texts), proseOf(texts))).toEqual([false, false, true, true, true, true, false, false]);
  });

  test('leaves a box of capitalised links, a list after the last paragraph and one above the first', () => {
    const links = [PROSE, 'Related:', 'Council Passes Budget', 'Mayor Names New Chief', 'Library To Reopen', PROSE];
    expect(introducedListItems(lines(...links), proseOf(links))).toEqual(links.map(() => false));
    const tags = [PROSE, 'Tags:', 'city council', 'budget', 'library', 'Join the Conversation:'];
    expect(introducedListItems(lines(...tags), proseOf(tags))).toEqual(tags.map(() => false));
    const above = ['Materials:', 'spoons', 'paint', 'glue', PROSE];
    expect(introducedListItems(lines(...above), proseOf(above))).toEqual(above.map(() => false));
  });

  test('needs three items', () => {
    const two = [PROSE, 'You will need:', 'spoons', 'glue', PROSE];
    expect(introducedListItems(lines(...two), proseOf(two))).toEqual(two.map(() => false));
  });
});

describe('sectionHeadings', () => {
  test('keeps a title or a numbered heading between paragraphs, past one line set aside', () => {
    const texts = [
      PROSE,
      'Users Urged to Remain Cautious',
      PROSE,
      'Advertisement',
      '13. Learn To Accept Compliments',
      PROSE,
      PROSE,
    ];
    const setAside = texts.map((text) => text === 'Advertisement');
    expect(sectionHeadings(lines(...texts), proseOf(texts), setAside)).toEqual([false, true, false, false, true, false, false]);
  });

  test('keeps a listicle’s stopped title past its item number and its picture’s credit', () => {
    const texts = [PROSE, '4', 'Zoe Saldana Responds To Anti-Immigrant Hate.', 'Getty.', PROSE, PROSE];
    const setAside = texts.map((text) => text === 'Getty.');
    expect(sectionHeadings(lines(...texts), proseOf(texts), setAside)).toEqual([false, false, true, false, false, false]);
  });

  test('leaves a related headline in sentence case, a box of headlines, and headings outside the story', () => {
    const texts = [
      'Council Passes The Budget',
      PROSE,
      'Mayor hosts a screening of the film',
      PROSE,
      'Mayor Hosts A Film Screening',
      'Library Reopens After Repairs',
      PROSE,
      'More From Our Newsroom',
    ];
    expect(
      sectionHeadings(
        lines(...texts),
        proseOf(texts),
        texts.map(() => false),
      ),
    ).toEqual(texts.map(() => false));
  });
});

describe('keptByShape, with round 13’s shapes', () => {
  test('keeps an introduced list’s items and a section heading whatever the model would say', () => {
    const texts = [
      PROSE,
      'Materials:',
      'spoons',
      'yellow paint',
      'glue',
      PROSE,
      'Advertisement',
      'Paint The Spoons Yellow',
      PROSE,
      PROSE,
    ];
    const verdicts = texts.map((text) => (text === 'Advertisement' ? aside : body));
    expect(keptByShape(lines(...texts), verdicts as never)).toEqual([
      true,
      false,
      true,
      true,
      true,
      true,
      false,
      true,
      true,
      true,
    ]);
  });
});

describe('the headline-run-after-body feature', () => {
  const value = (texts: string[]) =>
    lineFeatures(lines(...texts), texts.map(() => body) as never).map(
      (vector) => vector[LINE_FEATURE_NAMES.indexOf('headline-run-after-body')],
    );

  test('marks headline-shaped lines next to one another below the story (a box of other stories)', () => {
    expect(value([PROSE, 'Most Popular', 'Council passes the city budget', 'Mayor names a new police chief'])).toEqual([
      0, 0, 1, 1,
    ]);
  });

  test('leaves a lone line below the story and headlines inside it', () => {
    expect(value([PROSE, 'Council passes the city budget', PROSE, 'Kim Gump, Dallas'])).toEqual([0, 0, 0, 0]);
  });
});
