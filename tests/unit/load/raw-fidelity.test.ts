/**
 * The fidelity check as the build runs it (src/load/raw-fidelity.ts, called by the corpus
 * index): every article against its raw file, failing with the file and the field named. The
 * build itself is exercised once, by the `body-drifted-from-raw` case of tests/build/hostile-input.
 */
import { appendFileSync, copyFileSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { bodyBlocksFromMarkdown } from '../../../src/analysis/text/body-blocks.ts';
import { readArticleFile } from '../../../scripts/lib/read-article-file.ts';
import {
  assertArticlesMatchRaw,
  findArticlesNotMatchingRaw,
  verifiedKey,
  type ArticleAgainstRaw,
} from '../../../src/load/raw-fidelity.ts';
import { temporaryFolders } from '../../helpers/temp-dir.ts';

/** An article file as the build hands it to the check. */
function articleAt(file: string): ArticleAgainstRaw {
  const { frontmatter, body } = readArticleFile(readFileSync(file, 'utf8'), file);
  return {
    file,
    data: {
      raw: String(frontmatter.raw),
      furniture: (frontmatter.furniture ?? []) as never,
      corrections: (frontmatter.corrections ?? []) as never,
    },
    blocks: bodyBlocksFromMarkdown(body),
  };
}

const contentDir = path.resolve('content');
const corpus = readdirSync(path.join(contentDir, 'articles'))
  .filter((name) => name.endsWith('.md'))
  .map((name) => articleAt(path.join(contentDir, 'articles', name)));

describe('the build’s fidelity check', () => {
  test('passes every article of the corpus', () => {
    expect(findArticlesNotMatchingRaw(corpus, path.join(contentDir, 'raw'))).toEqual([]);
  });

  test('names the file and the field of an article whose body drifted, and the words where', () => {
    const article = corpus.find((a) => a.file.endsWith('why-us-russia-ukraine-talks-failed.md'))!;
    const drifted = {
      ...article,
      blocks: article.blocks.map((block) => ({ ...block, text: block.text.replace('haphazard and', 'and') })),
    };
    const [problem, ...more] = findArticlesNotMatchingRaw([drifted], path.join(contentDir, 'raw'));
    expect(more).toEqual([]);
    expect(problem).toMatch(/why-us-russia-ukraine-talks-failed\.md: body: .*002_ff0927326652fcae\.txt.*"haphazard"/);
  });

  test('names an article whose raw file is missing, with the field raw', () => {
    const article = { ...corpus[0]!, data: { ...corpus[0]!.data, raw: 'not-collected.txt' } };
    expect(findArticlesNotMatchingRaw([article], path.join(contentDir, 'raw'))).toEqual([
      expect.stringMatching(/: raw: the raw file not-collected\.txt is not in /),
    ]);
  });

  test('stops with every problem at once', () => {
    const broken = corpus.slice(0, 2).map((article) => ({ ...article, data: { ...article.data, raw: 'missing.txt' } }));
    expect(() => assertArticlesMatchRaw(broken, path.join(contentDir, 'raw'))).toThrow(
      /drifted from their raw text[\s\S]*missing\.txt[\s\S]*missing\.txt/,
    );
  });
});

describe('the hostile fixture corpus builds only articles that match their raw files', () => {
  const fixture = path.resolve('tests/fixtures/hostile');
  const expectedToBuild = [
    'base',
    'cases/markup-in-headline',
    'cases/cyrillic-names',
    'cases/crlf-and-bom',
    'cases/body-drifted-from-raw',
  ];
  const articles = expectedToBuild.flatMap((dir) => {
    const articlesDir = path.join(fixture, dir, 'articles');
    return existsSync(articlesDir)
      ? readdirSync(articlesDir).map((name) => ({ dir, article: articleAt(path.join(articlesDir, name)) }))
      : [];
  });
  const problemsOf = ({ dir, article }: (typeof articles)[number]) => {
    const ownRaw = path.join(fixture, dir, 'raw');
    const rawDir = existsSync(path.join(ownRaw, article.data.raw)) ? ownRaw : path.join(fixture, 'base/raw');
    return findArticlesNotMatchingRaw([article], rawDir);
  };

  const building = articles.filter(({ dir }) => dir !== 'cases/body-drifted-from-raw');
  test.each(building.map((entry) => [entry.dir, path.relative(fixture, entry.article.file), entry] as const))(
    '%s: %s matches',
    (_dir, _file, entry) => {
      expect(problemsOf(entry)).toEqual([]);
    },
  );

  test('the body-drifted-from-raw case does not', () => {
    const entry = articles.find(({ dir }) => dir === 'cases/body-drifted-from-raw')!;
    expect(problemsOf(entry)).toEqual([expect.stringContaining('"issued"')]);
  });
});

describe('a warm build checks only articles whose inputs changed', () => {
  const folders = temporaryFolders('dossier-fidelity-');
  const article = corpus.find((a) => a.file.endsWith('why-us-russia-ukraine-talks-failed.md'))!;
  const drifted = {
    ...article,
    blocks: article.blocks.map((block) => ({ ...block, text: block.text.replace('haphazard and', 'and') })),
  };

  /** A raw folder of its own holding the article's raw file, so a test may change its bytes. */
  function ownRawDir(): string {
    const dir = folders();
    copyFileSync(path.join(contentDir, 'raw', article.data.raw), path.join(dir, article.data.raw));
    return dir;
  }

  test('an article that passed is remembered under what it was made from and its raw file’s bytes', () => {
    const rawDir = ownRawDir();
    const verifiedFile = path.join(folders(), 'verified.json');
    assertArticlesMatchRaw([{ ...article, madeFrom: 'file-1:code-1' }], rawDir, verifiedFile);
    const raw = readFileSync(path.join(rawDir, article.data.raw), 'utf8');
    expect(JSON.parse(readFileSync(verifiedFile, 'utf8'))).toEqual([verifiedKey('file-1:code-1', raw)]);
  });

  test('the same inputs are not checked again; new code, a new article file or new raw bytes are', () => {
    const rawDir = ownRawDir();
    const verifiedFile = path.join(folders(), 'verified.json');
    assertArticlesMatchRaw([{ ...article, madeFrom: 'file-1:code-1' }], rawDir, verifiedFile);
    // Blocks that would fail pass unchecked under the key that passed: the key says they cannot differ.
    expect(() => assertArticlesMatchRaw([{ ...drifted, madeFrom: 'file-1:code-1' }], rawDir, verifiedFile)).not.toThrow();
    expect(() => assertArticlesMatchRaw([{ ...drifted, madeFrom: 'file-1:code-2' }], rawDir, verifiedFile)).toThrow(/haphazard/);
    expect(() => assertArticlesMatchRaw([{ ...drifted, madeFrom: 'file-2:code-1' }], rawDir, verifiedFile)).toThrow(/haphazard/);
    appendFileSync(path.join(rawDir, article.data.raw), '\n');
    expect(() => assertArticlesMatchRaw([{ ...drifted, madeFrom: 'file-1:code-1' }], rawDir, verifiedFile)).toThrow(/haphazard/);
  });

  test('an article with no known inputs is checked on every build and never remembered', () => {
    const rawDir = ownRawDir();
    const verifiedFile = path.join(folders(), 'verified.json');
    assertArticlesMatchRaw([article], rawDir, verifiedFile);
    expect(JSON.parse(readFileSync(verifiedFile, 'utf8'))).toEqual([]);
    expect(() => assertArticlesMatchRaw([drifted], rawDir, verifiedFile)).toThrow(/haphazard/);
  });

  test('a file that is not a list of keys is read as none', () => {
    const rawDir = ownRawDir();
    const verifiedFile = path.join(folders(), 'verified.json');
    writeFileSync(verifiedFile, '{not json');
    expect(() => assertArticlesMatchRaw([{ ...drifted, madeFrom: 'file-1:code-1' }], rawDir, verifiedFile)).toThrow(/haphazard/);
  });
});
