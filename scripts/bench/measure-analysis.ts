/**
 * The pure analysis alone (`analyzeArticle`: mentions, quotes, attribution, dates), timed in the
 * benchmark's own process over a sample of a corpus's articles, without Astro.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { analyzeArticle, articleInput } from '../../src/analysis/analyze-article.ts';
import { bodyBlocksFromMarkdown } from '../../src/analysis/text/body-blocks.ts';
import { loadActorRegistry } from '../../src/load/actor-registry.ts';
import { readArticleFile } from '../lib/read-article-file.ts';
import type { CorpusRun } from './report.ts';

/** Times the pure analysis on up to `limit` articles spread over the corpus in `contentDir`; null without articles. */
export function timeAnalysis(contentDir: string, limit: number): CorpusRun['analysis'] {
  const registry = loadActorRegistry(path.join(contentDir, 'actors'));
  const files = readdirSync(path.join(contentDir, 'articles'))
    .filter((name) => name.endsWith('.md'))
    .sort();
  const step = Math.max(1, Math.ceil(files.length / limit));
  const sample = files.filter((_, index) => index % step === 0);
  let elapsed = 0;
  let quotes = 0;
  let mentions = 0;
  for (const name of sample) {
    const file = path.join(contentDir, 'articles', name);
    const { frontmatter, body } = readArticleFile(readFileSync(file, 'utf8'), file);
    const input = articleInput({ file, blocks: bodyBlocksFromMarkdown(body), frontmatter });
    const started = performance.now();
    const result = analyzeArticle(input, registry.matcher);
    elapsed += performance.now() - started;
    quotes += result.quotes.length;
    mentions += result.mentions.length;
  }
  return sample.length === 0
    ? null
    : {
        sampled: sample.length,
        msPerArticle: elapsed / sample.length,
        quotesPerArticle: quotes / sample.length,
        mentionsPerArticle: mentions / sample.length,
      };
}
