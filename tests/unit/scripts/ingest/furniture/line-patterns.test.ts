import { describe, expect, test } from 'vitest';
import { anyOf, anyPattern, BYLINE, DATE_LINE } from '../../../../../scripts/ingest/furniture/line-patterns.ts';

describe('writing a pattern in pieces', () => {
  test('anyOf makes a non-capturing group of its alternatives', () => {
    expect(anyOf('Jan(?:uary)?', 'May', String.raw`\d{4}`)).toBe(String.raw`(?:Jan(?:uary)?|May|\d{4})`);
  });

  test('anyPattern matches a line any one of its patterns matches, with the flags given', () => {
    const pattern = anyPattern('i', '^newsletters?$', String.raw`^subscribe now\b.*`);
    expect(['Newsletter', 'SUBSCRIBE NOW to our round-up', 'A newsletter'].map((text) => pattern.test(text))).toEqual([
      true,
      true,
      false,
    ]);
  });
});

describe('shared patterns', () => {
  test('DATE_LINE: a date, maybe with an outlet before it and an update after it', () => {
    expect(DATE_LINE.test('CNNMoney (New York) First published February 1, 2016: 1:28 AM ET')).toBe(true);
    expect(DATE_LINE.test('The ceasefire expired on April 18, 2025')).toBe(false);
  });

  test('BYLINE: "By" and names; names start with a capital', () => {
    expect(BYLINE.test('By Jane Doe and John Roe')).toBe(true);
    expect(BYLINE.test('By the way forward')).toBe(false);
  });

  test('BYLINE: a list of names closed by ", and" (a magazine\'s team byline)', () => {
    expect(BYLINE.test('By Ann Lee, B.C. Park, Tom Kay, and Sue Roe')).toBe(true);
    expect(BYLINE.test('By Ann Lee, and then some')).toBe(false);
  });
});
