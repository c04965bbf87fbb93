/**
 * The site's Markdown plugins with their options, in the order they run: astro.config.mjs hands
 * these lists to Astro's unified processor, and the plugin tests run the very same lists, so a
 * test never checks an order the build does not use.
 */
import type { RehypePlugin, RemarkPlugin } from '@astrojs/markdown-remark';
import type { AliasMatcher } from '../analysis/mentions/find-mentions.ts';
import type { RegisteredNames } from '../analysis/attribution/provisional-people.ts';
import rehypeActorLinks from './rehype-actor-links.ts';
import rehypeBlockIds from './rehype-block-ids.ts';
import rehypeDateTimes from './rehype-date-times.ts';
import rehypeQuoteMarkup from './rehype-quote-markup.ts';
import rehypeStatementMarkup from './rehype-statement-markup.ts';
import remarkArticleAnalysis from './remark-article-analysis.ts';
import { AnalysisPool } from './analysis-pool.ts';
import remarkNormalizeText from './remark-normalize-text.ts';
import remarkRejectUnsafeMarkup from './remark-reject-unsafe-markup.ts';

/** What the plugins are given; see `ArticleAnalysisOptions` (remark-article-analysis.ts) for each. */
export interface MarkdownPluginOptions {
  /** Only files this returns true for are checked, normalised, analysed and annotated. */
  isArticle: (filePath: string) => boolean;
  /** Finds actor mentions and resolves speaker names; built once from `content/actors/`. */
  matcher: AliasMatcher;
  /** Names an editor listed as never people (`content/not-people.yaml`). */
  notPeople?: readonly string[];
  /** The registered actors' slugs, names and aliases, which win over discovered people. */
  registeredNames?: RegisteredNames;
  /** A digest of what rendered articles depend on besides their own file (`renderInputsDigest`). */
  renderInputs?: string;
  /**
   * The actors folder the matcher was built from: given, a build with many articles analyses them
   * on worker threads that build the same matcher (analysis-pool.ts); without it, all inline.
   */
  actorsDir?: string;
}

/** The remark plugins (on the Markdown tree) and rehype plugins (on the HTML tree), in order. */
export interface MarkdownPlugins {
  remarkPlugins: Array<RemarkPlugin | [RemarkPlugin, unknown]>;
  rehypePlugins: Array<RehypePlugin | [RehypePlugin, unknown]>;
}

export function markdownPlugins({
  isArticle,
  matcher,
  notPeople,
  registeredNames,
  renderInputs,
  actorsDir,
}: MarkdownPluginOptions): MarkdownPlugins {
  const pool = actorsDir === undefined ? undefined : new AnalysisPool({ matcher, actorsDir });
  // Astro's incremental build hashes the Markdown config as JSON to decide whether the last
  // build's pages still hold. The analysis options change with any actor file, and the matcher
  // counts its steps as it works, so they would make every build look new; what they decide is
  // covered by the render-inputs digest, each article's record and each page's cache key.
  const analysisOptions = {
    isArticle,
    matcher,
    notPeople,
    registeredNames,
    renderInputs,
    pool,
    toJSON: () => ({ renderInputs }),
  };
  return {
    remarkPlugins: [
      [remarkRejectUnsafeMarkup, { isArticle }],
      // NFC and no soft hyphens, before the analysis reads the text (src/analysis/text/text-hygiene.ts).
      [remarkNormalizeText, { isArticle }],
      [remarkArticleAnalysis, analysisOptions],
    ],
    // Statements before quotes: a quoted fragment inside a reported statement lands inside its span.
    rehypePlugins: [[rehypeBlockIds, { isArticle }], rehypeStatementMarkup, rehypeQuoteMarkup, rehypeDateTimes, rehypeActorLinks],
  };
}
