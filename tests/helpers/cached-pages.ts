import type { Root } from 'hast';
import { readPage } from './dist.ts';

/** Pages parsed so far, by URL path: a test file that reads one page many times parses it once. */
const parsed = new Map<string, Root>();

/** A built page parsed into a hast tree, by its URL path (`/articles/x/`), parsed once per test file. */
export function cachedPage(urlPath: string): Root {
  let tree = parsed.get(urlPath);
  if (!tree) {
    tree = readPage(urlPath);
    parsed.set(urlPath, tree);
  }
  return tree;
}
