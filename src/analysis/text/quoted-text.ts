/**
 * One block's text with its quotes marked: the value the analysis asks about sentences and speech
 * cues. Built once per block and passed along, it finds the block's sentence ends and cues the
 * first time they are asked for and keeps them, so that a paragraph is scanned once however many
 * quotes and cues in it are looked at (a plain value, owned by whoever built it: no cache hidden
 * in a module).
 */
import type { BodyBlock, TextSpan } from '../types.ts';
import { isInside, quotedRangesByBlock, type Range } from './ranges.ts';
import { sentenceBetweenEnds, sentenceEnds } from './sentences.ts';
import { findSpeechCues, type SpeechCue } from './speech-cues.ts';

/** A block's text and the ranges its quotes cover, with its sentence ends and speech cues found once. */
export class QuotedText {
  /** The block's text. */
  readonly text: string;
  /** The ranges the quotes cover (marks included), sorted by start. */
  readonly quoted: readonly Range[];
  #sentenceEnds: readonly number[] | undefined;
  #speechCues: readonly SpeechCue[] | undefined;

  /** `quoted` need not be sorted; the text keeps a sorted copy. */
  constructor(text: string, quoted: readonly Range[]) {
    this.text = text;
    this.quoted = [...quoted].sort((a, b) => a[0] - b[0]);
  }

  /** Whether an offset is inside a quote. */
  isQuoted(offset: number): boolean {
    return isInside(this.quoted, offset);
  }

  /** Offsets where a sentence ends (`sentenceEnds`), in order. */
  sentenceEnds(): readonly number[] {
    this.#sentenceEnds ??= sentenceEnds(this.text, this.quoted);
    return this.#sentenceEnds;
  }

  /** The sentence containing the range `[start, end)`, as offsets (`sentenceAround`). */
  sentenceAround(start: number, end: number): { start: number; end: number } {
    return sentenceBetweenEnds(this.text, this.sentenceEnds(), start, end);
  }

  /** The speech cues outside quotes, in order (`findSpeechCues`). */
  speechCues(): readonly SpeechCue[] {
    this.#speechCues ??= findSpeechCues(this.text, this.quoted);
    return this.#speechCues;
  }
}

/** Every block's `QuotedText`, keyed by block id, the quotes' ranges taken from `quotes`. */
export function quotedTextsByBlock(blocks: readonly BodyBlock[], quotes: Array<{ parts: TextSpan[] }>): Map<string, QuotedText> {
  const quoted = quotedRangesByBlock(quotes);
  return new Map(blocks.map((block) => [block.id, new QuotedText(block.text, quoted.get(block.id) ?? [])]));
}
