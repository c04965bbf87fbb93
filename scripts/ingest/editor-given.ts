import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { FAILSAFE_SCHEMA, load as parseYaml } from 'js-yaml';
import { describeCodePoint, findCharacterProblems } from '../../src/lib/code-points.ts';
import { isValidIsoDate } from '../../src/lib/iso-date.ts';
import { slugFromName } from '../../src/lib/slugs.ts';
import { normalise } from './furniture/normalise.ts';

/**
 * What the editor knows that the file may not say: the outlet, the author, the address the text
 * came from (and the date, the slug, a working title), given with `npm run add` flags or in a
 * sidecar file `<file>.meta.yaml` beside the file added (for batch work). A flag wins over the
 * sidecar. Every value is checked before anything is drafted: names are trimmed and must hold no
 * control or invisible character; an address must be an https address with a host and nothing
 * hidden in it. It is only looked at, never fetched.
 */

/** The fields an editor may give, by their flag name (the sidecar's keys are the same). */
export const EDITOR_KEYS = {
  outlet: 'outlet',
  author: 'author',
  'source-url': 'sourceUrl',
  published: 'published',
  'working-title': 'workingTitle',
  slug: 'slug',
} as const;

/** A flag name, and a sidecar key: `source-url`. */
export type EditorKey = keyof typeof EDITOR_KEYS;
/** The field a flag gives, as the draft names it: `sourceUrl`. */
export type EditorField = (typeof EDITOR_KEYS)[EditorKey];

/** A value the editor gave, and where: a flag (`--outlet`) or the sidecar's file name. */
export interface GivenValue {
  value: string;
  /** `--outlet`, or the sidecar's file name (`geneva.txt.meta.yaml`). */
  from: string;
  /** The sidecar's value a flag replaced, if any. */
  overrides?: { value: string; from: string };
}

/** Everything the editor gave for one file, checked. */
export type EditorValues = Partial<Record<EditorField, GivenValue>>;

/** The sidecar of a file: `article.txt` → `article.txt.meta.yaml`, beside it. */
export function sidecarPathOf(sourcePath: string): string {
  return `${sourcePath}.meta.yaml`;
}

/** The longest outlet or author name taken (a paragraph pasted by mistake is not a name). */
const MAX_NAME_LENGTH = 200;
/** The longest address taken. */
const MAX_URL_LENGTH = 2000;

/**
 * The sidecar's values, by key: a YAML mapping of strings, only the keys of `EDITOR_KEYS`.
 * Every value is read as text (a date stays `2025-05-07`, not a date object). Throws a message
 * naming the file and the key for anything else.
 */
export function parseSidecar(text: string, file: string): Partial<Record<EditorKey, string>> {
  // Empty, or comments only: nothing given (the YAML reader wants a document).
  if (text.split(/\r?\n/).every((line) => /^\s*(?:#.*)?$/.test(line))) return {};
  let data: unknown;
  try {
    data = parseYaml(text, { schema: FAILSAFE_SCHEMA });
  } catch (error) {
    throw new Error(`${file}: not valid YAML: ${(error as Error).message.split('\n')[0]}`);
  }
  if (data === null || data === undefined || data === '') return {};
  if (typeof data !== 'object' || Array.isArray(data))
    throw new Error(`${file}: a sidecar is a list of keys and values (outlet: …, author: …, source-url: …)`);
  const values: Partial<Record<EditorKey, string>> = {};
  const unknown: string[] = [];
  for (const [key, value] of Object.entries(data as Record<string, unknown>)) {
    if (!(key in EDITOR_KEYS)) {
      unknown.push(key);
      continue;
    }
    if (typeof value !== 'string') throw new Error(`${file}: ${key}: a single value (text), not a list or a mapping`);
    values[key as EditorKey] = value;
  }
  if (unknown.length > 0) {
    const named = unknown.map((key) => {
      const close = closeKey(key);
      return close ? `${JSON.stringify(key)} (did you mean ${close}?)` : JSON.stringify(key);
    });
    throw new Error(
      `${file}: unknown ${unknown.length === 1 ? 'key' : 'keys'} ${named.join(', ')}; a sidecar may give ${Object.keys(EDITOR_KEYS).join(', ')}`,
    );
  }
  return values;
}

/** The key an unknown one was likely meant as: `sourceUrl` and `source_url` → `source-url`. */
function closeKey(key: string): EditorKey | null {
  const bare = key.toLowerCase().replace(/[^a-z]/g, '');
  return (Object.keys(EDITOR_KEYS) as EditorKey[]).find((known) => known.replace(/-/g, '') === bare) ?? null;
}

/** Reads the sidecar of `sourcePath` if there is one: its values and its file name, or null. Throws a message on a bad one. */
export function readSidecar(sourcePath: string): { values: Partial<Record<EditorKey, string>>; name: string } | null {
  const file = sidecarPathOf(sourcePath);
  if (!existsSync(file)) return null;
  const name = path.basename(file);
  return { values: parseSidecar(readFileSync(file, 'utf8'), name), name };
}

/**
 * The values for one file, flags over the sidecar, each checked (`checkValue`). Throws one message
 * naming every bad value, where it was given, and why.
 */
export function mergeGiven(
  flags: Partial<Record<EditorKey, string>>,
  sidecar: { values: Partial<Record<EditorKey, string>>; name: string } | null,
): EditorValues {
  const given: EditorValues = {};
  const problems: string[] = [];
  for (const [key, field] of Object.entries(EDITOR_KEYS) as Array<[EditorKey, EditorField]>) {
    const fromFlag = flags[key];
    const fromSidecar = sidecar?.values[key];
    const checked = (value: string, where: string) => {
      const result = checkValue(key, value);
      if (typeof result === 'string') return result;
      problems.push(`${where}: ${result.problem}`);
      return null;
    };
    const sidecarValue = fromSidecar === undefined ? null : checked(fromSidecar, `${sidecar!.name}: ${key}`);
    const flagValue = fromFlag === undefined ? null : checked(fromFlag, `--${key}`);
    if (flagValue !== null) {
      given[field] = {
        value: flagValue,
        from: `--${key}`,
        ...(sidecarValue !== null && sidecarValue !== flagValue
          ? { overrides: { value: sidecarValue, from: sidecar!.name } }
          : {}),
      };
    } else if (sidecarValue !== null) given[field] = { value: sidecarValue, from: sidecar!.name };
  }
  if (problems.length > 0) throw new Error(problems.join('\n'));
  return given;
}

/** A value as it is taken (trimmed, spaces collapsed), or what is wrong with it. */
export function checkValue(key: EditorKey, raw: string): string | { problem: string } {
  const value = key === 'source-url' ? raw.trim() : normalise(raw);
  if (value === '') return { problem: 'empty' };
  const hidden = findCharacterProblems(value)[0];
  if (hidden)
    return {
      problem: `holds a ${hidden.kind} (${describeCodePoint(hidden.codePoint)}) at character ${hidden.index + 1}; type it again`,
    };
  switch (key) {
    case 'outlet':
    case 'author':
    case 'working-title':
      if (value.length > MAX_NAME_LENGTH)
        return { problem: `${value.length} characters, more than the ${MAX_NAME_LENGTH} a name may have` };
      if (key !== 'working-title' && /^[a-z][a-z0-9+.-]*:\/\//i.test(value))
        return {
          problem: `“${value}” is an address, not a name${key === 'outlet' ? ' (give the address with --source-url)' : ''}`,
        };
      return value;
    case 'source-url': {
      const problem = sourceUrlProblem(value);
      return problem ? { problem } : value;
    }
    case 'published':
      return isValidIsoDate(value) ? value : { problem: `${value}: a date as YYYY-MM-DD` };
    case 'slug':
      return slugFromName(value) === value
        ? value
        : {
            problem: `${JSON.stringify(value)}: a slug is lower-case letters and digits joined by hyphens (try ${slugFromName(value) || 'peace-talks-resume'})`,
          };
  }
}

/**
 * What is wrong with an address the editor gives as the article's own, or null: it must be an
 * https address (the site links to it), with a host name, and no space, user name or password (an
 * address such as https://outlet.example@evil.example/ reads as the outlet's and is not). It is
 * never fetched: the shape is all that is checked.
 */
export function sourceUrlProblem(value: string): string | null {
  if (value.length > MAX_URL_LENGTH) return `${value.length} characters, more than the ${MAX_URL_LENGTH} an address may have`;
  if (/\s/.test(value)) return `“${value}” has a space in it; an address has none (copy it again from the browser’s address bar)`;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(value)?.[1]?.toLowerCase();
  if (scheme === undefined) return `“${value}” is not a web address: it must start with https://`;
  if (scheme !== 'https') return `“${value}”: only https addresses are taken (this one is ${scheme}:)`;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return `“${value}” is not a web address`;
  }
  if (!/^https:\/\/[^/?#]/i.test(value) || url.hostname === '') return `“${value}” names no host (https://www.example.com/…)`;
  if (url.username || url.password)
    return `“${value}” carries a user name or password (before the @); give the article’s own address`;
  if (!url.hostname.includes('.') || url.hostname.endsWith('.'))
    return `“${value}”: the host “${url.hostname}” is not a public site’s name (www.example.com)`;
  return null;
}
