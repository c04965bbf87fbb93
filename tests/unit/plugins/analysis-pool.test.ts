/**
 * The analysis pool (src/plugins/analysis-pool.ts): an article analysed on a worker thread is
 * analysed exactly as inline, the first articles stay inline, errors keep the analysis's message,
 * and the worker count follows DOSSIER_ANALYSIS_WORKERS.
 */
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, test } from 'vitest';
import { analyzeArticle, articleInput, type ArticleInput } from '../../../src/analysis/analyze-article.ts';
import { bodyBlocksFromMarkdown } from '../../../src/analysis/text/body-blocks.ts';
import { loadActorRegistry } from '../../../src/load/actor-registry.ts';
import { AnalysisPool, defaultWorkerCount } from '../../../src/plugins/analysis-pool.ts';
import { contentDir, corpusArticleSlugs, readCorpusArticle } from '../../helpers/corpus-files.ts';

const actorsDir = fileURLToPath(new URL('actors/', contentDir));
const { matcher } = loadActorRegistry(actorsDir);

/** The corpus's articles as the Markdown plugin hands them to the analysis. */
const inputs: ArticleInput[] = corpusArticleSlugs().map((slug) => {
  const article = readCorpusArticle(slug);
  return articleInput({
    file: `/content/articles/${slug}.md`,
    blocks: bodyBlocksFromMarkdown(article.body),
    frontmatter: article.data,
  });
});

let pool: AnalysisPool | undefined;
afterEach(async () => {
  await pool?.close();
  pool = undefined;
});

describe('the analysis pool', () => {
  test('each corpus article analysed on two workers is the inline analysis, field for field', async () => {
    pool = new AnalysisPool({ matcher, actorsDir, workers: 2, inlineFirst: 0 });
    const onWorkers = await Promise.all(inputs.map((input) => pool!.analyse(input)));
    expect(pool.analysedOnWorkers).toBe(inputs.length);
    expect(onWorkers).toEqual(inputs.map((input) => analyzeArticle(input, matcher)));
  }, 60_000);

  test('the first articles of a build are analysed inline, the rest on the workers', async () => {
    pool = new AnalysisPool({ matcher, actorsDir, workers: 1, inlineFirst: 3 });
    for (const input of inputs) await pool.analyse(input);
    expect(pool.analysedOnWorkers).toBe(inputs.length - 3);
  }, 60_000);

  test('with no workers every article is analysed inline', async () => {
    pool = new AnalysisPool({ matcher, actorsDir, workers: 0, inlineFirst: 0 });
    await pool.analyse(inputs[0]!);
    expect(pool.analysedOnWorkers).toBe(0);
  });

  test('an analysis that throws on a worker rejects with the same message as inline', async () => {
    const broken: ArticleInput = { ...inputs[0]!, curations: [{ quote: 'no such quote', speaker: 'nobody' }] as never };
    const inline = (() => {
      try {
        analyzeArticle(broken, matcher);
        return null;
      } catch (error) {
        return (error as Error).message;
      }
    })();
    expect(inline).not.toBeNull();
    pool = new AnalysisPool({ matcher, actorsDir, workers: 1, inlineFirst: 0 });
    await expect(pool.analyse(broken)).rejects.toThrow(inline!);
    // The worker survives an article's error: the next article is analysed.
    await expect(pool.analyse(inputs[1]!)).resolves.toEqual(analyzeArticle(inputs[1]!, matcher));
  }, 60_000);

  test('the worker count: DOSSIER_ANALYSIS_WORKERS when set, else one per core up to four, none on one core', () => {
    expect(defaultWorkerCount({ DOSSIER_ANALYSIS_WORKERS: '0' })).toBe(0);
    expect(defaultWorkerCount({ DOSSIER_ANALYSIS_WORKERS: '3' })).toBe(3);
    expect(defaultWorkerCount({})).toBeGreaterThanOrEqual(0);
    expect(defaultWorkerCount({})).toBeLessThanOrEqual(4);
  });
});
