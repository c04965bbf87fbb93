/**
 * Hand-made analyses for the tests of provisional people (people found in the text with no actor
 * file), to the contract of src/analysis/types.ts (`people`, `Speaker.provisional`,
 * `Mention.provisional`). Two invented articles name the same invented person, Anna Petrova.
 */
import { registeredNames } from '../../src/analysis/attribution/provisional-people.ts';
import type {
  ArticleAnalysis,
  AttributedQuote,
  BodyBlock,
  DiscoveredPerson,
  Mention,
  Speaker,
} from '../../src/analysis/types.ts';

/** The sentence that introduces Anna Petrova. */
export const PETROVA_SENTENCE = 'Russia’s deputy foreign minister, Anna Petrova, said on Monday that “no one is in a hurry.”';
/** The paragraph that introduces her and quotes her twice. */
export const petrovaBlock: BodyBlock = {
  id: 'p-2',
  text: `Talks resumed. ${PETROVA_SENTENCE} Petrova added that “the door is open.”`,
  kind: 'paragraph',
};

/** A span of `text` in `block`, found by its words. */
export function spanOf(block: BodyBlock, text: string, from = 0) {
  const start = block.text.indexOf(text, from);
  if (start < 0) throw new Error(`"${text}" is not in ${block.id}`);
  return { block: block.id, start, end: start + text.length };
}

/** A discovered person; the evidence points at the name in `block` when it is there, else at the block's start. */
export function person(slug: string, name: string, roles: string[], block: BodyBlock, sentence: string): DiscoveredPerson {
  const at = Math.max(0, block.text.indexOf(name));
  return { slug, name, roles, evidence: { block: block.id, start: at, end: at + name.length, sentence } };
}

/** A fragment quoted in `block`, its marks included in its span. */
export function quote(id: string, block: BodyBlock, words: string, speaker: Speaker | null): AttributedQuote {
  const span = spanOf(block, words);
  return {
    id,
    parts: [{ ...span, start: span.start - 1, end: span.end + 1 }],
    text: words,
    kind: 'fragment',
    speaker,
    attribution: speaker ? 'explicit' : null,
    speakerRule: speaker ? 'speaker-then-verb-after-quote' : null,
    speakerConfidence: speaker ? 1 : null,
    automatic: { speaker, kind: 'fragment' },
  };
}

/** A mention of `actor` in `block`, found by its words from `from` on. */
export function mention(block: BodyBlock, text: string, actor: string, provisional: boolean, from = 0): Mention {
  return { ...spanOf(block, text, from), actor, text, ...(provisional ? { provisional: true } : {}) };
}

/** An article's analysis naming one discovered person, with two quotes and two mentions. */
export function analysisNaming(discovered: DiscoveredPerson, surname = 'Petrova'): ArticleAnalysis {
  const speaker = (label: string): Speaker => ({ actor: discovered.slug, label, provisional: true });
  return {
    blocks: [{ id: 'p-1', text: 'An opening paragraph.', kind: 'paragraph' }, petrovaBlock],
    mentions: [
      mention(petrovaBlock, discovered.name === 'Anna Petrova' ? 'Anna Petrova' : discovered.name, discovered.slug, true),
      mention(petrovaBlock, surname, discovered.slug, true, petrovaBlock.text.indexOf('added') - 10),
      mention(petrovaBlock, 'Russia', 'russia', false),
    ],
    quotes: [
      quote('q1', petrovaBlock, 'no one is in a hurry.', speaker('Anna Petrova')),
      quote('q2', petrovaBlock, 'the door is open.', speaker(surname)),
    ],
    dates: [],
    people: [discovered],
    statements: [],
  };
}

/** Anna Petrova as the analysis discovers her. */
export const petrova = person('anna-petrova', 'Anna Petrova', ['deputy foreign minister'], petrovaBlock, PETROVA_SENTENCE);

/** Three registered actors: Russia, Sergey Lavrov and Volodymyr Zelenskyy, with their aliases. */
export const names = registeredNames([
  { slug: 'russia', name: 'Russia', aliases: [] },
  { slug: 'sergey-lavrov', name: 'Sergey Lavrov', aliases: ['Lavrov', 'Sergei Lavrov'] },
  { slug: 'volodymyr-zelenskyy', name: 'Volodymyr Zelenskyy', aliases: ['Zelenskyy', 'Zelensky'] },
]);
