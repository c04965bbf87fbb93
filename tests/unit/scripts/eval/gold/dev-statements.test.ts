/**
 * The hand gold of the development set's `statements:` lists (scripts/eval/gold/dev/*.gold.yaml)
 * against its articles: a content typed by hand must be printed, exactly, in the block the scorer
 * finds it in, and a speaker must be words of the article (FORMAT.md, "`statements:`").
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseDevStatements } from '../../../../../scripts/eval/evaluate-statements.ts';
import { loadDevSet } from '../../../../../scripts/eval/gold-sets.ts';
import { locateContent } from '../../../../../scripts/eval/match-statements.ts';

const DEV = path.resolve(import.meta.dirname, '../../../../../scripts/eval/gold/dev');
const { articles } = loadDevSet(DEV);
const annotated = articles.map((article) => ({
  article,
  statements: parseDevStatements(readFileSync(path.join(DEV, `${article.id}.gold.yaml`), 'utf8'), article.id) ?? [],
}));

describe('development set statements gold', () => {
  test('the fourteen articles are loaded and each lists its statements', () => {
    expect(articles).toHaveLength(14);
    expect(annotated.filter(({ statements }) => statements.length === 0).map(({ article }) => article.id)).toEqual([]);
  });

  test('every content is printed verbatim where the scorer locates its words', () => {
    const misplaced = annotated.flatMap(({ article, statements }) =>
      statements
        .filter((statement) => {
          const words = locateContent(statement.content, article.blocks, statement.block) ?? [];
          const [first, last] = [words[0], words.at(-1)];
          const text = article.blocks.find((candidate) => candidate.id === first?.block)?.text ?? '';
          if (first === undefined || last === undefined) return true;
          // Some printed occurrence of the content must span the located words.
          for (let at = text.indexOf(statement.content); at !== -1; at = text.indexOf(statement.content, at + 1)) {
            if (at <= first.start && at + statement.content.length >= last.end) return false;
          }
          return true;
        })
        .map((statement) => `${article.id}: ${statement.content}`),
    );
    expect(misplaced).toEqual([]);
  });

  test('a content whose words occur in more than one block names its block', () => {
    const ambiguous = annotated.flatMap(({ article, statements }) =>
      statements
        .filter((statement) => {
          const holding = article.blocks.filter((block) => locateContent(statement.content, [block], null) !== null);
          return holding.length > 1 && !holding.some((block) => block.id === statement.block);
        })
        .map((statement) => `${article.id}: ${statement.content}`),
    );
    expect(ambiguous).toEqual([]);
  });

  test('a named or unnamed speaker is the article’s own words; type none has no speaker', () => {
    const wrong = annotated.flatMap(({ article, statements }) => {
      const body = article.blocks.map((block) => block.text.toLowerCase()).join('\n');
      return statements
        .filter(({ speaker }) =>
          speaker.type === 'none' ? speaker.name !== '' : speaker.name === '' || !body.includes(speaker.name.toLowerCase()),
        )
        .map(({ content, speaker }) => `${article.id}: ${speaker.name || '(null)'} [${speaker.type}] for "${content}"`);
    });
    expect(wrong).toEqual([]);
  });
});
