import { describe, expect, test } from 'vitest';
import { decodeSaidMeta } from '../../../src/lib/said-meta.ts';
import { saidSearchData } from '../../../src/outputs/said-search-data.ts';

const names: Record<string, string> = { 'marco-rubio': 'Marco Rubio', 'anna-petrova': 'Anna Petrova' };
const actorName = (slug: string) => names[slug];

describe('what an article page declares for searching its quotes and statements', () => {
  test('each spoken quote and statement by anchor, speakers by actor name or the article’s words', () => {
    const data = saidSearchData(
      [
        { id: 'aaa', kind: 'statement', speaker: { actor: 'marco-rubio', label: 'Rubio' } },
        { id: 'bbb', kind: 'title', speaker: null },
        { id: 'ccc', kind: 'fragment', speaker: { actor: null, label: 'two officials' } },
        { id: 'ddd', kind: 'statement', speaker: null },
      ],
      [
        { id: 's-eee', speaker: { actor: 'anna-petrova', label: 'Petrova', provisional: true } },
        { id: 's-fff', speaker: { actor: 'unknown-slug', label: 'the envoy' } },
      ],
      actorName,
    );
    expect(data.speakers).toEqual(['Marco Rubio', 'two officials', 'Anna Petrova', 'the envoy']);
    expect(data.kinds).toEqual(['quote', 'statement']);
    expect([...decodeSaidMeta(data.said).values()]).toEqual([
      { id: 'q-aaa', speaker: 'Marco Rubio' },
      { id: 'q-ccc', speaker: 'two officials' },
      { id: 'q-ddd', speaker: null },
      { id: 's-eee', speaker: 'Anna Petrova' },
      { id: 's-fff', speaker: 'the envoy' },
    ]);
  });

  test('an article that quotes no one declares nothing', () => {
    expect(saidSearchData([{ id: 'x', kind: 'scare', speaker: null }], [], actorName)).toEqual({
      speakers: [],
      kinds: [],
      said: '',
    });
  });
});
