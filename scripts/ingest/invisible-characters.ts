import type { BodyBlock } from '../../src/analysis/types.ts';
import {
  codePointNumber,
  hasInvisibleCharacter,
  invisibleCharactersOf,
  withoutInvisibleCharacters,
} from '../../src/lib/code-points.ts';
import type { RunTogetherSuggestion } from './run-together.ts';

/**
 * Invisible characters in the body (zero-width spaces and joiners, word joiners, direction
 * controls, a stray byte-order mark; which ones: src/lib/code-points.ts): pages carry them, and the
 * build refuses them because they split names without showing. Like a run-together word, removing
 * one is a correction of the outlet's text, so it is only suggested, with the correction to declare.
 */

/** One suggestion per distinct word of the body that holds an invisible character: the word without it. */
export function suggestInvisibleCharacterRemovals(blocks: readonly BodyBlock[]): RunTogetherSuggestion[] {
  const suggestions: RunTogetherSuggestion[] = [];
  const seen = new Set<string>();
  for (const block of blocks) {
    for (const word of block.text.split(/\s+/)) {
      if (!hasInvisibleCharacter(word) || seen.has(word)) continue;
      seen.add(word);
      const codes = invisibleCharactersOf(word).map((char) => codePointNumber(char.codePointAt(0)!));
      suggestions.push({
        block: block.id,
        from: word,
        to: withoutInvisibleCharacters(word),
        reason: `an invisible character (${codes.join(', ')}) inside the word`,
      });
    }
  }
  return suggestions;
}
