/** The prose guards (issue 25, round 15): a story's sentence and its section label in capitals stay body, whatever a word rule says. */
import { describe, expect, test } from 'vitest';
import { classifyLines } from '../../../../../scripts/ingest/furniture/classify.ts';
import { keptByShape } from '../../../../../scripts/ingest/furniture/line-model.ts';
import { isCapitalLabel, isProseSentence } from '../../../../../scripts/ingest/furniture/prose-guards.ts';
import { asLines } from '../../../../helpers/furniture-lines.ts';

const roleOf = (texts: readonly string[], text: string) => classifyLines(asLines(texts))[texts.indexOf(text)]!.role;

const TIP =
  'Anyone who saw the break-in at the hardware store is asked to call Detective Ana Ruiz at 555-201-3344 or email tips@example.org.';
const STORY = [
  'Menu',
  'Search',
  'Thieves cut through hardware store roof in overnight break-in',
  'By Lena Ortiz | lortiz@example.com',
  'on March 3, 2026 at 9:12 AM, updated March 3, 2026 at 9:40 AM',
  'View/Post Comments',
  'RECALLS/REPAIRS',
  'Thieves cut a hole through the roof of a hardware store on Elm Street overnight and took power tools worth thousands of dollars, police said.',
  'The owner found the hole when he opened the store on Tuesday morning, and officers spent most of the day looking for fingerprints.',
  'Police said the thieves probably used a ladder from the lot behind the store and left before the alarm company called the owner.',
  TIP,
  'View/Post Comments',
  'Most Read',
];

describe('isProseSentence and isCapitalLabel', () => {
  test('a sentence of twelve words or more ending in a full stop', () => {
    expect(isProseSentence(TIP)).toBe(true);
    expect(isProseSentence('Follow her on Twitter @lortiz.')).toBe(false);
    expect(isProseSentence('Anyone who saw the break-in is asked to call the police department tip line')).toBe(false);
  });

  test('a short label in capitals with no meta word', () => {
    expect(isCapitalLabel('RECALLS/REPAIRS')).toBe(true);
    expect(isCapitalLabel('BY LENA ORTIZ')).toBe(false);
    expect(isCapitalLabel('UPDATED 9:40 AM')).toBe(false);
    expect(isCapitalLabel('SHARE')).toBe(false);
    expect(isCapitalLabel('Recalls and repairs')).toBe(false);
  });
});

describe('classifyLines keeps the story’s own lines', () => {
  test('a contact sentence with a phone number and an e-mail address as the last paragraph stays body', () => {
    expect(roleOf(STORY, TIP)).toBe('body');
  });

  test('a section label in capitals between the headline and the first paragraph stays body', () => {
    expect(roleOf(STORY, 'RECALLS/REPAIRS')).toBe('body');
  });

  test('the header’s meta around it is still set aside', () => {
    expect(roleOf(STORY, 'on March 3, 2026 at 9:12 AM, updated March 3, 2026 at 9:40 AM')).toBe('furniture');
    expect(roleOf(STORY, 'Menu')).toBe('furniture');
  });
});

describe('keptByShape keeps a review’s rating', () => {
  const REVIEW =
    'The film is warm and quick, and its side gags land, but it never feels as if it had to be made. It wheezes where it should fly.';
  const body = { role: 'body', block: 'paragraph' } as const;

  test('right after the review’s last paragraph', () => {
    const text = [{ text: REVIEW }, { text: 'Grade: C+.' }, { text: 'Rating: 3/5' }];
    expect(keptByShape(text, text.map(() => body) as never).slice(1)).toEqual([true, false]);
  });

  test('not when no paragraph stands right above it', () => {
    const text = [{ text: REVIEW }, { text: 'More Reviews' }, { text: 'Grade: C+.' }];
    expect(keptByShape(text, text.map(() => body) as never)[2]).toBe(false);
  });
});
