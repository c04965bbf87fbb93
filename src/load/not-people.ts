import { existsSync, lstatSync, readFileSync, statSync } from 'node:fs';
import { load } from 'js-yaml';
import { notPeopleSchema, type NotPerson } from '../schemas/not-people.ts';

/**
 * Reads and validates `content/not-people.yaml` once, before Astro's collections exist (the
 * Markdown plugins need it at config time, like the actor registry), and returns the names.
 * A missing file means no names (fixture and benchmark corpora have none). Any problem throws,
 * naming the file and the entry: `content/not-people.yaml: [2].reason: …`.
 */
export function loadNotPeople(file: string): string[] {
  if (!existsSync(file)) return [];
  // Read at config time, before the content checks: a pipe or a device must not hang the build here.
  const entry = lstatSync(file);
  if (!entry.isFile() && !entry.isSymbolicLink())
    throw new Error(`${file}: file type: not a regular file; only regular files can be content`);
  if (!statSync(file).isFile()) throw new Error(`${file}: link: a symbolic link to something other than a regular file`);
  return parseNotPeople(readFileSync(file, 'utf8'), file).map((entry) => entry.name);
}

/** Parses and validates the file's text; `file` is only named in error messages. */
export function parseNotPeople(source: string, file: string): NotPerson[] {
  // A file of comments only lists nobody (js-yaml refuses a document with no content).
  if (source.replace(/^\s*#.*$/gm, '').trim() === '') return [];
  let data: unknown;
  try {
    data = load(source, { filename: file });
  } catch (error) {
    throw new Error(`${file}: ${(error as Error).message}`);
  }
  if (data === undefined || data === null) return [];
  const result = notPeopleSchema.safeParse(data);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${file}: ${issuePath(issue.path)}: ${issue.message}`);
    throw new Error(`Invalid list of names that are not people:\n${problems.join('\n')}`);
  }
  const seen = new Map<string, number>();
  const duplicates: string[] = [];
  result.data.forEach((entry, index) => {
    const first = seen.get(entry.name);
    if (first === undefined) seen.set(entry.name, index);
    else duplicates.push(`${file}: [${index}].name: "${entry.name}" is already listed at [${first}]`);
  });
  if (duplicates.length > 0) throw new Error(`Invalid list of names that are not people:\n${duplicates.join('\n')}`);
  return result.data;
}

/** `[2].reason` for the path `[2, 'reason']`; `(the file)` for the whole document. */
function issuePath(path: ReadonlyArray<PropertyKey>): string {
  if (path.length === 0) return '(the file)';
  return path
    .map((key) => (typeof key === 'number' ? `[${key}]` : `.${String(key)}`))
    .join('')
    .replace(/^\./, '');
}
