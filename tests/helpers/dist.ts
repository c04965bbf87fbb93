import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';

/** The built site the build tests read; `npm test` builds it before Vitest runs. */
export const distDir = path.resolve(process.env.DOSSIER_OUT_DIR ?? 'dist');

/** Fails loudly, rather than skipping, when there is no build to test. */
export function assertBuilt(): void {
  if (!existsSync(path.join(distDir, 'index.html'))) {
    throw new Error(`No build in ${distDir}: run \`npm run build\` first (npm test does).`);
  }
}

/** Text of a built file, by its path inside dist/ (`articles/x/index.html`). */
export function readDist(file: string): string {
  return readFileSync(path.join(distDir, file), 'utf8');
}

/** A built page parsed into a hast tree, by its URL path (`/articles/x/`). */
export function readPage(urlPath: string): Root {
  const file = urlPath.endsWith('/') ? `${urlPath}index.html` : urlPath;
  return fromHtml(readDist(file.replace(/^\//, '')));
}

/** Every HTML file in dist/, as paths relative to dist/. */
export function listHtmlFiles(): string[] {
  return readdirSync(distDir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html') && !file.startsWith('pagefind'))
    .sort();
}

/** A JSON export of the built site, parsed (`data/quotes.json`). */
export function readDistJson<T>(file: string): T {
  assertBuilt();
  return JSON.parse(readDist(file)) as T;
}

/** Whitespace collapsed, so text compares across line breaks and YAML folding. */
export const squash = (text: string) => text.replace(/\s+/g, ' ').trim();
