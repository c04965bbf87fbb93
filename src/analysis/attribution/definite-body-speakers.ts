/**
 * "The airline said in a statement that it was inviting family members to Surabaya, “…”": a definite description of one
 * body stands for a body the reader has met, not for a source of its own. Reported speech gives such a statement the
 * body named nearest before it whose name ends on the description's noun, or no speaker (`reported/definite-bodies.ts`);
 * a quote's speaker is read the same way, so "the airline" for AirAsia, never named an airline, is no speaker rather
 * than a description scored, and read, as someone else. Documents and gatherings ("the statement", "the crowd") are
 * sources of their own and keep their words.
 */
import { alternationOf } from '../lexicon/word-list.ts';
import { UNNAMED_ONLY_SOURCE_NOUNS } from '../lexicon/speech-words.ts';
import { articleBodyNames, BLOCKS_BACK, NOT_NAMING, nearestBodyNamed } from '../reported/definite-bodies.ts';
import type { Speaker } from '../types.ts';
import type { Found } from './referents.ts';
import type { BlockContext } from './subjects.ts';

/**
 * "the airline", "the company": "the" and a noun alone, pointing back. With words that say which one ("the northern
 * military command") a description can introduce a body of its own, and keeps its words.
 */
const DEFINITE_DESCRIPTION = /^the\s+[\p{Ll}-]+$/u;
/** A description whose head noun is a document or a gathering. */
const UNNAMED_ONLY_HEAD = new RegExp(String.raw`\s(?:${alternationOf(UNNAMED_ONLY_SOURCE_NOUNS)})$`, 'iu');
/** How far before the quote its own paragraph is read for the body's name, in characters. */
const WINDOW = 2000;

/** What quotes' definite descriptions of one article stand for, read once per article and description. */
export class ArticleBodies {
  readonly #before = new Map<string, Speaker | null>();
  readonly #contexts: readonly BlockContext[];
  constructor(contexts: readonly BlockContext[]) {
    this.#contexts = contexts;
  }

  /**
   * The speaker a quote shows for `found`: the body a definite description of one body stands for, named before the
   * quote at `offset` of block `block` (up to 2,000 characters before it in its paragraph, or in the four paragraphs
   * before), or null when none is named; `found`'s own speaker for any other.
   */
  speakerFor(found: Found, block: number, offset: number): Speaker | null {
    const { speaker } = found;
    if (speaker.actor !== null || found.entity !== 'organization' || found.plural) return speaker;
    if (!DEFINITE_DESCRIPTION.test(speaker.label) || UNNAMED_ONLY_HEAD.test(speaker.label)) return speaker;
    const words = speaker.label
      .toLowerCase()
      .split(/\s+/u)
      .filter((word) => !NOT_NAMING.has(word));
    if (words.length === 0) return speaker;
    // The article's paragraphs and body names, made when a description first needs them.
    const { blocks, bodies } = articleBodyNames(this.#contexts);
    // The quote's own paragraph up to a window before it, then the paragraphs before, read once per paragraph and
    // description: a paragraph of thousands of "the company said" stays linear.
    const text = blocks[block]!.text;
    const window = text.slice(Math.max(0, offset - WINDOW), offset);
    const here = nearestBodyNamed(words, [{ id: '', kind: 'paragraph', text: window }], {
      block: 0,
      offset: window.length,
      bodies,
      blocksBack: 0,
    });
    if (here || block === 0) return here;
    const key = `${block}|${words.join(' ')}`;
    if (!this.#before.has(key)) {
      const previous = block - 1;
      this.#before.set(
        key,
        nearestBodyNamed(words, blocks, {
          block: previous,
          offset: blocks[previous]!.text.length,
          bodies,
          blocksBack: BLOCKS_BACK - 1,
        }),
      );
    }
    return this.#before.get(key)!;
  }
}
