import { load as parseYaml } from 'js-yaml';

/** An article file split into its frontmatter (parsed, not validated) and its Markdown body. */
export interface ArticleFile {
  frontmatter: Record<string, unknown>;
  body: string;
}

/**
 * Splits a Markdown file at its `---` frontmatter fences, for tools that run outside Astro
 * (the editor CLI, content tests). Tolerates a BOM and CRLF line endings.
 */
export function readArticleFile(source: string, file: string): ArticleFile {
  const text = source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const match = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(text);
  if (!match) throw new Error(`${file}: frontmatter: the file must start with a --- fenced YAML block`);
  const frontmatter = parseYaml(match[1] ?? '');
  if (frontmatter === null || typeof frontmatter !== 'object' || Array.isArray(frontmatter)) {
    throw new Error(`${file}: frontmatter: expected a YAML mapping`);
  }
  return { frontmatter: frontmatter as Record<string, unknown>, body: match[2] ?? '' };
}
