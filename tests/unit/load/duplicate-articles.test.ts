/**
 * Issue 26 item 4: the same article cannot be added twice. The build (and `npm run add`) refuse a
 * second article with the same raw record, body or source address, naming both files, unless it
 * declares `duplicateOf`.
 */
import { describe, expect, test } from 'vitest';
import {
  bodyFingerprint,
  duplicateArticleProblems,
  sourceUrlKey,
  type ArticleIdentity,
} from '../../../src/load/duplicate-articles.ts';

const article = (slug: string, more: Partial<ArticleIdentity> = {}): ArticleIdentity => ({
  file: `content/articles/${slug}.md`,
  slug,
  raw: `${slug}.txt`,
  body: `The body of ${slug}.`,
  sourceUrl: `https://outlet.example/${slug}`,
  ...more,
});

describe('duplicateArticleProblems', () => {
  test('articles that are each their own pass', () => {
    expect(duplicateArticleProblems([article('a'), article('b'), article('c', { sourceUrl: null })])).toEqual([]);
  });

  test('the same body under another slug is refused, naming both files and all they share', () => {
    const first = article('talks', { body: 'Rubio said so.\n\nTalks went on.' });
    const again = article('talks-2', { raw: 'talks.txt', body: 'Rubio  said so.\nTalks went on.', sourceUrl: first.sourceUrl });
    expect(duplicateArticleProblems([first, again])).toEqual([
      'content/articles/talks-2.md: duplicate: the same raw record, the same body text, the same source address as ' +
        'content/articles/talks.md; the same article would be published twice and its quotes counted twice. ' +
        'Remove one, or, if both must stay (the same story in two outlets), declare it with duplicateOf: talks',
    ]);
  });

  test('the same address, written differently, is the same article', () => {
    const problems = duplicateArticleProblems([
      article('a', { sourceUrl: 'https://www.outlet.example/story/#top' }),
      article('b', { sourceUrl: 'https://outlet.example/story' }),
    ]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^content\/articles\/b\.md: duplicate: the same source address as content\/articles\/a\.md/);
  });

  test('a declared copy is accepted; a declaration naming no article is refused', () => {
    const wire = article('wire', { body: 'Same words.' });
    expect(duplicateArticleProblems([wire, article('wire-reprint', { body: 'Same words.', duplicateOf: 'wire' })])).toEqual([]);
    expect(duplicateArticleProblems([article('x', { duplicateOf: 'nowhere' })])).toEqual([
      'content/articles/x.md: duplicateOf: no article has the slug "nowhere"',
    ]);
  });

  test('a third copy is refused even when the second declared the first', () => {
    const problems = duplicateArticleProblems([
      article('a', { body: 'Same.' }),
      article('b', { body: 'Same.', duplicateOf: 'a' }),
      article('c', { body: 'Same.' }),
    ]);
    expect(problems).toEqual([
      expect.stringMatching(/^content\/articles\/c\.md: duplicate: the same body text as content\/articles\/a\.md/),
    ]);
  });
});

test('fingerprints ignore whitespace and Unicode composition only', () => {
  expect(bodyFingerprint('Cafe\u0301  talks\n\n go on ')).toBe(bodyFingerprint('Café talks go on'));
  expect(bodyFingerprint('Talks go on.')).not.toBe(bodyFingerprint('Talks went on.'));
  expect(sourceUrlKey('https://www.x.example/a/?id=2#c')).toBe(sourceUrlKey('https://x.example/a?id=2'));
  expect(sourceUrlKey('https://x.example/a?id=2')).not.toBe(sourceUrlKey('https://x.example/a?id=3'));
});
