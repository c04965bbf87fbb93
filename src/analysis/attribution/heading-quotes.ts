/**
 * A quoted subheading (“## ‘A messy, messy mess’”) repeats words a person says in the section below it: the
 * reader takes its speaker from the quote that repeats them. The subheading itself names nobody, so the
 * reading in order leaves it without a speaker (rule `quoted-subheading` abstains); this pass, run once every
 * quote has its speaker, gives it the speaker of the quote below that holds its words.
 */
import type { AttributionMethod, BodyBlock, ExtractedQuote, Speaker } from '../types.ts';
import type { SpeakerRuleName } from './speaker-rules.ts';

/** The speaker of one quote as attribution records it (the fields of `QuoteAttribution` this pass reads and sets). */
export interface Attributed {
  speaker: Speaker | null;
  attribution: AttributionMethod | null;
  rule: SpeakerRuleName | null;
  confidence: number | null;
}

/** Subheadings shorter than this many words are too common to tie to one quote ("‘Ready’"). */
const MIN_WORDS = 2;
/** Words a subheading may leave out between two of its words (“bleeding out credibility” / “bleeding out its credibility”). */
const MAX_GAP = 2;

/**
 * Fills in, in place, the speaker of each quoted subheading with none from the quote of the section below it
 * (up to the next subheading) that repeats the subheading's words in order, a word or two left out between
 * them. When quotes of two different speakers repeat them, the subheading keeps no speaker.
 */
export function speakHeadingQuotes(blocks: readonly BodyBlock[], quotes: readonly ExtractedQuote[], results: Attributed[]): void {
  const blockIndex = new Map(blocks.map((block, index) => [block.id, index]));
  const blockOf = (quote: ExtractedQuote) => blockIndex.get(quote.parts[0]!.block)!;
  quotes.forEach((quote, index) => {
    const at = blockOf(quote);
    if (blocks[at]!.kind !== 'heading' || results[index]!.speaker || quote.kind === 'title' || quote.kind === 'scare') return;
    const words = wordsOf(quote.text);
    if (words.length < MIN_WORDS) return;
    const sectionEnd = blocks.findIndex((block, blockAt) => blockAt > at && block.kind === 'heading');
    const repeating = quotes.flatMap((other, otherIndex) => {
      const otherAt = blockOf(other);
      const inSection = otherAt > at && (sectionEnd === -1 || otherAt < sectionEnd);
      const found = results[otherIndex]!;
      return inSection && found.speaker && repeatsInOrder(wordsOf(other.text), words) ? [found] : [];
    });
    const first = repeating[0];
    if (!first?.speaker || repeating.some((other) => !sameSpeaker(other.speaker!, first.speaker!))) return;
    results[index] = {
      ...results[index]!,
      speaker: first.speaker,
      attribution: 'context',
      rule: 'quoted-subheading',
      confidence: first.confidence,
    };
  });
}

/** The lower-cased words of a text, apostrophes made straight ("It’s" and "It's" alike). */
function wordsOf(text: string): string[] {
  return (
    text
      .normalize('NFC')
      .replace(/[’‘ʼ]/gu, "'")
      .toLowerCase()
      .match(/[\p{L}\p{N}]+(?:'[\p{L}]+)*/gu) ?? []
  );
}

/** Whether `inner`'s words occur in `outer` in order, each at most `MAX_GAP` words after the one before. */
export function repeatsInOrder(outer: readonly string[], inner: readonly string[]): boolean {
  for (let start = 0; start < outer.length; start++) {
    if (outer[start] !== inner[0]) continue;
    let at = start;
    let matched = 1;
    while (matched < inner.length) {
      const next = outer.indexOf(inner[matched]!, at + 1);
      if (next === -1 || next - at - 1 > MAX_GAP) break;
      at = next;
      matched++;
    }
    if (matched === inner.length) return true;
  }
  return false;
}

function sameSpeaker(a: Speaker, b: Speaker): boolean {
  return a.actor === b.actor && (a.actor !== null || a.label === b.label);
}
