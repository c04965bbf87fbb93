/**
 * The corpus as files (content/), read without Astro: an article's frontmatter as YAML parsed it,
 * its Markdown body and the raw text it names. For the tests of the content itself and of the
 * tools that read it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import type { FidelityInput } from '../../src/load/fidelity.ts';

/** content/, from the project root. */
export const contentDir = new URL('../../content/', import.meta.url);

/** An article file of content/articles/. */
export interface CorpusArticleFile {
  /** The frontmatter as YAML parsed it, before the schema. */
  data: Record<string, unknown>;
  /** Everything after the frontmatter block, as Markdown. */
  body: string;
  /** The raw file the article names. */
  raw: string;
}

/** The slugs of content/articles/, sorted. */
export function corpusArticleSlugs(): string[] {
  return readdirSync(new URL('articles/', contentDir))
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => name.slice(0, -'.md'.length));
}

/** The article `slug` of content/articles/, with the raw file it names; throws when it has no frontmatter block. */
export function readCorpusArticle(slug: string): CorpusArticleFile {
  const file = readFileSync(new URL(`articles/${slug}.md`, contentDir), 'utf8');
  const match = /^---\n([\s\S]*?)\n---\n/.exec(file);
  if (!match) throw new Error(`articles/${slug}.md has no frontmatter block`);
  const data = load(match[1]!) as Record<string, unknown>;
  const raw = readFileSync(new URL(`raw/${String(data.raw)}`, contentDir), 'utf8');
  return { data, body: file.slice(match[0].length), raw };
}

/** What the fidelity check compares for an article: its raw text, body, furniture and corrections. */
export function fidelityInputOf({ data, body, raw }: CorpusArticleFile): FidelityInput {
  return {
    raw,
    body,
    furniture: (data.furniture ?? []) as FidelityInput['furniture'],
    corrections: (data.corrections ?? []) as FidelityInput['corrections'],
  };
}
