/**
 * One copy of each repeated short value in the analyses the corpus index holds. `JSON.parse`
 * makes a new string for every value it reads, so the archive's block ids ("p-12"), actor slugs,
 * speaker names and rule names were each held hundreds of thousands of times over.
 */

/** The fields whose values repeat across articles: block ids, actor slugs, names, kinds, rule names, short texts ("Peskov", "said"). */
const REPEATED_FIELDS: ReadonlySet<string> = new Set(['block', 'actor', 'alias', 'label', 'kind', 'speakerRule', 'text']);

/** Longer values (a quote's words, a sentence) rarely repeat: the table would only grow. */
const MAX_SHARED_LENGTH = 40;

/** A table of the strings already seen, shared by every article of one build. */
export type StringTable = Map<string, string>;

/**
 * Replaces, in place, every string value of at most `MAX_SHARED_LENGTH` characters of a
 * `REPEATED_FIELDS` field anywhere in `value` with the first equal string `table` has seen, and
 * returns `value`. Other values are left as they are.
 */
export function shareRepeatedStrings<T>(value: T, table: StringTable): T {
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const item = stack.pop();
    if (Array.isArray(item)) {
      for (const element of item) if (typeof element === 'object' && element !== null) stack.push(element);
    } else if (typeof item === 'object' && item !== null) {
      const record = item as Record<string, unknown>;
      for (const key of Object.keys(record)) {
        const field = record[key];
        if (typeof field === 'string') {
          if (field.length > MAX_SHARED_LENGTH || !REPEATED_FIELDS.has(key)) continue;
          const shared = table.get(field);
          if (shared === undefined) table.set(field, field);
          else record[key] = shared;
        } else if (typeof field === 'object' && field !== null) stack.push(field);
      }
    }
  }
  return value;
}
