import { urls } from '../lib/urls.ts';
import type { CorpusArticle } from './index.ts';

/** One row of `data/articles.json`. The shape is public: add fields, never rename or remove. */
export interface ArticleExport {
  slug: string;
  title: string;
  outlet: string | null;
  /** `YYYY-MM-DD`. */
  publishedAt: string;
  author: string | null;
  /** The article's page on this site. */
  url: string;
  sourceUrl: string | null;
  wordCount: number;
}

export function articleExport(article: CorpusArticle): ArticleExport {
  return {
    slug: article.slug,
    title: article.title,
    outlet: article.data.outlet.value,
    publishedAt: article.publishedAt,
    author: article.data.author.value,
    url: urls.article(article.slug),
    sourceUrl: article.data.sourceUrl.value,
    wordCount: article.wordCount,
  };
}
