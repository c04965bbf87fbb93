import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { checkCollectionFolder, throwOnErrors } from './content-files.ts';
import { slugFromFileName } from '../lib/slugs.ts';

/** One actor file as read from disk, not yet validated. */
export interface ActorFile {
  /** Path of the file (`dir` joined with the file name), for error messages. */
  file: string;
  /** The actor's slug: the file name without `.yaml` (the folder check makes sure it is a slug). */
  slug: string;
  /** The parsed YAML document. */
  data: unknown;
}

/**
 * Reads every `*.yaml` file in `dir`, sorted by name. Synchronous on purpose: the Markdown
 * plugins need the actors' aliases at config time, before Astro's content collections exist.
 * The folder is checked first as the actors collection checks it (content-files.ts): a file that
 * would be ignored (`x.yml`, a subfolder), a file name that is not a slug, a file that is not
 * UTF-8 or holds invisible or direction-changing characters throws, naming the file; so does a
 * YAML syntax error.
 */
export function loadActorFiles(dir: string): ActorFile[] {
  throwOnErrors(checkCollectionFolder(dir, 'actors'), 'Actor files are invalid');
  return readdirSync(dir)
    .filter((name) => name.endsWith('.yaml') && !name.startsWith('.'))
    .sort()
    .map((name) => {
      const file = join(dir, name);
      // The same slug the actors collection gives the file, so mentions link to the actor's page.
      return { file, slug: slugFromFileName(name), data: load(readFileSync(file, 'utf8'), { filename: file }) };
    });
}
