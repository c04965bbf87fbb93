import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { type ArticleIdentity, duplicateArticleProblems } from '../../src/load/duplicate-articles.ts';
import type { Draft } from './draft-article.ts';
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

/** Articles a batch under --dry-run would have written so far: the later files are compared with them too. */
export interface PendingArticles {
  identities: ArticleIdentity[];
  /** Files the batch would have written. */
  paths: Set<string>;
  /** Raw texts it would have written, by file name. */
  rawTexts: Map<string, string>;
}

/**
 * Why the draft would be the same article twice (src/load/duplicate-articles.ts): compared with the
 * articles already in the content folder (and those a dry-run batch would have written), and its
 * raw text with the raw files there.
 */
export function duplicatesOf(
  draft: Draft,
  contentRoot: string,
  pending: PendingArticles,
  articleFile: string,
  relative: (file: string) => string,
): string[] {
  const existing = [...existingArticles(contentRoot, relative), ...pending.identities];
  const candidate = identityOf(draft, articleFile);
  const problems = duplicateArticleProblems([...existing, candidate]).filter((problem) => problem.startsWith(`${articleFile}:`));
  const sameRaw =
    rawFileWithText(path.join(contentRoot, 'raw'), draft.rawText) ??
    [...pending.rawTexts].find(([, text]) => text === draft.rawText)?.[0] ??
    null;
  if (sameRaw !== null && sameRaw !== draft.rawName && candidate.duplicateOf === undefined) {
    problems.push(`${articleFile}: duplicate: its raw text is already content/raw/${sameRaw}`);
  }
  return problems;
}

/** A draft as the duplicate check sees it. */
export function identityOf(draft: Draft, articleFile: string): ArticleIdentity {
  const sourceUrl = draft.metadata.sourceUrl.value;
  return {
    file: articleFile,
    slug: draft.slug,
    raw: draft.rawName,
    body: draft.body,
    sourceUrl: typeof sourceUrl === 'string' ? sourceUrl : null,
    ...(typeof draft.frontmatter.duplicateOf === 'string' ? { duplicateOf: draft.frontmatter.duplicateOf } : {}),
  };
}
