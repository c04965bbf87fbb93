import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { DOMParser } from 'linkedom';
import { hasUnspacedScript, spacedOutCharacters } from '../../src/lib/cjk-words.ts';
import type { StatementSearchRecord } from '../../src/outputs/statement-search-records.ts';

/**
 * A search record for each article written in Chinese or Japanese: its headline and text with each
 * character a word of its own (src/lib/cjk-words.ts), at the article's address, so a query for a
 * word inside a run of characters finds it. The search page spaces out the query the same way.
 * Only articles whose page holds such characters are read.
 */
export async function unspacedScriptRecords(distDir: string): Promise<StatementSearchRecord[]> {
  const articlesDir = path.join(distDir, 'articles');
  let slugs: string[];
  try {
    slugs = (await readdir(articlesDir, { withFileTypes: true }))
      .filter((entry) => entry.isDirectory() && entry.name !== 'page')
      .map((entry) => entry.name);
  } catch {
    return [];
  }
  const records: StatementSearchRecord[] = [];
  for (const slug of slugs.sort()) {
    let html: string;
    try {
      html = await readFile(path.join(articlesDir, slug, 'index.html'), 'utf8');
    } catch {
      continue;
    }
    if (!hasUnspacedScript(html)) continue;
    const document = new DOMParser().parseFromString(html, 'text/html') as unknown as Document;
    const title = document.querySelector('h1')?.textContent?.trim() ?? slug;
    const text = document.querySelector('.article-body')?.textContent ?? '';
    if (!hasUnspacedScript(`${title} ${text}`)) continue;
    records.push({
      url: `/articles/${slug}/`,
      content: spacedOutCharacters(`${title} ${text}`.replace(/\s+/g, ' ')),
      language: 'en',
      meta: { title },
      filters: { type: ['article'] },
      sort: {},
    });
  }
  return records;
}
