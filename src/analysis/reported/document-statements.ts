/**
 * "The order requires Verizon to …", "The court order expressly bars Verizon from …", "It specifies
 * that …": a court's or an official's document speaking. What it requires or specifies is reported
 * words; their speaker is the body that issued the document, which the words do not name, so the
 * statement keeps the document as its source and has no speaker of its own. Each match reads a bounded window
 * of its sentence, so a paragraph is read in linear time. A court's document is credited to the court named
 * nearest before it (`isCourtDocument`, `definite-bodies.ts`), as its quotes would be.
 */
import type { QuotedText } from '../text/quoted-text.ts';
import { endBeforeNextReport, type SourcedCueClause, trimmedEnd } from './clause-bounds.ts';

/** Where a document's words lie in its block: the words, the verb (the cue) and the document (the source). */
export interface DocumentClause extends SourcedCueClause {
  /** The document's own words: the source's, or for "It" those of the document it stands for. */
  document: string;
}

/**
 * A document of a court or an office ("the order", "the court order", "a 2005 ruling", "the complaint"), then a verb
 * by which a document says what must or may not be done. Group 1: the document's phrase; group 2: the verb.
 */
const DOCUMENT_SAYS = new RegExp(
  [
    String.raw`\b(It(?=\s+(?:also\s+)?(?:requires|directs|compels|bars|specifies|stipulates|orders|prohibits|forbids|instructs)\b)|(?:[Tt]he|[Tt]his|[Tt]hat|[Aa])\s+(?:(?:court|judge[’']s|secret|top\s+secret|classified|leaked|federal|new|\d{4}|\p{Lu}[\p{L}.’'-]*)\s+){0,3}`,
    String.raw`(?:order|ruling|judgment|document|complaint|lawsuit|filing|indictment|warrant|subpoena|decree|directive|memo|memorandum))`,
    // "The order, a copy of which has been obtained by the Guardian, requires": an aside in commas may stand between.
    String.raw`(?:,\s[^,;:“”"]{1,80},)?\s+(?:(?:also|expressly|further|specifically|explicitly)\s+)?`,
    String.raw`(requires|directs|compels|bars|specifies|stipulates|orders|prohibits|forbids|instructs)\b`,
  ].join(''),
  'gu',
);
/** Whether a block's text may hold a document's words: one of the verbs, before the whole expression is tried. */
export function mayHoldDocument(text: string): boolean {
  return /\b(?:requires|directs|compels|bars|specifies|stipulates|orders|prohibits|forbids|instructs)\b/u.test(text);
}
/**
 * Whether a document's phrase names one a court issues: "the court order", "the ruling", "a 2005 judgment", "the
 * order" (not "the executive order"). Such words are credited to the court named nearest before them.
 */
export function isCourtDocument(phrase: string): boolean {
  return (
    /\bcourt\b|\b(?:ruling|judgment|decree|warrant|subpoena)$/iu.test(phrase) ||
    (/\border$/iu.test(phrase) && !/\bexecutive\b/iu.test(phrase))
  );
}
/** How far after its verb a document's words may run, in characters. */
const CLAUSE_REACH = 600;
/** How far after a document's words "It" may stand for that document, in characters. */
const PRONOUN_REACH = 200;
/** A clause shorter than this many words says nothing a reader would point to. */
const MIN_WORDS = 3;

/**
 * The document clauses of a block, outside quotes: after "that" when one follows the verb, else the verb's object
 * and what it must do, to the sentence's end or the next report. A document that is the object of another verb
 * ("obtained the order requiring") is not matched: only a finite verb right after the document is.
 */
export function documentClauses(quotedText: QuotedText): DocumentClause[] {
  const { text } = quotedText;
  const clauses: DocumentClause[] = [];
  let last: { end: number; document: string } | null = null;
  for (const match of text.matchAll(DOCUMENT_SAYS)) {
    if (quotedText.isQuoted(match.index)) continue;
    // "It specifies that …": "It" stands for the document of the sentence before, in the same paragraph.
    const pronoun = /^It\s/u.test(match[0]);
    if (pronoun && (!last || match.index - last.end > PRONOUN_REACH)) continue;
    const sourceEnd = match.index + match[1]!.length;
    const document: string = pronoun ? last!.document : match[1]!;
    const cueEnd = match.index + match[0].length;
    const cueStart = cueEnd - match[2]!.length;
    const sentence = quotedText.sentenceAround(cueStart, cueEnd);
    const limit = trimmedEnd(text, cueEnd, Math.min(sentence.end, cueEnd + CLAUSE_REACH));
    const that = /^\s+that\s+/u.exec(text.slice(cueEnd, limit));
    let start = cueEnd + (that?.[0].length ?? 0);
    while (start < limit && /\s/u.test(text[start]!)) start++;
    const end = endBeforeNextReport(quotedText, start, limit);
    if ((text.slice(start, end).match(/\S+/gu)?.length ?? 0) < MIN_WORDS) continue;
    last = { end, document };
    clauses.push({ start, end, cueStart, cueEnd, sourceStart: match.index, sourceEnd, document });
  }
  return clauses;
}
