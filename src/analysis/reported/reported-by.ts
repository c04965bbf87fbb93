/**
 * "The meeting was first reported by Politico.", "News of the move was reported by the Miami
 * Herald on Friday.": a sentence whose subject is what a news outlet reported. The subject is the
 * statement's words, the agent after "by" its source, and its speaker (`sourceless-statements.ts`: the
 * outlet's actor when the attribution read the name, else the name as written, as for "according to
 * Politico"). Anchored on each "reported by", so a paragraph is read in linear time.
 */
import type { QuotedText } from '../text/quoted-text.ts';
import type { SourcedCueClause } from './clause-bounds.ts';

/** Where a "reported by" statement lies in its block: its words, its cue and its source. */
export type ReportedByClause = SourcedCueClause;

/** "was first reported by ": a passive of "report", maybe with an adverb of time. */
const REPORTED_BY =
  /\b(?:was|were|has\s+been|had\s+been)\s+(?:(?:first|also|previously|originally|earlier)\s+)?reported\s+(?:\S+\s+){0,2}?by\s+/gu;
/** A subject of up to eight words with no comma, quote mark or clause before it ("The meeting", "News of the PGA’s move"). */
const SUBJECT = /^(?:\p{Lu}|\p{Ll})[^,;:“”"—–()]{0,80}$/u;
/** The agent: a name (maybe after "the"), then the sentence's end or a time. */
const AGENT = /^(?:the\s+)?(?:\p{Lu}[\p{L}.’'&-]*\s?){1,5}(?=\s*(?:$|[.,]|\s(?:on|in|last|this|earlier)\b))/u;

/** The "reported by" statements of a block, outside quotes. */
export function reportedByClauses(quotedText: QuotedText): ReportedByClause[] {
  const { text } = quotedText;
  const clauses: ReportedByClause[] = [];
  for (const match of text.matchAll(REPORTED_BY)) {
    const cueStart = match.index;
    const cueEnd = cueStart + match[0].trimEnd().length;
    if (quotedText.isQuoted(cueStart)) continue;
    const sentence = quotedText.sentenceAround(cueStart, cueEnd);
    const subject = text.slice(sentence.start, cueStart).trim();
    if (!SUBJECT.test(subject) || subject.split(/\s+/u).length > 8) continue;
    const sourceStart = cueStart + match[0].length;
    const agent = AGENT.exec(text.slice(sourceStart, sentence.end));
    if (!agent) continue;
    const start =
      sentence.start + (text.slice(sentence.start, cueStart).length - text.slice(sentence.start, cueStart).trimStart().length);
    clauses.push({
      start,
      end: start + subject.length,
      cueStart,
      cueEnd,
      sourceStart,
      sourceEnd: sourceStart + agent[0].trimEnd().replace(/\.$/u, '').length,
    });
  }
  return clauses;
}
