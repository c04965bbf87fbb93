/**
 * How the lexicon's lists are written and read. A list is a template string with one entry a
 * line (a word or a phrase), kept in an array with its order and any repeats, so that the
 * lexicon test can find a word written twice. The modules that read a list build a `Set` or a
 * regular expression from it once, at load.
 */

/** The entries of a list written one a line; blank lines and the spaces around an entry are ignored. */
export function wordList(lines: string): readonly string[] {
  return lines
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/** Each list of a module of lists (`import * as`) as a `Set` under the list's name, to look words up in. */
export function wordSets<Name extends string>(
  lists: Readonly<Record<Name, readonly string[]>>,
): Readonly<Record<Name, ReadonlySet<string>>> {
  const entries = Object.entries<readonly string[]>(lists).map(([name, list]) => [name, new Set(list)]);
  return Object.fromEntries(entries) as Record<Name, ReadonlySet<string>>;
}

/**
 * A regular-expression alternation that matches exactly the words of a list, characters such as
 * the full stop in "u.s." escaped ("president|vice president|prosecutor's office").
 */
export function alternationOf(words: readonly string[]): string {
  return words.map((word) => word.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')).join('|');
}
