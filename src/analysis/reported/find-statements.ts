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
import { partitionPoint } from '../../lib/partition-point.ts';
import type { BlockContext } from '../attribution/subjects.ts';
import { candidateAfter, firstAtOrAfter, firstCandidate, SUBJECT_REACH, subjectOfCue } from '../attribution/subjects.ts';
import { isBlankBetween, windowAround } from '../../lib/text.ts';
import { MONTH_NAMES, WEEKDAY_NAMES } from '../lexicon/calendar-words.ts';
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
/** How far after its cue a statement's words may run, in characters (a long paragraph-sentence is cut here). */
const CONTENT_REACH = 1500;
/** How many statements before one, in the same block, may hold its cue (statements nest a level or two). */
const NESTING_REACH = 8;
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
  const quotesOf = quotesByBlock(quotes);
  for (const reading of readings) {
    const statement = statementOf(reading, blocks, quotesOf);
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

/** Each block's quotes, in the order their opening marks stand (so a clause's quotes are found by binary search). */
function quotesByBlock(quotes: readonly AttributedQuote[]): Map<string, AttributedQuote[]> {
  const byBlock = new Map<string, AttributedQuote[]>();
  for (const quote of quotes) {
    const block = quote.parts[0]!.block;
    const list = byBlock.get(block);
    if (list) list.push(quote);
    else byBlock.set(block, [quote]);
  }
  for (const list of byBlock.values()) list.sort((a, b) => a.parts[0]!.start - b.parts[0]!.start);
  return byBlock;
}

/** The quotes whose opening mark stands in `[start, end)` of their block. */
function quotesOpeningIn(list: readonly AttributedQuote[], start: number, end: number): AttributedQuote[] {
  const found: AttributedQuote[] = [];
  for (let i = partitionPoint(list.length, (index) => list[index]!.parts[0]!.start >= start); i < list.length; i++) {
    if (list[i]!.parts[0]!.start >= end) break;
    found.push(list[i]!);
  }
  return found;
}

function statementOf(
  { context, cue, found }: CueReading,
  blocks: readonly BodyBlock[],
  quotesOf: ReadonlyMap<string, readonly AttributedQuote[]>,
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
  const sentence = boundedSentence(text, quotedText.sentenceAround(cue.start, cue.end), cue);
  const subject =
    subjectOfCue(context, cue, sentence.start) ??
    (cue.form === 'finite'
      ? (interruptedSubject(context, sentence.start, cue) ?? bareSource(text, sentence.start, cue))
      : null) ??
    (cue.form === 'according' ? sourceAfterAccording(context, cue, sentence.end) : null);
  const subjectBefore = subject && subject.start < cue.start ? (subject.titleStart ?? subject.start) : null;
  const clause = contentClause(quotedText, cue, sentence, subjectBefore);
  if (!clause || !reportsWords(context, clause)) return null;
  const block = blocks[context.index]!.id;
  const source = clause.pattern === 'passive-that' ? null : (subject ?? speakerAfterVerb(context, cue, clause));
  const readable = source !== null && !(subject && isTailOfLongSubject(text, sentence.start, subject, cue));
  const sourceFound = unnamedIfSourceNoun(
    !readable ? null : (found ?? (source.kind !== 'pronoun' ? resolveCandidate(source, []) : null)),
  );
  const inside = quotesOpeningIn(quotesOf.get(block) ?? [], clause.start, clause.end);
  // A source read through a pronoun or carried on from context is right too rarely (about 0.7 on
  // PolNeAR train) to put words in someone's mouth: the statement stays, its speaker is withheld.
  const near =
    sourceFound?.method === 'pronoun' &&
    source !== null &&
    (isNearestPerson(context, source, sourceFound) || isLastQuoteSpeaker(context, source, sourceFound, blocks, quotesOf));
  const confidence = sourceFound ? statementConfidence(sourceFound, near) : 0;
  const sure = sourceFound && confidence >= STATEMENT_SPEAKER_FLOOR ? sourceFound : null;
  const fromQuote = sourceFound ? undefined : inside.find((quote) => quote.speaker !== null);
  const speaker: Speaker | null = sure?.speaker ?? fromQuote?.speaker ?? null;
  return {
    content: { block, start: clause.start, end: clause.end },
    text: text.slice(clause.start, clause.end),
    cue: { block, start: cue.start, end: clause.cueEnd, text: text.slice(cue.start, clause.cueEnd) },
    source: source ? { block, start: source.start, end: source.end, text: text.slice(source.start, source.end) } : null,
    speaker,
    speakerRule: speaker ? (fromQuote ? 'quoted-fragment' : clause.pattern) : null,
    speakerConfidence: sure ? confidence : (fromQuote?.speakerConfidence ?? null),
    quoted: inside.map((quote) => quote.id),
  };
}

/**
 * The part of a cue's sentence a statement is read in: the whole sentence, unless it runs on for
 * more than a statement could (a paragraph with no full stop), then from a subject's reach before
 * the cue to a statement's reach after it, cut at spaces. Without the bound, every cue of a
 * megabyte-long sentence would read (and a statement would copy) the rest of it: quadratic.
 */
export function boundedSentence(
  text: string,
  sentence: { start: number; end: number },
  cue: SpeechCue,
): { start: number; end: number } {
  const { start, end } = windowAround(text, sentence, cue.start, cue.end, SUBJECT_REACH, CONTENT_REACH);
  return { start, end };
}

/** Whether a clause reports words: long enough, and not a direct quote with its attribution. */
function reportsWords(context: BlockContext, clause: ContentClause): boolean {
  let words = 0;
  for (const _ of context.text.slice(clause.start, clause.end).matchAll(/\S+/gu)) if (++words >= MIN_CONTENT_WORDS) break;
  if (words < MIN_CONTENT_WORDS) return false;
  // Quoted spans are in text order: only those that may overlap the clause are read.
  const spans = context.quotedText.quoted;
  let quoted = 0;
  for (
    let i = Math.max(
      0,
      partitionPoint(spans.length, (index) => spans[index]![1] > clause.start),
    );
    i < spans.length;
    i++
  ) {
    const [start, end] = spans[i]!;
    if (start >= clause.end) break;
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
  // Only as far back as a subject can reach: the sentence may be a paragraph-long run with no full stop.
  const subjectStart = subject.titleStart ?? subject.start;
  const before = text.slice(Math.max(sentenceStart, subjectStart - SUBJECT_REACH), subjectStart);
  return (/^\s*,\s*$/u.test(text.slice(subject.end, cue.start)) && before.includes(',')) || /\band\s+$/u.test(before);
}

/** "…, said Peskov." / "…, said the spokesman.": the subject written after the verb. */
function speakerAfterVerb(context: BlockContext, cue: SpeechCue, clause: ContentClause): Candidate | null {
  if (clause.pattern !== 'verb-after-content') return null;
  return candidateAfter(context, cue.end, context.text.length, /^\s+(?:the\s+|an?\s+)?$/u);
}

/** Between a subject and its verb: a phrase set off by commas or dashes ("Trump, speaking at a rally in Wilmington, N.C., warned"). */
const SET_OFF =
  /^\s*(?:,[^;:“”"]{1,200},|\s[—–-]{1,2}\s[^;:“”"]{1,200}\s[—–-]{1,2})\s*(?:(?:also|later|then|again|has|had|have|previously|recently)\s+)*$/u;

/**
 * The name that opens the sentence when a long phrase, set off by commas or dashes, stands between
 * it and the verb ("Murshed Zaheed, acting political director of CREDO Action, which organized the
 * letter, said …"). The phrase may not hold a verb of speech of its own.
 */
function interruptedSubject(context: BlockContext, sentenceStart: number, cue: SpeechCue): Candidate | null {
  if (cue.start - sentenceStart > SUBJECT_REACH) return null;
  const subject = firstCandidate(context, sentenceStart, cue.start);
  if (!subject || subject.kind === 'pronoun' || !SET_OFF.test(context.text.slice(subject.end, cue.start))) return null;
  const cues = context.quotedText.speechCues();
  const next = cues[partitionPoint(cues.length, (index) => cues[index]!.start >= subject.end)];
  return next && next.start < cue.start && next.form === 'finite' ? null : subject;
}

/** Plural nouns of unnamed people ("officials", "aides", "analysts"), as an alternation. */
const PLURAL_SOURCE_NOUNS = PERSON_SOURCE_NOUNS.filter((noun) => /[^s]s$/u.test(noun) || noun === 'people').join('|');
/** Singular nouns of an unnamed person or body ("person", "official", "spokesman", "agency"). */
const SINGULAR_SOURCE_NOUNS = [...PERSON_SOURCE_NOUNS, ...BODY_SOURCE_NOUNS].filter((noun) => !/[^s]s$/u.test(noun)).join('|');
/** Words that may open a bare plural subject and are no part of a name ("Many officials", "Her campaign workers"). */
const BARE_OPENERS = 'his|her|their|its|many|most|some|other|several|few|both|all|senior|top';
/** Up to three words before a source noun that are not function words or verbs. */
const BARE_MODIFIERS = String.raw`(?:(?!(?:the|a|an|and|but|or|of|that|who|which|he|she|it|they|was|were|is|are|has|have|had|said|say|says)\b)[\p{L}\p{N}][\p{L}\p{N}’'.-]*\s+){0,3}`;
/** After a source noun: who they are ("with direct knowledge of …", "familiar with the planning for …", "polled"). */
const SOURCE_POSTMODIFIER = String.raw`(?:\s+(?:with|for|from|at|in|of|close\s+to|familiar\s+with|involved\s+in|briefed\s+on)(?:\s+(?!(?:said|say|says|told)\b)[\p{L}\p{N}’'.-]+){1,8}|\s+(?:polled|surveyed|interviewed))?`;
/** A share of a group: "75 percent of Democrats", "A mere 9 percent", "42%", "about half of voters", "Some of the women", "Others". */
const SHARE = [
  String.raw`(?:(?:some|about|nearly|almost|just|only|roughly|a\s+mere|more\s+than|fewer\s+than|less\s+than|over|under)\s+)?`,
  String.raw`(?:\d[\d.,]*\s*(?:%|percent|per\s+cent)|(?:one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-]\p{L}+)?\s+percent`,
  String.raw`|half|a\s+third|a\s+quarter|two-thirds|three-quarters|a\s+majority|a\s+minority|most|some|many|few|none|all|both`,
  String.raw`|(?:one|two|three|four|five|six|seven|eight|nine|\d)\s+in\s+(?:two|three|four|five|six|seven|eight|nine|ten|\d+))`,
  String.raw`(?:\s+of\s+(?:the\s+|them\b|those\s+)?(?:[\p{L}\p{N}’'-]+\s+){0,2}?[\p{L}’'-]+(?:\s+(?:polled|surveyed))?)?`,
].join('');
/**
 * A subject the candidates do not read, because no determiner opens it or a long phrase follows
 * its noun: "federal officials said", "People with direct knowledge of Gates' work said", "A person
 * familiar with the planning says", "75 percent of Democrats said", "Others say". It stands right
 * before the verb and after the start of a clause.
 */
const BARE_SOURCE = new RegExp(
  [
    String.raw`(?:^|[,;:—–]\s*|\b(?:and|but|that|while|as|because)\s+)(`,
    String.raw`(?:(?:${BARE_OPENERS})\s+)?${BARE_MODIFIERS}(?:${PLURAL_SOURCE_NOUNS})${SOURCE_POSTMODIFIER}`,
    String.raw`|(?:a|an|one|another)\s+${BARE_MODIFIERS}(?:${SINGULAR_SOURCE_NOUNS})${SOURCE_POSTMODIFIER}`,
    String.raw`|${SHARE}|others)`,
    String.raw`\s+(?:(?:also|have|had|now|still|privately|publicly|later|repeatedly|previously|recently|often|meanwhile)\s+)*$`,
  ].join(''),
  'iu',
);
/** A run of capitalised words right before the verb that the name reader did not take: "The Washington Post noted", "Forbes says". */
const NAME_RUN = new RegExp(
  [
    String.raw`(?:^|[,;:—–]\s*|\b(?:and|but|that|while|as|because)\s+)`,
    String.raw`((?:The\s+)?(?:\p{Lu}[\p{L}.’'&-]*\s+(?:of\s+|for\s+)?){0,4}\p{Lu}[\p{L}\p{N}.’'&-]*)`,
    String.raw`\s+(?:(?:also|has|had|have|now|still|later|repeatedly|previously|recently|often)\s+)*$`,
  ].join(''),
  'u',
);
/** Capitalised words that are no source: pronouns, openers, days and months. */
const NOT_A_NAME = new RegExp(
  String.raw`^(?:It|This|That|These|Those|They|He|She|We|I|You|But|And|So|Then|Yet|Here|There|The|A|An|When|If|As|Asked|What|Who|${[
    ...WEEKDAY_NAMES,
    ...MONTH_NAMES,
  ].join('|')})$`,
  'u',
);

/** A source as an unnamed speaker in the article's words (a candidate of kind `description`). */
function describedSource(start: number, words: string, plural: boolean): Candidate {
  // "Many officials" opens a sentence with a capital that is no part of a name.
  const opener = new RegExp(
    String.raw`^(?:${BARE_OPENERS}|others|a|an|one|another|some|about|nearly|almost|just|only|roughly|half)\b`,
    'iu',
  );
  const label = opener.test(words) ? words.charAt(0).toLowerCase() + words.slice(1) : words;
  return { start, end: start + words.length, kind: 'description', label, definite: false, plural, entity: 'person' };
}

/** The subject right before a finite cue that the candidates did not read, as an unnamed source in the article's words, or null. */
function bareSource(text: string, sentenceStart: number, cue: SpeechCue): Candidate | null {
  const from = Math.max(sentenceStart, cue.start - 160);
  const before = text.slice(from, cue.start);
  const match = BARE_SOURCE.exec(before);
  if (match) {
    const words = match[1]!;
    return describedSource(from + match.index + match[0].lastIndexOf(words), words, !/^(?:a|an|one|another)\s/iu.test(words));
  }
  const name = NAME_RUN.exec(before);
  if (!name) return null;
  // "But Monday", "Then The Post": an opener is no part of the name.
  const words = name[1]!.replace(/^(?:(?:But|And|So|Then|Yet|Still|Now|Meanwhile|However|Also|Instead|Later|Earlier)\s+)+/u, '');
  if (words === '' || words.split(/\s+/u).some((word) => NOT_A_NAME.test(word) && word !== 'The')) return null;
  // A single capitalised word opening the sentence may be any word ("Officials", "Critics"): a name only inside it.
  if (
    !/\s/u.test(words) &&
    isBlankBetween(text, sentenceStart, from + name.index + name[0].lastIndexOf(words)) &&
    !/\p{Lu}.*\p{Lu}|[.]/u.test(words)
  ) {
    return null;
  }
  return describedSource(from + name.index + name[0].lastIndexOf(words), words, false);
}

/** "according to figures her campaign released Friday, …": the source the candidates did not read, to the clause's end. */
function sourceAfterAccording(context: BlockContext, cue: SpeechCue, end: number): Candidate | null {
  const { text } = context;
  const after = /^\s+([^,;:()“”"]{2,120}?)\s*(?=[,;:()“”"]|$)/u.exec(text.slice(cue.end, Math.min(end, cue.end + 160)));
  if (!after || after[1]!.split(/\s+/u).length > 14) return null;
  const words = after[1]!.replace(/[.!?]+$/u, '');
  const start = cue.end + after[0].indexOf(after[1]!);
  // "a tally by the Associated Press", "a post from Arianna Huffington": the author named in the phrase speaks.
  const author = candidatesBetween(context, start, start + words.length).find(
    (candidate) =>
      candidate.kind === 'named' &&
      /\b(?:by|from)\s+(?:the\s+)?$/u.test(text.slice(start, candidate.titleStart ?? candidate.start)),
  );
  return author ?? describedSource(start, words, false);
}

/**
 * "Peskov spoke for an hour. Talks, he said, …": the person a pronoun was resolved to is the last
 * person named before it in its own paragraph, with no other person (named or pointed to) between.
 * Only then is a pronoun source sure enough to name.
 */
function isNearestPerson(context: BlockContext, pronoun: Candidate, referent: Found): boolean {
  if (referent.speaker.actor === null || referent.entity !== 'person') return false;
  const from = Math.max(0, pronoun.start - SUBJECT_REACH * 2);
  const before = candidatesBetween(context, from, pronoun.start);
  const last = before.findLast((candidate) => candidate.entity === 'person' && candidate.kind !== 'pronoun');
  if (last?.kind !== 'named' || last.speaker?.actor !== referent.speaker.actor) return false;
  // A pronoun between may point elsewhere ("she told him …"): only one of the same form, or none.
  const between = before.filter((candidate) => candidate.start > last.start && candidate.kind === 'pronoun');
  return between.every((candidate) => candidate.gender === pronoun.gender && candidate.plural === pronoun.plural);
}

/**
 * "“We will stay,” Peskov said. [¶] The talks, he said, …": the person a pronoun was resolved to
 * spoke the last quote before it, in its paragraph or the one before, and no one else is named
 * between that quote and the pronoun.
 */
function isLastQuoteSpeaker(
  context: BlockContext,
  pronoun: Candidate,
  referent: Found,
  blocks: readonly BodyBlock[],
  quotesOf: ReadonlyMap<string, readonly AttributedQuote[]>,
): boolean {
  if (referent.speaker.actor === null || referent.entity !== 'person') return false;
  const here = quotesOf.get(blocks[context.index]!.id) ?? [];
  const inBlock = partitionPoint(here.length, (index) => here[index]!.parts[0]!.start >= pronoun.start);
  const previous = context.index > 0 ? (quotesOf.get(blocks[context.index - 1]!.id) ?? []) : [];
  const quote = inBlock > 0 ? here[inBlock - 1] : previous.at(-1);
  if (!quote || quote.speaker?.actor !== referent.speaker.actor) return false;
  const from = inBlock > 0 ? quote.parts.at(-1)!.end : 0;
  // Only a short way back: in a paragraph-long run the quote is too far to be sure (and reading that far would not be linear).
  if (pronoun.start - from > SUBJECT_REACH) return false;
  return candidatesBetween(context, from, pronoun.start).every(
    (candidate) =>
      candidate.entity !== 'person' || candidate.kind === 'pronoun' || candidate.speaker?.actor === referent.speaker.actor,
  );
}

/** The candidates of a block that start in `[from, to)`. */
function candidatesBetween(context: BlockContext, from: number, to: number): Candidate[] {
  return context.candidates.slice(firstAtOrAfter(context.candidates, from), firstAtOrAfter(context.candidates, to));
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
  // An outer statement starts before the inner one's cue, in its block: only the few statements
  // just before it (in text order) can hold it, so each looks at a bounded number.
  const order = statements.map((statement, index) => ({ statement, index }));
  order.sort(
    (a, b) =>
      (a.statement.content.block < b.statement.content.block
        ? -1
        : a.statement.content.block > b.statement.content.block
          ? 1
          : 0) || a.statement.content.start - b.statement.content.start,
  );
  const borrowed = new Set<number>();
  for (let i = 0; i < order.length; i++) {
    const { statement, index } = order[i]!;
    const source = statement.source;
    if (!source || statement.speaker === null) continue;
    for (let j = i - 1; j >= Math.max(0, i - NESTING_REACH); j--) {
      const outer = order[j]!.statement;
      if (outer.content.block !== statement.content.block) break;
      if (inside(statement.cue, outer) && !inside(source, outer)) borrowed.add(index);
    }
    // A statement that starts at the same place as a later one may hold it too.
    for (let j = i + 1; j < order.length && j <= i + NESTING_REACH; j++) {
      const outer = order[j]!.statement;
      if (outer.content.block !== statement.content.block || outer.content.start > statement.cue.start) break;
      if (inside(statement.cue, outer) && !inside(source, outer)) borrowed.add(index);
    }
  }
  return statements.map((statement, index) =>
    borrowed.has(index) ? { ...statement, speaker: null, speakerRule: null, speakerConfidence: null } : statement,
  );
}
