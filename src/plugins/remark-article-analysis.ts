import type { Root } from 'mdast';
import type { Transformer } from 'unified';
import { analyzeArticle, articleInput } from '../analysis/analyze-article.ts';
import { bodyBlocksFromTree } from '../analysis/text/body-blocks.ts';
import type { AliasMatcher } from '../analysis/mentions/find-mentions.ts';
import { resolveProvisional, type RegisteredNames } from '../analysis/attribution/provisional-people.ts';
import type { ArticleAnalysis } from '../analysis/types.ts';
import type { AnalysisPool } from './analysis-pool.ts';

declare module 'vfile' {
  interface DataMap {
    /** The article's analysis, for the rehype plugins that mark it up. */
    analysis: ArticleAnalysis;
  }
}

export interface ArticleAnalysisOptions {
  /** Finds actor mentions and resolves speaker names; built once from `content/actors/`. */
  matcher: AliasMatcher;
  /** Only files this returns true for are analysed (articles, not other Markdown). */
  isArticle: (filePath: string) => boolean;
  /** Names an editor listed as never people (`content/not-people.yaml`), read once per build. */
  notPeople?: readonly string[];
  /**
   * The registered actors' slugs, names and aliases (`registeredNames`): a discovered person one
   * of them claims is that actor, not a provisional one, in the article's links and in the index.
   */
  registeredNames?: RegisteredNames;
  /**
   * Not read here: a digest of the actors, the not-people list and the analysis code
   * (`renderInputsDigest`). As part of the Astro config it keys Astro's content cache, so a
   * change to any of them re-renders articles.
   */
  renderInputs?: string;
  /** Analyses articles on worker threads once a build has many (analysis-pool.ts); inline without it. */
  pool?: AnalysisPool;
}

/**
 * Analyses each article once, while Astro renders it, and leaves the result on `file.data`
 * (for the rehype plugins) and in the rendered frontmatter (for the corpus index), so the
 * analysis is cached with the rendered article and never repeated per page.
 */
export default function remarkArticleAnalysis(options: ArticleAnalysisOptions): Transformer<Root> {
  return function transformer(tree, file) {
    if (!file.path || !options.isArticle(file.path)) return undefined;
    const frontmatter = file.data.astro?.frontmatter ?? {};
    const blocks = bodyBlocksFromTree(tree);
    if (blocks.length === 0) throw new Error(`${file.path}: body: the article has no text`);
    const input = articleInput({ file: file.path, blocks, frontmatter, notPeople: options.notPeople ?? [] });
    const keep = (found: ArticleAnalysis) => {
      const analysis = options.registeredNames ? resolveProvisional(found, options.registeredNames) : found;
      file.data.analysis = analysis;
      frontmatter.analysis = analysis;
    };
    // Synchronous without a pool, so that `processSync` (the tools, the tests) keeps working.
    if (options.pool) return options.pool.analyse(input).then(keep);
    keep(analyzeArticle(input, options.matcher));
    return undefined;
  };
}
