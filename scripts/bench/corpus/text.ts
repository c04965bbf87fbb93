/** Small text helpers of the corpus generator. */
import { slugFromFileName } from '../../../src/lib/slugs.ts';

/** Lower-cases a statement's first word for use after "and", keeping "I" and names. */
export function lowerFirst(text: string): string {
  const first = /^\p{L}+/u.exec(text)?.[0] ?? '';
  return ['We', 'There', 'Nobody', 'The', 'It', 'This', 'Our', 'Everyone', 'If', 'As', 'They'].includes(first)
    ? text.charAt(0).toLowerCase() + text.slice(1)
    : text;
}

/** The text with its first letter in capitals. */
export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * A slug for `title` that no earlier call with the same `used` set returned: cut at a word
 * boundary to 70 characters, then numbered (`-2`, `-3`) if it is taken.
 */
export function uniqueSlug(title: string, used: Set<string>): string {
  const full = slugFromFileName(`${title}.x`);
  const base = (full.length <= 70 ? full : full.slice(0, full.lastIndexOf('-', 70))) || 'untitled';
  let slug = base;
  for (let n = 2; used.has(slug); n++) slug = `${base}-${n}`;
  used.add(slug);
  return slug;
}
