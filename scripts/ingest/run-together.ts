import type { BodyBlock } from '../../src/analysis/types.ts';

/**
 * Words that look run together where a link or a line break was stripped (`announcedthe`,
 * `readingShow`, `said.The`). Only suggested to the editor: a correction changes the outlet's
 * words, so a person decides, and declares it in the article's `corrections`.
 */

export interface RunTogetherSuggestion {
  /** The block it is in (`p-3`). */
  block: string;
  /** The word as the raw text has it. */
  from: string;
  /** The words it is probably made of. */
  to: string;
  /** Why it was suggested. */
  reason: string;
}

/** Short words that a stripped link most often glues to the word before or after. */
const GLUED = ['the', 'and', 'that', 'with', 'from', 'this', 'which', 'their', 'for', 'of', 'to'];

/** Real words that end like a glued pair ("thereof", "forthwith"). */
const REAL_WORDS = new Set([
  'thereof',
  'hereof',
  'whereof',
  'thereto',
  'hereto',
  'whereto',
  'therefor',
  'therewith',
  'herewith',
  'wherewith',
  'forthwith',
  'therefrom',
  'wherefrom',
  'herefrom',
  'wherefor',
  'heretofore',
  'theretofore',
  'whereto',
  'thereafter',
  'overthe',
  'inasmuchas',
  'notwithstanding',
  'meanwhile',
  'otherwise',
  'nonetheless',
  'nevertheless',
]);

/** Real words that start with "the" and a word ("theirs", "thereafter", "themselves"). */
const THE_WORDS = /^the(?:ir|m|n|re|se|y|ater|atre|ft|me|ology|ory|ories|rapy|rmal|sis)/;

/** Endings of words that are rarely followed by more letters in one word. */
const WORD_END = /(?:ed|ing|ly|tion|ment|ness)$/;

export function suggestRunTogetherWords(blocks: readonly BodyBlock[]): RunTogetherSuggestion[] {
  const vocabulary = new Set<string>();
  for (const block of blocks) for (const word of block.text.toLowerCase().match(/\p{L}+/gu) ?? []) vocabulary.add(word);
  const suggestions: RunTogetherSuggestion[] = [];
  const seen = new Set<string>();
  for (const block of blocks) {
    for (const token of block.text.split(/\s+/)) {
      const suggestion = splitToken(token.replace(/^[^\p{L}]+|[^\p{L}.!?]+$/gu, ''), vocabulary);
      if (suggestion && !seen.has(suggestion.from)) {
        seen.add(suggestion.from);
        suggestions.push({ block: block.id, ...suggestion });
      }
    }
  }
  return suggestions;
}

function splitToken(word: string, vocabulary: ReadonlySet<string>): Omit<RunTogetherSuggestion, 'block'> | null {
  // "readingShow": a lower-case word, then a capitalised one, with no space.
  const camel = /^(\p{Ll}{3,})(\p{Lu}\p{Ll}+)$/u.exec(word);
  if (camel)
    return { from: word, to: `${camel[1]} ${camel[2]}`, reason: 'a capital letter inside a word: two words run together' };
  // "said.The": a sentence ends and the next begins with no space.
  const sentence = /^(\p{L}{2,}[.!?])(\p{Lu}\p{Ll}+)$/u.exec(word);
  if (sentence && /\p{Ll}/u.test(sentence[1]!.slice(-2, -1)))
    return { from: word, to: `${sentence[1]} ${sentence[2]}`, reason: 'no space after the end of a sentence' };
  if (!/^\p{L}+$/u.test(word)) return null;
  const lower = word.toLowerCase();
  if (REAL_WORDS.has(lower) || /^(?:there|here|where)/.test(lower)) return null;
  // "announcedthe": a word and a short function word.
  if (word === lower) {
    for (const glued of GLUED) {
      const head = lower.slice(0, -glued.length);
      if (lower.endsWith(glued) && head.length >= 4 && (WORD_END.test(head) || (vocabulary.has(head) && glued.length >= 3))) {
        return { from: word, to: `${head} ${glued}`, reason: `“${head}” and “${glued}” with no space between them` };
      }
    }
  }
  // "theleaders": "the" and a word the text uses elsewhere.
  const rest = lower.slice(3);
  if (lower.startsWith('the') && rest.length >= 4 && vocabulary.has(rest) && !THE_WORDS.test(lower)) {
    return { from: word, to: `${word.slice(0, 3)} ${word.slice(3)}`, reason: `“the” and “${rest}” with no space between them` };
  }
  return null;
}
