import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { analyzeArticle, articleInput } from '../../src/analysis/analyze-article.ts';
import { bodyBlocksFromMarkdown } from '../../src/analysis/text/body-blocks.ts';
import { registeredNames, resolveProvisional, type RegisteredNames } from '../../src/analysis/attribution/provisional-people.ts';
import type { ArticleAnalysis } from '../../src/analysis/types.ts';
import { loadActorRegistry, type ActorRegistry } from '../../src/load/actor-registry.ts';
import { loadNotPeople } from '../../src/load/not-people.ts';
import { readArticleFile } from '../lib/read-article-file.ts';

/**
 * The analysis as the editor CLIs (`npm run analyze`, `npm run actor:draft`) run it: the same
 * inputs and steps as the build's Markdown plugin (actors, not-people list, curated attributions,
 * provisional people resolved against the actor files), outside Astro.
 */

/** What the analysis of any article needs, read once from a content folder. */
export interface EditorContext {
  contentRoot: string;
  registry: ActorRegistry;
  /** Names listed in `not-people.yaml`. */
  notPeople: string[];
  names: RegisteredNames;
}

/** Reads the actor files and the not-people list of `contentRoot` (validated, as the build does). */
export function loadEditorContext(contentRoot: string): EditorContext {
  const registry = loadActorRegistry(path.join(contentRoot, 'actors'));
  return {
    contentRoot,
    registry,
    notPeople: loadNotPeople(path.join(contentRoot, 'not-people.yaml')),
    names: registeredNames(registry.entries),
  };
}

/** One article file with its analysis. */
export interface AnalysedArticleFile {
  file: string;
  slug: string;
  /** Publication date, `YYYY-MM-DD`. */
  published: string;
  analysis: ArticleAnalysis;
}

/** Reads and analyses one article file; throws, naming the file and field, when it cannot. */
export function analyzeArticleFile(file: string, context: EditorContext): AnalysedArticleFile {
  return analyzeArticleSource(readFileSync(file, 'utf8'), file, context);
}

/** Analyses an article file's text (one not written yet: `npm run add`); `file` names it in messages and gives the slug. */
export function analyzeArticleSource(source: string, file: string, context: EditorContext): AnalysedArticleFile {
  const { frontmatter, body } = readArticleFile(source, file);
  const input = articleInput({ file, blocks: bodyBlocksFromMarkdown(body), frontmatter, notPeople: context.notPeople });
  const analysis = analyzeArticle(input, context.registry.matcher);
  return { file, slug: input.slug, published: input.published, analysis: resolveProvisional(analysis, context.names) };
}

/** Every article of the content folder, analysed, newest first (as the site lists them). */
export function analyzeAllArticles(context: EditorContext): AnalysedArticleFile[] {
  const dir = path.join(context.contentRoot, 'articles');
  return readdirSync(dir)
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => analyzeArticleFile(path.join(dir, name), context))
    .sort((a, b) => b.published.localeCompare(a.published) || a.slug.localeCompare(b.slug));
}
