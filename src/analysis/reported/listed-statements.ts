/**
 * "In a wide-ranging interview, President Obama also said:" and the list after it: each item of a
 * list introduced by a verb of speech and a colon is a statement of that verb's subject. Only a
 * subject the attribution names there and then (an explicit name or description, not a pronoun
 * or the context) speaks for the list; with none, the list is left alone.
 */
import { resolveCandidate } from '../attribution/referents.ts';
import { subjectOfCue } from '../attribution/cue-speakers.ts';
import type { AttributedQuote, BodyBlock } from '../types.ts';
import type { CueReading, FoundStatement } from './find-statements.ts';
import { quotesOpeningIn } from './block-quotes.ts';
import { trimmedEnd } from './clause-bounds.ts';
import { isSureEnough, statementConfidence } from './statement-confidence.ts';

/** After the verb: at most a short phrase ("on Friday", "in a statement"), then the colon that ends the paragraph. */
const COLON_ENDS_PARAGRAPH =
  /^(?:\s+(?:on\s+\p{Lu}\p{Ll}+day|in\s+(?:a|an|his|her|its|their)\s+\p{Ll}+|to\s+reporters))?\s*:\s*$/u;
/** A list longer than this is no list of remarks (a page's index, a table of contents). */
const MOST_ITEMS = 20;

/** The statements of the lists introduced by "X said:", one per item, in reading order. */
export function listedStatements(
  readings: readonly CueReading[],
  blocks: readonly BodyBlock[],
  quotesOf: ReadonlyMap<string, readonly AttributedQuote[]>,
): FoundStatement[] {
  const statements: FoundStatement[] = [];
  for (const { context, cue } of readings) {
    const introduction = blocks[context.index]!;
    const next = blocks[context.index + 1];
    if (cue.form !== 'finite' || introduction.kind !== 'paragraph' || next?.kind !== 'list-item') continue;
    if (!COLON_ENDS_PARAGRAPH.test(context.text.slice(cue.end))) continue;
    const subject = subjectOfCue(context, cue, context.quotedText.sentenceAround(cue.start, cue.end).start);
    if (!subject || subject.kind === 'pronoun' || subject.end > cue.start) continue;
    const found = resolveCandidate(subject, []);
    if (found?.method !== 'explicit') continue;
    const confidence = statementConfidence(found);
    const speaker = isSureEnough(confidence, false) ? found.speaker : null;
    const cueSpan = { block: introduction.id, start: cue.start, end: cue.end, text: cue.word };
    const source = {
      block: introduction.id,
      start: subject.start,
      end: subject.end,
      text: context.text.slice(subject.start, subject.end),
    };
    for (let index = context.index + 1; index < blocks.length && blocks[index]!.kind === 'list-item'; index++) {
      if (index - context.index > MOST_ITEMS) return statements;
      const item = blocks[index]!;
      const start = item.text.length - item.text.trimStart().length;
      const end = trimmedEnd(item.text, start, item.text.length);
      if (end <= start) continue;
      statements.push({
        content: { block: item.id, start, end },
        text: item.text.slice(start, end),
        cue: cueSpan,
        source,
        speaker,
        speakerRule: speaker ? 'listed-after-colon' : null,
        speakerConfidence: speaker ? confidence : null,
        quoted: quotesOpeningIn(quotesOf.get(item.id) ?? [], start, end).map((quote) => quote.id),
      });
    }
  }
  return statements;
}
