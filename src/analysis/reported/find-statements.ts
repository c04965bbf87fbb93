/**
 * Reported speech: the statements an article reports outside quotation marks ("Peskov said the
 * Kremlin was ready …", "…, according to two officials."). The speech cues and who spoke at each
 * come from the quote attribution's own reading of the article (`AttributionOptions.onCue`), so a
 * statement's speaker is found with the same candidates, pronouns and history as a quote's.
 *
 * A sentence that is a direct quote with its attribution ("“…,” Peskov said") is a quote, not a
 * statement; a statement that holds a quoted fragment keeps the quote's id (`quoted`) and, when it
 * has no speaker of its own, takes the quote's. Beliefs ("X believes …") are not speech: only the
 * verbs of `STATEMENT_VERBS` open a statement. Where the source cannot be read the statement has
 * no speaker: a wrong speaker is worse than none.
 */
import type { BlockContext } from '../attribution/subjects.ts';
import { candidateAfter, subjectOfCue } from '../attribution/subjects.ts';
import { type Found, resolveCandidate } from '../attribution/referents.ts';
import type { Candidate } from '../attribution/candidates.ts';
import { STATEMENT_PARTICIPLES, STATEMENT_VERBS } from '../lexicon/statement-words.ts';
import type { SpeechCue } from '../text/speech-cues.ts';
import type { AttributedQuote, BodyBlock, ReportedStatement, Speaker } from '../types.ts';
import { contentClause, type ContentClause } from './content-clause.ts';
import { BODY_SOURCE_NOUNS, PERSON_SOURCE_NOUNS } from '../lexicon/role-nouns.ts';
import { STATEMENT_SPEAKER_FLOOR, statementConfidence } from './statement-confidence.ts';

/** One speech cue as the attribution read it: its block, the cue, and who spoke there (or null). */
export interface CueReading {
  context: BlockContext;
  cue: SpeechCue;
  found: Found | null;
}

/** A statement before its id is given (`analyzeArticle` gives ids, as it does to quotes). */
export type FoundStatement = Omit<ReportedStatement, 'id'>;

const STATEMENT_VERB_SET = new Set(STATEMENT_VERBS);
const STATEMENT_PARTICIPLE_SET = new Set(STATEMENT_PARTICIPLES);
/** A clause shorter than this many words reports nothing a reader would point to ("he said so"). */
const MIN_CONTENT_WORDS = 3;
/** A clause this much covered by quotes is a direct quote with its attribution, not a reported statement. */
const QUOTED_SHARE_OF_A_QUOTE = 0.8;

/**
 * The reported statements of an article, in reading order, from the cues the attribution read
 * (`readings`, in reading order) and the article's attributed quotes.
 */
export function findStatements(
  readings: readonly CueReading[],
  blocks: readonly BodyBlock[],
  quotes: readonly AttributedQuote[],
): FoundStatement[] {
  const statements: FoundStatement[] = [];
  const taken = new Set<string>();
  for (const reading of readings) {
    const statement = statementOf(reading, blocks, quotes);
    if (!statement) continue;
    const key = `${statement.content.block}:${statement.content.start}:${statement.content.end}`;
    if (taken.has(key)) continue;
    taken.add(key);
    statements.push(statement);
  }
  const order = new Map(blocks.map((block, index) => [block.id, index]));
  return withholdBorrowedSources(statements).sort(
    (a, b) => order.get(a.content.block)! - order.get(b.content.block)! || a.content.start - b.content.start,
  );
}

function statementOf(
  { context, cue, found }: CueReading,
  blocks: readonly BodyBlock[],
  quotes: readonly AttributedQuote[],
): FoundStatement | null {
  // A capitalised verb opens a headline-like line ("Explained: Why …"), not a report.
  const isStatementCue =
    cue.form === 'according' ||
    (cue.form === 'finite' && STATEMENT_VERB_SET.has(cue.word)) ||
    (cue.form === 'participle' && STATEMENT_PARTICIPLE_SET.has(cue.word));
  // "the alleged terrorist", "his claimed victory": after a determiner the word is an adjective.
  if (
    !isStatementCue ||
    (cue.form === 'finite' && DETERMINER_BEFORE.test(context.text.slice(Math.max(0, cue.start - 8), cue.start)))
  ) {
    return null;
  }
  const { quotedText, text } = context;
  const sentence = quotedText.sentenceAround(cue.start, cue.end);
  const subject = subjectOfCue(context, cue, sentence.start);
  const subjectBefore = subject && subject.start < cue.start ? (subject.titleStart ?? subject.start) : null;
  const clause = contentClause(quotedText, cue, sentence, subjectBefore);
  if (!clause || !reportsWords(context, clause)) return null;
  const block = blocks[context.index]!.id;
  const source = clause.pattern === 'passive-that' ? null : (subject ?? speakerAfterVerb(context, cue, clause));
  const readable = source !== null && !(subject && isTailOfLongSubject(text, sentence.start, subject, cue));
  const sourceFound = unnamedIfSourceNoun(
    !readable ? null : (found ?? (source.kind !== 'pronoun' ? resolveCandidate(source, []) : null)),
  );
  const inside = quotes.filter((quote) => {
    const opening = quote.parts[0]!;
    return opening.block === block && opening.start >= clause.start && opening.start < clause.end;
  });
  // A source read through a pronoun or carried on from context is right too rarely (about 0.7 on
  // PolNeAR train) to put words in someone's mouth: the statement stays, its speaker is withheld.
  const sure = sourceFound && statementConfidence(sourceFound) >= STATEMENT_SPEAKER_FLOOR ? sourceFound : null;
  const fromQuote = sourceFound ? undefined : inside.find((quote) => quote.speaker !== null);
  const speaker: Speaker | null = sure?.speaker ?? fromQuote?.speaker ?? null;
  return {
    content: { block, start: clause.start, end: clause.end },
    text: text.slice(clause.start, clause.end),
    cue: { block, start: cue.start, end: clause.cueEnd, text: text.slice(cue.start, clause.cueEnd) },
    source: source ? { block, start: source.start, end: source.end, text: text.slice(source.start, source.end) } : null,
    speaker,
    speakerRule: speaker ? (fromQuote ? 'quoted-fragment' : clause.pattern) : null,
    speakerConfidence: sure ? statementConfidence(sure) : (fromQuote?.speakerConfidence ?? null),
    quoted: inside.map((quote) => quote.id),
  };
}

/** Whether a clause reports words: long enough, and not a direct quote with its attribution. */
function reportsWords(context: BlockContext, clause: ContentClause): boolean {
  const words = context.text
    .slice(clause.start, clause.end)
    .split(/\s+/u)
    .filter((word) => word !== '');
  if (words.length < MIN_CONTENT_WORDS) return false;
  let quoted = 0;
  for (const [start, end] of context.quotedText.quoted) {
    quoted += Math.max(0, Math.min(end, clause.end) - Math.max(start, clause.start));
  }
  return quoted < QUOTED_SHARE_OF_A_QUOTE * (clause.end - clause.start);
}

/**
 * "Matt Hill, a founder of the think tank Third Way, said" / "Anna Petrova and Oleg Bondar said": the
 * candidate beside the verb closes an appositive or a list, and the subject's head is further back.
 * The candidate is not safe to take (the quote attribution reads these the same way; the statement abstains).
 */
function isTailOfLongSubject(text: string, sentenceStart: number, subject: Candidate, cue: SpeechCue): boolean {
  if (subject.start > cue.start) return false;
  const before = text.slice(sentenceStart, subject.titleStart ?? subject.start);
  return (/^\s*,\s*$/u.test(text.slice(subject.end, cue.start)) && before.includes(',')) || /\band\s+$/u.test(before);
}

/** "…, said Peskov." / "…, said the spokesman.": the subject written after the verb. */
function speakerAfterVerb(context: BlockContext, cue: SpeechCue, clause: ContentClause): Candidate | null {
  if (clause.pattern !== 'verb-after-content') return null;
  return candidateAfter(context, cue.end, context.text.length, /^\s+(?:the\s+|an?\s+)?$/u);
}

/** A determiner right before a word: "the", "an", "his", "their" … */
const DETERMINER_BEFORE = /\b(?:the|an?|his|her|its|their|our)\s+$/iu;

/** Source nouns ("officials", "diplomats"), lower case: capitalised at a sentence's start they are still no name. */
const SOURCE_NOUN_SET = new Set([...PERSON_SOURCE_NOUNS, ...BODY_SOURCE_NOUNS].map((noun) => noun.toLowerCase()));

/**
 * "Officials say that …" opens a sentence with a capital: the name reader takes "Officials" for a
 * person found in the text. A speaker whose whole name is a source noun is an unnamed source, in
 * the article's words, and never a provisional person (who would get a page of their own).
 */
function unnamedIfSourceNoun(found: Found | null): Found | null {
  if (!found?.speaker.provisional || !SOURCE_NOUN_SET.has(found.speaker.label.toLowerCase())) return found;
  return { ...found, speaker: { actor: null, label: found.speaker.label } };
}

/**
 * "According to Reuters, three European diplomatic sources told them that …": the inner cue
 * ("told them") sits inside the outer statement's words, and a source read outside those words
 * (Reuters) belongs to the outer cue, not to it. Such an inner statement keeps its words and gets
 * no speaker: its own source is in the outer words, and naming the outer one would be wrong.
 */
function withholdBorrowedSources(statements: FoundStatement[]): FoundStatement[] {
  const inside = (span: { block: string; start: number; end: number }, outer: FoundStatement) =>
    span.block === outer.content.block && span.start >= outer.content.start && span.end <= outer.content.end;
  return statements.map((statement) => {
    const source = statement.source;
    if (!source || statement.speaker === null) return statement;
    const borrowed = statements.some((outer) => outer !== statement && inside(statement.cue, outer) && !inside(source, outer));
    return borrowed ? { ...statement, speaker: null, speakerRule: null, speakerConfidence: null } : statement;
  });
}
