import { load } from 'js-yaml';
import { findCharacterProblems, type CharacterProblem } from '../lib/code-points.ts';
import { explainProblem } from '../analysis/text/text-hygiene.ts';

/**
 * The character rules (src/lib/code-points.ts) applied to what a file *means*, not only to what it
 * literally holds. Three routes carry a refused character past a check of the literal text: a YAML
 * double-quoted escape (`title: "a \u202E b"`, `"\0"`, `"\x1b"`), and in a Markdown body a numeric
 * or named character reference (`Ru&#x200B;bio`, `&ZeroWidthSpace;`), which the Markdown parser
 * decodes into the page. Both are decoded here and checked like literal text, naming the field (or
 * the body's line and column) and the code point.
 */

/** One refused character that only decoding reveals. */
export interface DecodedCharacterProblem {
  /** The YAML key path (`title`, `aliases[1]`) or `body`. */
  field: string;
  /** For a body: 1-based line and column of the reference in the file. */
  line?: number;
  column?: number;
  /** The escape or reference as written (`&#x200B;`); for YAML, absent (the parser hides it). */
  written?: string;
  problem: CharacterProblem;
}

/**
 * Every string value of parsed YAML, with its key path, in document order. Keys are checked too (a
 * key is text a reader may see through a page that prints the data).
 */
export function* stringsOfYaml(value: unknown, at = ''): Generator<{ field: string; text: string }> {
  if (typeof value === 'string') {
    yield { field: at || '(top level)', text: value };
  } else if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) yield* stringsOfYaml(item, `${at}[${index}]`);
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const field = at ? `${at}.${key}` : key;
      yield { field: `${field} (the key)`, text: key };
      yield* stringsOfYaml(item, field);
    }
  }
}

/**
 * The refused characters in the parsed values of a YAML text that the literal text does not hold
 * (those are reported with their line and column by the literal check); `skip` leaves out fields
 * kept verbatim from a raw text. A text that does not parse is left to the YAML loader's message.
 */
export function decodedYamlProblems(yaml: string, skip: (field: string) => boolean = () => false): DecodedCharacterProblem[] {
  // Only a double-quoted scalar's backslash escape decodes to a character the text does not show:
  // without a backslash there is nothing to parse for (every content file is checked on every build).
  if (!yaml.includes('\\')) return [];
  let data: unknown;
  try {
    data = load(yaml);
  } catch {
    return [];
  }
  const literal = new Set(findCharacterProblems(yaml).map((problem) => problem.codePoint));
  const found: DecodedCharacterProblem[] = [];
  for (const { field, text } of stringsOfYaml(data)) {
    if (skip(field)) continue;
    for (const problem of findCharacterProblems(text)) {
      if (!literal.has(problem.codePoint)) found.push({ field, problem });
    }
  }
  return found;
}

/** The named references that decode to a refused character (HTML's list; Markdown decodes them all). */
const NAMED_REFERENCES: Record<string, number> = {
  shy: 0xad,
  zwsp: 0x200b,
  zerowidthspace: 0x200b,
  negativeverythinspace: 0x200b,
  negativethinspace: 0x200b,
  negativemediumspace: 0x200b,
  negativethickspace: 0x200b,
  zwnj: 0x200c,
  zwj: 0x200d,
  lrm: 0x200e,
  rlm: 0x200f,
  nobreak: 0x2060,
  notinvisible: 0x2062,
  invisibletimes: 0x2062,
  it: 0x2062,
  invisiblecomma: 0x2063,
  ic: 0x2063,
  applyfunction: 0x2061,
  af: 0x2061,
};

const REFERENCE = /&(?:#[xX]([0-9a-fA-F]{1,6})|#([0-9]{1,7})|([A-Za-z][A-Za-z0-9]{1,31}));/g;

/** The code point a character reference stands for, as CommonMark decodes it; null for one it leaves as text. */
export function decodeReference(reference: string): number | null {
  const match = new RegExp(REFERENCE.source).exec(reference);
  if (!match) return null;
  const [, hex, decimal, name] = match;
  if (name !== undefined) return NAMED_REFERENCES[name.toLowerCase()] ?? null;
  const codePoint = Number.parseInt(hex ?? decimal!, hex ? 16 : 10);
  // CommonMark turns NUL and numbers past Unicode into U+FFFD: still a refused character.
  return codePoint === 0 || codePoint > 0x10ffff ? 0xfffd : codePoint;
}

/**
 * The refused characters a Markdown body's character references decode to, each at the line and
 * column of its reference (`bodyFirstLine` is the body's first line in the file, 1-based). A
 * reference is judged in its context, as the literal character would be: a joiner between two
 * Arabic letters is allowed, between two Latin ones it is not. Soft hyphens are left to the
 * page's normalisation, as literal ones are.
 */
export function decodedBodyProblems(body: string, bodyFirstLine = 1): DecodedCharacterProblem[] {
  const found: DecodedCharacterProblem[] = [];
  let line = bodyFirstLine;
  let lineStart = 0;
  let scanned = 0;
  for (const match of body.matchAll(REFERENCE)) {
    const codePoint = decodeReference(match[0]);
    if (codePoint === null) continue;
    // Lines counted incrementally: linear in the body's length however many references it holds.
    for (let i = body.indexOf('\n', scanned); i !== -1 && i < match.index; i = body.indexOf('\n', i + 1)) {
      line++;
      lineStart = i + 1;
    }
    scanned = match.index;
    const before = body.slice(Math.max(0, match.index - 2), match.index);
    const after = body.slice(match.index + match[0].length, match.index + match[0].length + 2);
    const context = `${before}${String.fromCodePoint(codePoint)}${after}`;
    const problem = findCharacterProblems(context).find((one) => one.index === before.length);
    if (!problem || problem.kind === 'soft hyphen') continue;
    found.push({ field: 'body', line, column: match.index - lineStart + 1, written: match[0], problem });
  }
  return found;
}

/** A decoded problem as the build and `npm run add` print it. */
export function describeDecodedProblem(file: string, found: DecodedCharacterProblem): string {
  if (found.field === 'body') {
    return `${file}:${found.line}:${found.column}: body: the character reference "${found.written}" is ${explainProblem(found.problem)}`;
  }
  return `${file}: ${found.field}: an escape in the YAML value decodes to ${explainProblem(found.problem)}`;
}
