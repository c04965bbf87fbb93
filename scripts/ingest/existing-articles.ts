import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { ArticleIdentity } from '../../src/load/duplicate-articles.ts';
import { readArticleFile } from '../lib/read-article-file.ts';

/**
 * What `npm run add` compares a draft with, so it refuses an article that is already in the
 * corpus (src/load/duplicate-articles.ts) before the build would: the articles in `content/`,
 * and a raw file with the same bytes under another name.
 */

/** The articles of a content folder as the duplicate check sees them; a file that does not read is skipped (the build names it). */
export function existingArticles(contentRoot: string, relative: (file: string) => string): ArticleIdentity[] {
  const dir = path.join(contentRoot, 'articles');
  let names: string[];
  try {
    names = readdirSync(dir).filter((name) => name.endsWith('.md'));
  } catch {
    return [];
  }
  return names.sort().flatMap((name) => {
    const file = path.join(dir, name);
    try {
      const { frontmatter, body } = readArticleFile(readFileSync(file, 'utf8'), file);
      const sourceUrl = (frontmatter.sourceUrl as { value?: unknown } | undefined)?.value;
      return [
        {
          file: relative(file),
          slug: name.slice(0, -'.md'.length),
          raw: String(frontmatter.raw ?? ''),
          body,
          sourceUrl: typeof sourceUrl === 'string' ? sourceUrl : null,
          ...(typeof frontmatter.duplicateOf === 'string' ? { duplicateOf: frontmatter.duplicateOf } : {}),
        },
      ];
    } catch {
      return [];
    }
  });
}

/**
 * The raw file in `rawDir` holding exactly `text`, if any: only files of the same size are read,
 * so the cost stays small however large the archive.
 */
export function rawFileWithText(rawDir: string, text: string): string | null {
  const bytes = Buffer.from(text, 'utf8');
  let names: string[];
  try {
    names = readdirSync(rawDir).filter((name) => name.endsWith('.txt'));
  } catch {
    return null;
  }
  for (const name of names.sort()) {
    const file = path.join(rawDir, name);
    if (statSync(file).size === bytes.length && readFileSync(file).equals(bytes)) return name;
  }
  return null;
}
