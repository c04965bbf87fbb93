import type { BodyBlock } from '../../src/analysis/types.ts';

/** Paragraphs as the body blocks of an article, numbered from p-1. */
export function paragraphBlocks(...texts: string[]): BodyBlock[] {
  return texts.map((text, index) => ({ id: `p-${index + 1}`, text, kind: 'paragraph' }));
}

/** A block's kind and text, as case tables write it. */
export interface KindedText {
  kind: BodyBlock['kind'];
  text: string;
}

/** Blocks of the given kinds, numbered from p-1. */
export function kindedBlocks(blocks: readonly KindedText[]): BodyBlock[] {
  return blocks.map(({ kind, text }, index) => ({ id: `p-${index + 1}`, text, kind }));
}
