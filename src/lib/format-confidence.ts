/**
 * How sure the corpus is of a fact (the schema's `confidence`, src/schemas/confidence.ts), spelt
 * out here because src/lib/ imports nothing else from src/.
 */
export type ConfidenceLevel = 'confirmed' | 'secondary' | 'inferred' | 'unknown';

/**
 * How uncertain a fact is, in plain words a reader needs no legend for: "date inferred",
 * "outlet from another source", "author unknown"; null for a confirmed fact, which needs none.
 * (All-caps badges such as "SECONDARY" next to an outlet's name read like a rating of the outlet.)
 */
export function uncertaintyWords(field: string, confidence: ConfidenceLevel): string | null {
  switch (confidence) {
    case 'confirmed':
      return null;
    case 'secondary':
      return `${field} from another source`;
    case 'inferred':
      return `${field} inferred`;
    case 'unknown':
      return `${field} unknown`;
  }
}

/** A frontmatter note ("inferred from the text …") as a sentence: capital first, one full stop. */
export function asSentence(note: string): string {
  const text = note.trim().replace(/[.\s]+$/, '');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}
