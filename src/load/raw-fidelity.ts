import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { BodyBlock } from '../analysis/types.ts';
import type { ArticleData } from '../schemas/article.ts';
import { fileDigest } from './article-records.ts';
import { checkFidelityOfBlocks } from './fidelity.ts';

/**
 * The fidelity check, run by the build on every article (issue 13): an article whose body and
 * furniture no longer account for its raw file, word for word and in order, never publishes.
 * The corpus index calls this once per build, so a warm content cache cannot skip it. What a warm
 * build may skip is an article checked by an earlier build with exactly the same inputs: the same
 * article file and analysis code (`madeFrom`, which covers this module's code too) and the same
 * raw file's bytes (`verifiedKey`).
 */

export interface ArticleAgainstRaw {
  /** The article file, as messages name it. */
  file: string;
  data: Pick<ArticleData, 'raw' | 'furniture' | 'corrections'>;
  /** The body's blocks, as the analysis read them. */
  blocks: readonly BodyBlock[];
  /**
   * What the blocks were made from (the article file's digest and the render-inputs digest), or
   * null when not known: such an article is checked on every build.
   */
  madeFrom?: string | null;
}

/** The key under which an article that passed is remembered: what its blocks and its raw file were. */
export function verifiedKey(madeFrom: string, raw: string): string {
  return `${madeFrom}:${fileDigest(raw)}`;
}

/** The folder of raw files the build reads: `raw/` in the content folder (`DOSSIER_CONTENT_DIR`). */
export function defaultRawDir(): string {
  return path.resolve(process.env.DOSSIER_CONTENT_DIR ?? 'content', 'raw');
}

/** One message per article that does not match its raw file, naming the file and the field. */
export function findArticlesNotMatchingRaw(
  articles: readonly ArticleAgainstRaw[],
  rawDir = defaultRawDir(),
  verified: { before: ReadonlySet<string>; passed: Set<string> } = { before: new Set(), passed: new Set() },
): string[] {
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
    const key = article.madeFrom ? verifiedKey(article.madeFrom, raw) : null;
    if (key && verified.before.has(key)) {
      verified.passed.add(key);
      continue;
    }
    const result = checkFidelityOfBlocks({
      raw,
      blocks: article.blocks,
      furniture: article.data.furniture,
      corrections: article.data.corrections,
    });
    if (result.ok) {
      if (key) verified.passed.add(key);
    } else {
      problems.push(
        `${article.file}: body: the body, furniture and corrections do not account for the raw file ${article.data.raw} (fidelity check): ${result.message}`,
      );
    }
  }
  return problems;
}

/**
 * Stops the build, naming every article that does not match its raw file. With `verifiedFile`,
 * the keys of the articles that passed are kept there, and the next build checks only the
 * articles whose inputs changed (the file keeps only the current articles' keys).
 */
export function assertArticlesMatchRaw(
  articles: readonly ArticleAgainstRaw[],
  rawDir = defaultRawDir(),
  verifiedFile: string | null = null,
): void {
  const before = verifiedFile && existsSync(verifiedFile) ? readVerified(verifiedFile) : new Set<string>();
  const verified = { before, passed: new Set<string>() };
  const problems = findArticlesNotMatchingRaw(articles, rawDir, verified);
  if (problems.length > 0)
    throw new Error(`Articles that drifted from their raw text are not published:\n${problems.join('\n')}`);
  if (verifiedFile) {
    mkdirSync(path.dirname(verifiedFile), { recursive: true });
    const temporary = `${verifiedFile}.${process.pid}.tmp`;
    writeFileSync(temporary, JSON.stringify([...verified.passed]));
    renameSync(temporary, verifiedFile);
  }
}

/** The keys a file of verified articles holds; none when it is not such a file. */
function readVerified(file: string): Set<string> {
  try {
    const keys: unknown = JSON.parse(readFileSync(file, 'utf8'));
    return new Set(Array.isArray(keys) ? keys.filter((key): key is string => typeof key === 'string') : []);
  } catch {
    return new Set();
  }
}
