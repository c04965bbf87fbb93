import type { BodyBlock } from '../../src/analysis/types.ts';
import type { RunTogetherSuggestion } from './run-together.ts';

/**
 * Invisible characters in the body (zero-width spaces and joiners, word joiners, direction
 * controls, a stray byte-order mark): pages carry them, and the build refuses them because they
 * split names without showing. Like a run-together word, removing one is a correction of the
 * outlet's text, so it is only suggested, with the correction to declare.
 */

const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u202A-\u202E\u2066-\u2069]/u;

export function suggestInvisibleCharacterRemovals(blocks: readonly BodyBlock[]): RunTogetherSuggestion[] {
  const suggestions: RunTogetherSuggestion[] = [];
  const seen = new Set<string>();
  for (const block of blocks) {
    for (const word of block.text.split(/\s+/)) {
      if (!INVISIBLE.test(word) || seen.has(word)) continue;
      seen.add(word);
      const codes = [...new Set([...word].filter((char) => INVISIBLE.test(char)))].map(
        (char) => `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`,
      );
      suggestions.push({
        block: block.id,
        from: word,
        to: [...word].filter((char) => !INVISIBLE.test(char)).join(''),
        reason: `an invisible character (${codes.join(', ')}) inside the word`,
      });
    }
  }
  return suggestions;
}
