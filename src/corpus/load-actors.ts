import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';

/** One actor file as read from disk, not yet validated. */
export interface ActorFile {
  /** Path of the file (`dir` joined with the file name), for error messages. */
  file: string;
  /** The file name without `.yaml`. */
  slug: string;
  /** The parsed YAML document. */
  data: unknown;
}

/**
 * Reads every `*.yaml` file in `dir`, sorted by name. Synchronous on purpose: the Markdown
 * plugins need the actors' aliases at config time, before Astro's content collections exist.
 * A YAML syntax error throws, naming the file.
 */
export function loadActorFiles(dir: string): ActorFile[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .map((name) => {
      const file = join(dir, name);
      return { file, slug: name.slice(0, -'.yaml'.length), data: load(readFileSync(file, 'utf8'), { filename: file }) };
    });
}
