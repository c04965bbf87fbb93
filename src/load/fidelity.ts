import { bodyBlocksFromMarkdown } from '../analysis/text/body-blocks.ts';
import type { BodyBlock } from '../analysis/types.ts';
import { normalizeBodyText } from '../analysis/text/text-hygiene.ts';

/**
 * Fidelity check: proves that an article file is its raw file, split and nothing more.
 *
 * Every article is transcribed from a raw text that mixes body and page furniture. Readers are
 * promised that the body is the outlet's words, so the build must catch any word dropped, added,
 * changed or moved while transcribing, and any furniture that vanished without being declared.
 * Words are compared, not characters, because only whitespace legitimately changes: paragraphs
 * are separated by blank lines and furniture may be listed with other line breaks.
 */

/** An article as the check sees it. */
export interface FidelityInput {
  /** The raw file's text, exactly as collected. */
  raw: string;
  /** The article body, as Markdown; its words are read from its body blocks. */
  body: string;
  /** Text removed from the raw file as page furniture, in the order it appears there. */
  furniture: readonly { kind: string; text: string }[];
  /** Declared edits: `from` as the raw file has it, `to` as the body has it. */
  corrections: readonly { from: string; to: string; reason: string }[];
}

/** `ok`, or the first problem found, worded so that a person can find and fix it. */
export type FidelityResult = { ok: true } | { ok: false; message: string };

interface RawWord {
  text: string;
  /** 1-based line of the raw file the word is on. */
  line: number;
}

interface BodyWord {
  text: string;
  /** Id of the body block the word is in (`p-3`). */
  block: string;
}

/**
 * Checks that the raw file's words are exactly the body's words and the furniture items
 * interleaved in order: each item's words contiguous, items in declared order, nothing left over
 * on either side. The body is read with its corrections reversed (every occurrence of `to` put
 * back to `from`, so a `to` should be specific enough to occur only where the edit was made).
 *
 * One greedy pass, linear in the number of words: at each raw word the next furniture item is
 * taken if all its words match there, otherwise the next body word must match. Furniture is
 * whole lines of page chrome, so it does not in practice coincide with body text at that spot.
 */
export function checkFidelity(input: FidelityInput): FidelityResult {
  const { body, ...rest } = input;
  return checkFidelityOfBlocks({ ...rest, blocks: bodyBlocksFromMarkdown(body) });
}

/** `checkFidelity` for a body already split into blocks (the build has them from the analysis). */
export function checkFidelityOfBlocks(input: Omit<FidelityInput, 'body'> & { blocks: readonly BodyBlock[] }): FidelityResult {
  const { blocks } = input;

  for (const { from, to } of input.corrections) {
    if (!input.raw.includes(from)) {
      return fail(`correction "${from}" → "${to}": "${from}" does not occur in the raw text`);
    }
    if (!to || !blocks.some((block) => block.text.includes(to))) {
      return fail(`correction "${from}" → "${to}": "${to}" does not occur in the body`);
    }
  }

  const raw = rawWords(input.raw);
  const body: BodyWord[] = blocks.flatMap((block) => {
    const text = input.corrections.reduce((t, { from, to }) => t.split(to).join(from), block.text);
    return words(text).map((word) => ({ text: word, block: block.id }));
  });
  const furniture = input.furniture.map((item) => ({ ...item, words: words(item.text) }));

  let b = 0;
  let f = 0;
  let r = 0;
  while (r < raw.length) {
    const item = furniture[f];
    if (item?.words.every((word, i) => raw[r + i]?.text === word)) {
      r += item.words.length;
      f += 1;
    } else if (body[b]?.text === raw[r]!.text) {
      r += 1;
      b += 1;
    } else {
      const bodyHas = body[b]
        ? `the body has "${body[b]!.text}" (body word ${b + 1}, in ${body[b]!.block})`
        : 'the body has no words left';
      const furnitureHas = item
        ? `the next furniture item (${item.kind} "${excerpt(item.text)}") does not start here`
        : 'no furniture item is left';
      return fail(
        `raw word ${r + 1} (line ${raw[r]!.line}) is "${raw[r]!.text}", but ${bodyHas} and ${furnitureHas}. Raw text here: ${context(raw, r)}`,
      );
    }
  }
  if (b < body.length) {
    return fail(
      `the raw text ends but the body goes on: body word ${b + 1} "${body[b]!.text}" (in ${body[b]!.block}) is not in the raw text`,
    );
  }
  if (f < furniture.length) {
    const item = furniture[f]!;
    return fail(
      `furniture item ${f + 1} (${item.kind} "${excerpt(item.text)}") was not found in the raw text in its declared place`,
    );
  }
  return { ok: true };
}

function fail(message: string): FidelityResult {
  return { ok: false, message };
}

/**
 * The words of a text as the page shows them (`normalizeBodyText`: NFC, soft hyphens removed), on
 * every side alike: the build compares the raw file with the body's normalised blocks, the editor
 * tools with the Markdown as written, and a raw file keeps its soft hyphens.
 */
function words(text: string): string[] {
  return normalizeBodyText(text).split(/\s+/).filter(Boolean);
}

function rawWords(raw: string): RawWord[] {
  return raw.split('\n').flatMap((line, i) => words(line).map((text) => ({ text, line: i + 1 })));
}

/** The raw words around position `r`, the word itself marked «like this». */
function context(raw: RawWord[], r: number): string {
  const before = raw.slice(Math.max(0, r - 6), r).map((w) => w.text);
  const after = raw.slice(r + 1, r + 7).map((w) => w.text);
  return `…${[...before, `«${raw[r]!.text}»`, ...after].join(' ')}…`;
}

function excerpt(text: string): string {
  return text.length > 50 ? `${text.slice(0, 50)}…` : text;
}
