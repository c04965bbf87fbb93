import { test, vi, expect } from 'vitest';
vi.mock('astro:content', () => ({ getCollection: () => { throw new Error('not in unit tests'); } }));
const { sentenceAround, prominence } = await import('../../src/corpus/index.ts');
test('x', () => { expect(sentenceAround('A b. C d.', 6)).toBe('C d.'); expect(prominence({mentions: [1] as never, quotes: [] })).toBe(1); });
