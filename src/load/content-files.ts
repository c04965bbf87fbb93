import { readdirSync, readFileSync, realpathSync, statSync, type Dirent } from 'node:fs';
import path from 'node:path';
import { findCharacterProblems, type CharacterProblem } from '../lib/code-points.ts';
import { partitionPoint } from '../lib/partition-point.ts';
import { reservedRoute } from '../lib/reserved-slugs.ts';
import { isSlug, slugFromName } from '../lib/slugs.ts';
import { describeInvalidUtf8, findInvalidUtf8 } from '../lib/utf8.ts';
import { explainProblem } from '../analysis/text/text-hygiene.ts';
import { decodedBodyProblems, decodedYamlProblems, describeDecodedProblem } from './parsed-characters.ts';

/**
 * Nothing in `content/` is ignored silently. Astro's glob loaders read `articles/*.md`,
 * `actors/*.yaml` and `events/*.yaml`; anything else (`x.MD`, `x.markdown`, `actors/x.yml`, a file
 * in a subfolder, a file name that is not its own slug) would build with no page and no message,
 * or under another address than links use. Every such file is an error naming it, as is a file
 * that is not UTF-8 (with the byte offset) and a refused character (src/analysis/text/text-hygiene.ts)
 * with its line, column and field. Hidden files (`.gitkeep`, `.DS_Store`) are left alone.
 */

/** The folders Astro reads as collections, and the extension each reads. */
export const COLLECTION_EXTENSIONS = { articles: '.md', actors: '.yaml', events: '.yaml' } as const;
export type ContentCollection = keyof typeof COLLECTION_EXTENSIONS;

/** The other entries of the content folder: the raw texts and the list of names that are not people. */
const RAW_FOLDER = 'raw';
const NOT_PEOPLE_FILE = 'not-people.yaml';

/** Problems found: errors stop the build, warnings are printed. */
export interface ContentCheck {
  errors: string[];
  warnings: string[];
}

/** At most this many character problems are listed per file; the rest are counted. */
const MAX_PROBLEMS_PER_FILE = 10;

/** A path as messages show it: relative to the working folder when inside it. */
export function displayPath(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : file;
}

/** Checks one collection folder: its layout, its file names (slugs, duplicates) and every file's text. */
export function checkCollectionFolder(dir: string, collection: ContentCollection): ContentCheck {
  const check: ContentCheck = { errors: [], warnings: [] };
  const extension = COLLECTION_EXTENSIONS[collection];
  const fileBySlug = new Map<string, string>();
  for (const entry of visibleEntries(dir)) {
    const file = path.join(dir, entry.name);
    const shown = displayPath(file);
    const kind = entryKind(file, entry, path.dirname(dir));
    if (typeof kind !== 'string') {
      check.errors.push(kind.problem);
      continue;
    }
    if (kind === 'directory') {
      if (entry.isSymbolicLink()) {
        check.errors.push(
          `${shown}: folder: a link to a folder; ${collection} are read from ${displayPath(dir)}/ itself, ` +
            `not from folders in it, so its files would be ignored; move them into ${displayPath(dir)}/`,
        );
        continue;
      }
      for (const nested of filesUnder(file)) {
        check.errors.push(
          `${displayPath(nested)}: folder: ${collection} are read from ${displayPath(dir)}/ itself, not from its subfolders, ` +
            `so this file would be ignored; move it into ${displayPath(dir)}/`,
        );
      }
      continue;
    }
    const { stem, ext } = splitName(entry.name);
    const slug = slugFromName(stem);
    if (ext !== extension) {
      const rename = slug ? `; rename it to ${slug}${extension}` : '';
      check.errors.push(
        `${shown}: extension: ${ext ? `"${ext}"` : 'no extension'} is not read ` +
          `(${collection} are ${extension} files, in lower case), so this file would be ignored${rename}`,
      );
      continue;
    }
    if (!slug) {
      check.errors.push(`${shown}: slug: the file name "${stem}" has no letters or digits to make an address of; rename it`);
      continue;
    }
    if (!isSlug(stem)) {
      check.errors.push(
        `${shown}: slug: the file name "${stem}" is not a slug (lower-case letters, digits and single hyphens); ` +
          `the file name is the page's address and the name links use, so rename it to ${slug}${extension}`,
      );
    }
    const route = reservedRoute(collection, slug);
    if (route !== null) {
      check.errors.push(
        `${shown}: slug: "${slug}" is the address of a page the site makes itself, ${route}; ` +
          'a file with it would be hidden behind that page, so rename it',
      );
      continue;
    }
    const previous = fileBySlug.get(slug);
    if (previous !== undefined) {
      check.errors.push(
        `${shown}: slug: "${slug}" is also the slug of ${displayPath(previous)}; two files cannot share one address`,
      );
    } else {
      fileBySlug.set(slug, file);
    }
    addTo(check, checkFileText(file, extension === '.md' ? 'markdown' : 'yaml'));
  }
  return check;
}

/** Checks what lies directly in the content folder, the raw texts and `not-people.yaml`. */
export function checkContentRoot(root: string): ContentCheck {
  const check: ContentCheck = { errors: [], warnings: [] };
  const known = new Set<string>([...Object.keys(COLLECTION_EXTENSIONS), RAW_FOLDER]);
  for (const entry of visibleEntries(root)) {
    const file = path.join(root, entry.name);
    if (entry.isDirectory() && known.has(entry.name)) {
      if (entry.name === RAW_FOLDER) addTo(check, checkRawFolder(file));
      continue;
    }
    if (entry.name === NOT_PEOPLE_FILE) {
      const kind = entryKind(file, entry, root);
      if (typeof kind !== 'string') check.errors.push(kind.problem);
      else if (kind === 'file') addTo(check, checkFileText(file, 'yaml'));
      if (kind !== 'directory') continue;
    }
    const layout = `${[...known].map((name) => `${name}/`).join(', ')}, ${NOT_PEOPLE_FILE}`;
    // A near miss (`article/`, `Actors/`, `not-people.yml`) gets the name it was meant to have.
    const wanted = slugFromName(entry.isDirectory() ? entry.name : splitName(entry.name).stem);
    const folder = entry.isDirectory()
      ? [...known].find((name) => name === wanted || name === `${wanted}s` || `${name}s` === wanted)
      : undefined;
    const hint = folder
      ? `; rename it to ${folder}/`
      : entry.isFile() && wanted === slugFromName(splitName(NOT_PEOPLE_FILE).stem)
        ? `; rename it to ${NOT_PEOPLE_FILE}`
        : '';
    check.errors.push(
      `${displayPath(file)}${entry.isDirectory() ? '/' : ''}: layout: not part of the content layout (${layout}), so nothing would read it${hint}`,
    );
  }
  return check;
}

/** The raw texts: kept verbatim (no character rules), but they must be UTF-8 and directly in `raw/`. */
function checkRawFolder(dir: string): ContentCheck {
  const check: ContentCheck = { errors: [], warnings: [] };
  for (const entry of visibleEntries(dir)) {
    const file = path.join(dir, entry.name);
    const kind = entryKind(file, entry, path.dirname(dir));
    if (typeof kind !== 'string') {
      check.errors.push(kind.problem);
      continue;
    }
    if (kind === 'directory') {
      for (const nested of entry.isSymbolicLink() ? [file] : filesUnder(file)) {
        check.errors.push(
          `${displayPath(nested)}: folder: raw texts are read from ${displayPath(dir)}/ itself; move the file into it`,
        );
      }
      continue;
    }
    const bytes = readFileSync(file);
    const invalid = findInvalidUtf8(bytes);
    if (invalid) check.errors.push(`${displayPath(file)}: encoding: ${describeInvalidUtf8(invalid, bytes)}`);
  }
  return check;
}

/** The whole content folder: its root, raw texts, and every collection folder. */
export function checkContentFolder(root: string): ContentCheck {
  const check = checkContentRoot(root);
  for (const collection of Object.keys(COLLECTION_EXTENSIONS) as ContentCollection[]) {
    const dir = path.join(root, collection);
    if (visibleEntries(root).some((entry) => entry.name === collection && entry.isDirectory()))
      addTo(check, checkCollectionFolder(dir, collection));
  }
  return check;
}

/**
 * Reads a content file as UTF-8 text, or reports where it is not UTF-8; then checks its characters
 * (`checkText`).
 */
export function checkFileText(file: string, format: 'markdown' | 'yaml'): ContentCheck {
  const bytes = readFileSync(file);
  const invalid = findInvalidUtf8(bytes);
  if (invalid) return { errors: [`${displayPath(file)}: encoding: ${describeInvalidUtf8(invalid, bytes)}`], warnings: [] };
  return checkText(displayPath(file), bytes.toString('utf8'), format);
}

/**
 * The refused characters of a content file's text, each with its line, column and field: the
 * YAML key path (`aliases[1]`, `sources[0].excerpt`) or `body` for a Markdown body. In a body, soft
 * hyphens are only a warning (they are removed from the page). Text the article copies verbatim
 * from its raw file (`furniture`, `corrections[n].from`) is not checked: it must stay as the raw
 * text has it for the fidelity check.
 */
export function checkText(file: string, text: string, format: 'markdown' | 'yaml'): ContentCheck {
  const problems = findCharacterProblems(text);
  const lines = text.split(/\r?\n|\r/);
  const bodyStart = format === 'markdown' ? bodyStartLine(lines) : Number.POSITIVE_INFINITY;
  const decoded = decodedProblems(file, lines, bodyStart, format);
  if (problems.length === 0 && decoded.length === 0) return { errors: [], warnings: [] };
  const lineStarts = startsOfLines(text);
  const errors: string[] = [];
  const softHyphens: Array<{ line: number; column: number }> = [];
  for (const problem of problems) {
    const line = lineOf(lineStarts, problem.index);
    const column = problem.index - lineStarts[line]! + 1;
    if (line >= bodyStart) {
      if (problem.kind === 'soft hyphen') softHyphens.push({ line: line + 1, column });
      else errors.push(located(file, line, column, 'body', problem));
      continue;
    }
    const field = yamlPathAt(lines, line, column - 1, format === 'markdown' ? 1 : 0);
    if (format === 'markdown' && isVerbatimRawText(field)) continue;
    errors.push(located(file, line, column, field || '(top level)', problem));
  }
  errors.push(...decoded);
  const shown =
    errors.length > MAX_PROBLEMS_PER_FILE
      ? [
          ...errors.slice(0, MAX_PROBLEMS_PER_FILE),
          `${file}: … and ${errors.length - MAX_PROBLEMS_PER_FILE} more such characters`,
        ]
      : errors;
  return { errors: shown, warnings: softHyphenWarnings(file, softHyphens) };
}

/**
 * The refused characters only decoding reveals (parsed-characters.ts): YAML escapes in the data or
 * the frontmatter, and character references in a Markdown body.
 */
function decodedProblems(file: string, lines: string[], bodyStart: number, format: 'markdown' | 'yaml'): string[] {
  const yaml = format === 'yaml' ? lines.join('\n') : lines.slice(1, Math.max(1, bodyStart - 1)).join('\n');
  const skip = format === 'markdown' ? isVerbatimRawText : () => false;
  const found = decodedYamlProblems(yaml, skip);
  if (format === 'markdown') found.push(...decodedBodyProblems(lines.slice(bodyStart).join('\n'), bodyStart + 1));
  return found.map((one) => describeDecodedProblem(file, one));
}

/** The one warning for the soft hyphens of a body, at the first of them; none without any. */
function softHyphenWarnings(file: string, softHyphens: Array<{ line: number; column: number }>): string[] {
  const first = softHyphens[0];
  if (!first) return [];
  const one = softHyphens.length === 1;
  const they = one ? 'a soft hyphen (U+00AD) is' : `${softHyphens.length} soft hyphens (U+00AD) are`;
  const them = one ? 'it' : 'them';
  return [
    `${file}:${first.line}:${first.column}: body: ${they} removed from the page and the analysis ` +
      `(publishing convention; the file keeps ${them}, as its raw text has ${them})`,
  ];
}

function located(file: string, line: number, column: number, field: string, problem: CharacterProblem): string {
  return `${file}:${line + 1}:${column}: ${field}: ${explainProblem(problem)}`;
}

/** Frontmatter fields that hold raw text verbatim. */
function isVerbatimRawText(field: string): boolean {
  return field === 'furniture' || field.startsWith('furniture[') || /^corrections\[\d+\]\.from$/.test(field);
}

/** The 0-based line where a Markdown file's body starts (after its `---` frontmatter), 0 without one. */
function bodyStartLine(lines: string[]): number {
  if (lines[0]?.replace(/^\uFEFF/, '').trim() !== '---') return 0;
  const closing = lines.findIndex((line, index) => index > 0 && line.trim() === '---');
  return closing < 0 ? lines.length : closing + 1;
}

function startsOfLines(text: string): number[] {
  const starts = [0];
  for (const match of text.matchAll(/\r?\n|\r/g)) starts.push(match.index + match[0].length);
  return starts;
}

/** The 0-based line of offset `index`: the last line starting at or before it (the first starts at 0). */
function lineOf(starts: number[], index: number): number {
  return partitionPoint(starts.length, (line) => starts[line]! > index) - 1;
}

// One YAML line: indentation, an optional list dash, an optional `key:`.
const YAML_LINE = /^( *)(- +)?(?:([A-Za-z_][\w-]*) *:(?= |$))?/;

/**
 * The YAML key path of column `column` (0-based) on line `lineIndex`, read from indentation:
 * `name`, `aliases[1]`, `sources[0].excerpt`. Block-style YAML as the content files write it;
 * lines before `firstLine` (a Markdown file's opening `---`) are not YAML.
 */
export function yamlPathAt(lines: readonly string[], lineIndex: number, column: number, firstLine = 0): string {
  const segments: string[] = [];
  // A parent starts left of `need`; right after a list index, a key at the same column also is
  // one (YAML allows `aliases:` with its `- items` under it, unindented).
  let need = column;
  let keyMayAlign = false;
  for (let i = lineIndex; i >= firstLine && (need > 0 || keyMayAlign); i--) {
    const line = lines[i]!;
    if (i !== lineIndex && (!line.trim() || line.trimStart().startsWith('#'))) continue;
    const [, spaces = '', dash, key] = YAML_LINE.exec(line)!;
    const indent = spaces.length;
    const keyColumn = indent + (dash?.length ?? 0);
    if (key !== undefined) {
      const holds =
        i === lineIndex ? keyColumn + key.length < column : keyMayAlign && !dash ? keyColumn <= need : keyColumn < need;
      if (holds) {
        segments.unshift(key);
        need = keyColumn;
        keyMayAlign = false;
      }
    }
    if (dash !== undefined && indent < need) {
      segments.unshift(`[${itemIndex(lines, i, indent, firstLine)}]`);
      need = indent;
      keyMayAlign = true;
    }
  }
  return segments.join('.').replace(/\.\[/g, '[');
}

/** Which item of its list the `- ` at `indent` on line `lineIndex` starts (0-based). */
function itemIndex(lines: readonly string[], lineIndex: number, indent: number, firstLine: number): number {
  let index = 0;
  for (let i = lineIndex - 1; i >= firstLine; i--) {
    const line = lines[i]!;
    if (!line.trim() || line.trimStart().startsWith('#')) continue;
    const [, spaces = '', dash] = YAML_LINE.exec(line)!;
    if (spaces.length < indent || (spaces.length === indent && !dash)) break;
    if (spaces.length === indent && dash) index++;
  }
  return index;
}

/** What kinds of file system entry are, in messages. */
function specialKind(stats: { isFIFO(): boolean; isSocket(): boolean; isCharacterDevice(): boolean; isBlockDevice(): boolean }) {
  if (stats.isFIFO()) return 'a named pipe (FIFO)';
  if (stats.isSocket()) return 'a socket';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device';
  return 'not a regular file';
}

/**
 * Whether a folder entry is a regular file or a folder that may be read, or why not. Content is
 * regular files: reading a named pipe would hang the build, a device (`/dev/zero`) would fill the
 * memory, and a link to a file outside the content folder would publish it without anyone seeing
 * it in `content/`. A symbolic link is followed only when it ends inside `root`, at a file or a
 * folder. Checked before any file is read.
 */
export function entryKind(file: string, entry: Dirent, root: string): 'file' | 'directory' | { problem: string } {
  const shown = displayPath(file);
  if (entry.isFile()) return 'file';
  if (entry.isDirectory()) return 'directory';
  if (!entry.isSymbolicLink())
    return { problem: `${shown}: file type: ${specialKind(entry)}; only regular files can be content` };
  let target: string;
  try {
    target = realpathSync(file);
  } catch {
    return { problem: `${shown}: link: a symbolic link to nothing (its target does not exist); remove it` };
  }
  const inside = path.relative(realpathSync(root), target);
  if (inside.startsWith('..') || path.isAbsolute(inside)) {
    return {
      problem: `${shown}: link: a symbolic link to ${target}, outside ${displayPath(root)}/; content must be in the content folder, so copy the file in`,
    };
  }
  const stats = statSync(target);
  if (stats.isFile()) return 'file';
  if (stats.isDirectory()) return 'directory';
  return { problem: `${shown}: link: a symbolic link to ${specialKind(stats)}; only regular files can be content` };
}

/** A file name split at its last dot (`x.MD` → `x` and `.MD`; a leading dot is part of the stem). */
function splitName(name: string): { stem: string; ext: string } {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? { stem: name.slice(0, dot), ext: name.slice(dot) } : { stem: name, ext: '' };
}

/** The entries of a folder, sorted, without hidden ones; none when the folder does not exist. */
function visibleEntries(dir: string): Dirent[] {
  let entries: Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  return entries.filter((entry) => !entry.name.startsWith('.')).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** Every visible file under a folder, however deep. */
function filesUnder(dir: string): string[] {
  return visibleEntries(dir).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(file) : [file];
  });
}

function addTo(check: ContentCheck, more: ContentCheck): void {
  check.errors.push(...more.errors);
  check.warnings.push(...more.warnings);
}

/** Throws one error listing every problem, under `heading`; returns the warnings otherwise. */
export function throwOnErrors(check: ContentCheck, heading: string): string[] {
  if (check.errors.length > 0) throw new Error(`${heading}:\n${check.errors.join('\n')}`);
  return check.warnings;
}
