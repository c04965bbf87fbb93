import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { BodyBlock } from '../analysis/types.ts';
import type { ArticleData } from '../schemas/article.ts';
import { checkFidelityOfBlocks } from './fidelity.ts';

/**
 * The fidelity check, run by the build on every article (issue 13): an article whose body and
 * furniture no longer account for its raw file, word for word and in order, never publishes.
 * The corpus index calls this once per build, so a warm content cache cannot skip it.
 */

export interface ArticleAgainstRaw {
  /** The article file, as messages name it. */
  file: string;
  data: Pick<ArticleData, 'raw' | 'furniture' | 'corrections'>;
  /** The body's blocks, as the analysis read them. */
  blocks: readonly BodyBlock[];
}

/** The folder of raw files the build reads: `raw/` in the content folder (`DOSSIER_CONTENT_DIR`). */
export function defaultRawDir(): string {
  return path.resolve(process.env.DOSSIER_CONTENT_DIR ?? 'content', 'raw');
}

/** One message per article that does not match its raw file, naming the file and the field. */
export function findArticlesNotMatchingRaw(articles: readonly ArticleAgainstRaw[], rawDir = defaultRawDir()): string[] {
  const problems: string[] = [];
  for (const article of articles) {
    const rawFile = path.join(rawDir, article.data.raw);
    let raw: string;
    try {
      raw = readFileSync(rawFile, 'utf8');
    } catch {
      problems.push(
        `${article.file}: raw: the raw file ${article.data.raw} is not in ${path.relative(process.cwd(), rawDir) || rawDir}`,
      );
      continue;
    }
    const result = checkFidelityOfBlocks({
      raw,
      blocks: article.blocks,
      furniture: article.data.furniture,
      corrections: article.data.corrections,
    });
    if (!result.ok) {
      problems.push(
        `${article.file}: body: the body, furniture and corrections do not account for the raw file ${article.data.raw} (fidelity check): ${result.message}`,
      );
    }
  }
  return problems;
}

/** Stops the build, naming every article that does not match its raw file. */
export function assertArticlesMatchRaw(articles: readonly ArticleAgainstRaw[], rawDir = defaultRawDir()): void {
  const problems = findArticlesNotMatchingRaw(articles, rawDir);
  if (problems.length > 0)
    throw new Error(`Articles that drifted from their raw text are not published:\n${problems.join('\n')}`);
}
