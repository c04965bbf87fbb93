/** The search page's query and result metadata (src/scripts-client/search-query.ts). */
import { describe, expect, test } from 'vitest';
import { unescapeMeta } from '../../../src/scripts-client/search-query.ts';

describe('words for readers', () => {
  test('search results show metadata without the backslashes that escape commas', () => {
    expect(unescapeMeta('“So if they’re serious about peace – either side\\, or both”')).toBe(
      '“So if they’re serious about peace – either side, or both”',
    );
  });
});
