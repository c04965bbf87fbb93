/** The article schema (src/schemas/article.ts): a source address must be a safe web address. */
import { describe, expect, test } from 'vitest';
import { articleSchema } from '../../../src/schemas/article.ts';

describe('sourceUrl refuses a protocol-relative address', () => {
  const article = (value: string) => ({
    headline: { value: 'x', confidence: 'confirmed' },
    outlet: { value: 'x', confidence: 'confirmed' },
    published: { value: '2025-04-18', confidence: 'confirmed' },
    author: { value: null, confidence: 'unknown' },
    sourceUrl: { value, confidence: 'confirmed' },
    raw: 'x.txt',
  });

  test.each(['//evil.example/article', '/\\evil.example/', 'javascript:alert(1)'])('%j', (value) => {
    const result = articleSchema.safeParse(article(value));
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['sourceUrl.value']);
  });

  test('an https address is accepted', () => {
    expect(articleSchema.safeParse(article('https://example.org/article')).success).toBe(true);
  });
});
