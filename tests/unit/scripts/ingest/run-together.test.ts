/** Words run together in a text (scripts/ingest/run-together.ts): suggested splits, never applied. */
import { describe, expect, test } from 'vitest';
import { suggestRunTogetherWords } from '../../../../scripts/ingest/run-together.ts';

describe('suggestRunTogetherWords', () => {
  const block = (text: string) => ({ id: 'p-1', text, kind: 'paragraph' as const });

  test.each([
    ['Three days ago, President Donald Trump announcedthe leaders would meet.', 'announcedthe', 'announced the'],
    ['keep readingShow less', 'readingShow', 'reading Show'],
    ['He said.The talks ended.', 'said.The', 'said. The'],
    ['The leaders met. Theleaders agreed.', 'Theleaders', 'The leaders'],
  ])('suggests a split in %j', (text, from, to) => {
    expect(suggestRunTogetherWords([block(text)]).map((s) => [s.from, s.to])).toEqual([[from, to]]);
  });

  test.each([
    'They breathe the air of the thousand islands, within sight of the mainland.',
    'The company, thereafter, sold another iPhone on eBay and McDonald’s said so on YouTube.',
    'Themselves, theirs, theory and therapy: the words of the report, and Amazon.com too.',
  ])('suggests nothing in ordinary words: %j', (text) => {
    expect(suggestRunTogetherWords([block(text)])).toEqual([]);
  });
});
