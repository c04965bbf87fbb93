import { expect, test } from 'vitest';
import { normalise } from '../../../../../scripts/ingest/furniture/normalise.ts';

test('normalise collapses every run of whitespace to one space and trims the ends', () => {
  expect(normalise('\n  Rubio says\tthe US\u00a0could   move on \r\n')).toBe('Rubio says the US could move on');
});
