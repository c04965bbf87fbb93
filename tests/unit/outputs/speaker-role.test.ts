import { describe, expect, test } from 'vitest';
import { roleForArticle } from '../../../src/outputs/speaker-role.ts';

const roles = [
  { title: 'US senator', asOf: '2020-05-01' },
  { title: 'US secretary of state', asOf: '2025-04-18' },
];

describe('roleForArticle', () => {
  test('gives the newest role held on the article’s date', () => {
    expect(roleForArticle(roles, '2025-11-20')?.title).toBe('US secretary of state');
    expect(roleForArticle(roles, '2025-04-18T09:00:00Z')?.title).toBe('US secretary of state');
    expect(roleForArticle(roles, '2023-01-01')?.title).toBe('US senator');
  });
  test('falls back to the earliest recorded role for an article older than every record', () => {
    expect(roleForArticle([...roles].reverse(), '2010-01-01')?.title).toBe('US senator');
  });
  test('gives none when the data records no role', () => {
    expect(roleForArticle([], '2025-01-01')).toBeNull();
  });
});
