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
import { subjectOfCue } from '../attribution/cue-speakers.ts';
import { firstCandidate, isPossessive, SUBJECT_REACH } from '../attribution/subjects.ts';
import { windowAround } from '../../lib/text.ts';
import { type Found, resolveCandidate } from '../attribution/referents.ts';
import type { Candidate } from '../attribution/candidates.ts';
import { STATEMENT_PARTICIPLE_PHRASES, STATEMENT_VERBS } from '../lexicon/statement-words.ts';
import { SPEECH_PARTICIPLES } from '../lexicon/speech-words.ts';
import type { SpeechCue } from '../text/speech-cues.ts';
import type { AttributedQuote, BodyBlock, ReportedStatement, Speaker } from '../types.ts';
import { PROGRESSIVE_BEFORE } from './clause-shapes.ts';
import { adverbialCue, asideCue, firstVerbCue, subjectOpensSentence, predicateCue } from './shifted-cues.ts';
import { openingDescriptionOfParticiple } from './described-subjects.ts';
import { shareBeforeParticiple } from './noun-phrase-subjects.ts';
import { firstOfNamedPair } from './named-pair.ts';
import { withholdBorrowedSources } from './borrowed-sources.ts';
import { groupSource } from './group-sources.ts';
import { listedStatements } from './listed-statements.ts';
import { quotesByBlock, quotesOpeningIn } from './block-quotes.ts';
import { openingPronounOfParticiple, pronounOwnerOfNoun, sharedSource } from './shared-sources.ts';
import { stanceOnAirCues } from './stance-on-air.ts';
import type { ContentClause } from './clause-bounds.ts';
import { contentClause } from './content-clause.ts';
import { askerOfQuestion, isQuestionPut, opensWithQuestion } from './asked-questions.ts';
import { nounClause } from './noun-clause.ts';
import { isTailOfLongSubject, withCoordinatedModifier } from './long-subjects.ts';
import { isNounOrAdjective } from './noun-like-cues.ts';
import { opensSentence } from './participle-clause.ts';
import { invertedSpeaker, speakerAfterVerb, subjectAfterOpeningParticiple } from './speakers-after-verb.ts';
import { calledClause, isCalledCue } from './called-clause.ts';
import { acronymBody } from './acronym-bodies.ts';
import { finiteSubject } from './finite-subjects.ts';
import { bodyOfDescription, namedBodies } from './definite-bodies.ts';
import { sourcelessStatements } from './sourceless-statements.ts';
import { lowerCaseWords, rereadName, unnamedIfSourceNoun } from './misread-names.ts';
import { isSureEnough, statementConfidence } from './statement-confidence.ts';
import {
  continuesPreviousSubject,
  followsUnnamedSource,
  isLastQuoteSpeaker,
  isLastStatementSpeaker,
  isNearestPerson,
  nearestOwnerReferent,
  repeatsUnnamedGroup,
} from './pronoun-sources.ts';
import { bareSource, onlyNameBefore, ownerOfNoun, sourceAfterAccording } from './unread-sources.ts';

/** What a cue's statement is read with besides its block: the block before, the statement before in its block, the bodies named. */
interface StatementSurroundings {
  previous: BlockContext | undefined;
  lastInBlock: FoundStatement | undefined;
  bodies: ReadonlyMap<string, Speaker>;
  /** The article's words written in lower case (`misread-names.ts`). */
  lowerCase: ReadonlySet<string>;
}

/** One speech cue as the attribution read it: its block, the cue, and who spoke there (or null). */
export interface CueReading {
  context: BlockContext;
  cue: SpeechCue;
  found: Found | null;
  /** The speaker model's probability for a speaker read through a pronoun (`cue-confidence.ts`); absent otherwise. */
  pronounConfidence?: number;
}

/** A statement before its id is given (`analyzeArticle` gives ids, as it does to quotes). */
export type FoundStatement = Omit<ReportedStatement, 'id'>;

const STATEMENT_VERB_SET = new Set(STATEMENT_VERBS);
/** How far after its cue a statement's words may run, in characters (a long paragraph-sentence is cut here). */
const CONTENT_REACH = 1500;
const STATEMENT_PARTICIPLE_SET = new Set([...SPEECH_PARTICIPLES, ...STATEMENT_PARTICIPLE_PHRASES]);
/** A clause shorter than this many words reports nothing a reader would point to ("he said so"). */
const MIN_CONTENT_WORDS = 2;
/**
 * A two-word clause ("denied the report", "criticized his dismissal") is a statement only with a
 * speaker, and only when its words are no name ("asked Lindsey Graham"): alone it says too little.
 */
const SHORT_CONTENT = /^\S+\s+\S+$/u;
const SHORT_WORDS =
  /^(?:the|an?|his|her|its|their|our|my|this|that|these|those|any|what|\p{Lu}\p{L}*[’']s)\s+(?!(?:he|she|it|they|following|lot)$)\p{Ll}[\p{Ll}-]*$/iu;
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
  const contextOf = new Map(readings.map((reading) => [reading.context.index, reading.context]));
  const lastOfBlock = new Map<string, FoundStatement>();
  const bodies = namedBodies(contextOf.values());
  const lowerCase = lowerCaseWords(blocks);
  for (const reading of [...readings, ...stanceReadings(contextOf)]) {
    const block = blocks[reading.context.index]!.id;
    const around = { previous: contextOf.get(reading.context.index - 1), lastInBlock: lastOfBlock.get(block), bodies, lowerCase };
    const statement = statementOf(reading, blocks, quotesOf, around);
    if (!statement) continue;
    lastOfBlock.set(block, statement);
    const key = `${statement.content.block}:${statement.content.start}:${statement.content.end}`;
    if (taken.has(key)) continue;
    taken.add(key);
    statements.push(statement);
  }
  statements.push(...sourcelessStatements(blocks, contextOf, quotesOf, bodies));
  // A list item with a statement of its own ("- Peskov said …") keeps it.
  const blocksWithStatements = new Set(statements.map((found) => found.content.block));
  statements.push(
    ...listedStatements(readings, blocks, quotesOf).filter((listed) => !blocksWithStatements.has(listed.content.block)),
  );
  const order = new Map(blocks.map((block, index) => [block.id, index]));
  return withoutSpeakerlessInside(withholdBorrowedSources(statements)).sort(
    (a, b) => order.get(a.content.block)! - order.get(b.content.block)! || a.content.start - b.content.start,
  );
}

/** The stances shown on air (`stance-on-air.ts`) in the blocks a cue was read in, as readings with no speaker found yet. */
function stanceReadings(contextOf: ReadonlyMap<number, BlockContext>): Array<CueReading & { stance: boolean }> {
  const readings: Array<CueReading & { stance: boolean }> = [];
  for (const context of contextOf.values()) {
    if (!context.text.includes(' that ')) continue;
    for (const cue of stanceOnAirCues(context.text, (offset) => context.quotedText.isQuoted(offset))) {
      readings.push({ context, cue, found: null, stance: true });
    }
  }
  return readings;
}

function statementOf(
  { context, cue, found, pronounConfidence, stance = false }: CueReading & { stance?: boolean },
  blocks: readonly BodyBlock[],
  quotesOf: ReadonlyMap<string, readonly AttributedQuote[]>,
  { previous, lastInBlock, bodies, lowerCase }: StatementSurroundings,
): FoundStatement | null {
  // A capitalised verb opens a headline-like line ("Explained: Why …"), not a report. "called  for": one space.
  const phrase = cue.word.replace(/\s+/gu, ' ');
  const isStatementCue =
    cue.form === 'according' ||
    stance ||
    (cue.form === 'finite' && (STATEMENT_VERB_SET.has(phrase) || opensWithQuestion(context.text, cue) || isCalledCue(cue))) ||
    (cue.form === 'participle' &&
      (STATEMENT_PARTICIPLE_SET.has(phrase) ||
        (STATEMENT_PARTICIPLE_SET.has(phrase.toLowerCase()) &&
          opensSentence(context.text, context.quotedText.sentenceAround(cue.start, cue.end).start, cue)))) ||
    cue.form === 'noun';
  // "the alleged terrorist", "responded to reports that …": no verb (`noun-like-cues.ts`);
  // "declined to say whether …": a refusal reports no words.
  if (
    !isStatementCue ||
    REFUSAL_BEFORE.test(context.text.slice(Math.max(0, cue.start - 24), cue.start)) ||
    (cue.form === 'finite' && isNounOrAdjective(context.text, cue))
  ) {
    return null;
  }
  const { quotedText, text } = context;
  const sentence = boundedSentence(text, quotedText.sentenceAround(cue.start, cue.end), cue);
  // "Obama’s calls for tighter gun control", "Trump’s claims that …": a verb that is also a plural noun, after its owner.
  const owned =
    cue.form === 'finite' && /^\p{L}+s\b/u.test(cue.word) && OWNER_BEFORE.test(text.slice(Math.max(0, cue.start - 4), cue.start));
  const noun = cue.form === 'noun';
  // "Clinton is calling for …": a progressive's subject stands before its "is", where a finite verb's would.
  const progressive = cue.form === 'participle' ? progressiveCue(text, cue) : null;
  // "Sexton was quick to point out …": the subject of the predicate is the infinitive's.
  const predicate = cue.form === 'finite' ? predicateCue(text, cue) : null;
  const byAttribution = noun ? null : participleSubject(context, cue, sentence.start);
  const read =
    shareBeforeParticiple(text, sentence.start, cue) ??
    byAttribution ??
    (progressive ? subjectOfCue(context, progressive, sentence.start) : null) ??
    (predicate ? subjectOfCue(context, predicate, sentence.start) : null) ??
    (cue.form === 'participle'
      ? (onlyNameBefore(context, sentence.start, cue) ??
        openingDescriptionOfParticiple(text, sentence.start, cue) ??
        openingPronounOfParticiple(context, sentence.start, cue))
      : null);
  const finiteLike = cue.form === 'finite' ? (predicate ?? cue) : progressive;
  const bare = finiteLike ? bareSource(text, sentence.start, finiteLike) : null;
  const group = finiteLike ? groupSource(text, sentence.start, finiteLike) : null;
  // "critics like Huffman say", "aides to Putin said": a name read inside a longer source's phrase is not the source.
  const covers = (outer: Candidate | null): outer is Candidate =>
    outer !== null && read !== null && outer.start < read.start && outer.end >= read.end;
  // "According to Reuters, three European diplomatic sources told …": an unnamed source right before the verb is its
  // subject, not an appositive of the name before it.
  const nearer = (bareOrGroup: Candidate | null): bareOrGroup is Candidate =>
    bareOrGroup !== null && read !== null && read.end <= bareOrGroup.start;
  // "Murphy — after a knock-on-wood gesture — told me", "Sen. Chris Murphy (a Democrat) says": read before the aside.
  const asideSubject = (): Candidate | null => {
    const aside = cue.form === 'finite' ? asideCue(text, sentence.start, cue) : null;
    const before = aside && (subjectOfCue(context, aside, sentence.start) ?? finiteSubject(context, sentence.start, aside));
    // Only a subject that opens the sentence: "Neil Sroka, director of …, or DFA - which … - said" is not DFA's.
    return before && subjectOpensSentence(text, sentence.start, before) ? before : null;
  };
  // "Ford itself said", "Fact-checkers soon noted": read before the adverbials, a subject that opens the sentence.
  const adverbialSubject = (): Candidate | null => {
    const adverbial = cue.form === 'finite' ? adverbialCue(text, sentence.start, cue) : null;
    const before =
      adverbial && (subjectOfCue(context, adverbial, sentence.start) ?? finiteSubject(context, sentence.start, adverbial));
    // "Clinton defenders today argue": a name before a head with no determiner is whose side they are on (as
    // `postmodifiedSubject` reads it), and often the speaker a reader would look for: not read here.
    const sideTaken = before?.kind === 'description' && SIDE_TAKEN.test(before.label);
    return before && before.kind !== 'pronoun' && !sideTaken && subjectOpensSentence(text, sentence.start, before)
      ? before
      : null;
  };
  // "The AP has surveyed these delegates and noted …": the subject of the clause's first verb, when it opens the sentence.
  const firstVerbSubject = (): Candidate | null => {
    const first = cue.form === 'finite' || cue.form === 'participle' ? firstVerbCue(text, sentence.start, cue) : null;
    const before = first && (subjectOfCue(context, first, sentence.start) ?? finiteSubject(context, sentence.start, first));
    return before && before.kind !== 'pronoun' && subjectOpensSentence(text, sentence.start, before) ? before : null;
  };
  // "aides to Putin said", "people close to the vice president said": the name is inside the source's phrase.
  const subject = owned
    ? ownerOfNoun(context, sentence.start, cue)
    : noun
      ? (ownerOfNoun(context, sentence.start, cue) ?? pronounOwnerOfNoun(text, cue))
      : ((covers(bare) || nearer(bare) ? bare : covers(group) ? group : read) ??
        (finiteLike
          ? (finiteSubject(context, sentence.start, finiteLike, { bare, group }) ??
            asideSubject() ??
            firstVerbSubject() ??
            adverbialSubject())
          : null) ??
        (cue.form === 'according' ? sourceAfterAccording(context, cue, sentence.end) : null) ??
        (cue.form === 'participle' && !progressive ? firstVerbSubject() : null));
  const subjectBefore = subject && subject.start < cue.start ? (subject.titleStart ?? subject.start) : null;
  const clause = noun
    ? nounClause(quotedText, cue, sentence)
    : isCalledCue(cue)
      ? calledClause(quotedText, cue, sentence)
      : contentClause(quotedText, cue, sentence, subjectBefore);
  if (!clause || !reportsWords(context, clause)) return null;
  const block = blocks[context.index]!.id;
  // "…, said Larry Sabato, director of …": a subject read inside the words reported is part of them, not their speaker.
  const inWords =
    clause.pattern === 'verb-after-content' && subject && subject.start >= clause.start && subject.end <= clause.end;
  const inverted = cue.form === 'finite' ? invertedSpeaker(context, cue, sentence.end) : null;
  const own = inWords ? null : (inverted ?? (subject && firstOfNamedPair(context, sentence.start, subject, cue)));
  const opening = cue.form === 'participle' && opensSentence(text, sentence.start, cue);
  // "When asked by a reporter if …": the question is the asker's.
  const asker = askerOfQuestion(context, cue);
  const ownOrAfter =
    clause.pattern === 'passive-that'
      ? null
      : (asker ?? (opening ? subjectAfterOpeningParticiple(context, clause) : (own ?? speakerAfterVerb(context, cue, clause))));
  // "called on Dean to apologize for accusing him of …": a verb inside the words of the statement before is not
  // its source's; a source read outside those words is dropped (and the statement, with no source, held back).
  const nested = ownOrAfter && isNestedOutside(cue, ownOrAfter, lastInBlock);
  const source = !ownOrAfter || nested ? null : withCoordinatedModifier(text, sentence.start, ownOrAfter);
  const readable = source !== null && !(own && isTailOfLongSubject(text, sentence.start, own, cue));
  const sourceRead = unnamedIfSourceNoun(
    !readable
      ? null
      : rereadName(
          (own && own === byAttribution && source === ownOrAfter ? found : null) ??
            (source.kind !== 'pronoun' ? resolveCandidate(source, []) : null),
          source,
          text,
          lowerCase,
        ),
  );
  // "The airline said": the one body of that kind named before, or nobody.
  const described =
    source && sourceRead ? bodyOfDescription(source, sourceRead, blocks, { block: context.index, bodies }) : undefined;
  // "the NLG" after "the National Lawyers Guild (NLG)": the body spelled out.
  const body =
    described === undefined && source && sourceRead
      ? acronymBody(source, sourceRead, blocks, { block: context.index, offset: source.start, bodies })
      : described;
  // "… and his vow on Monday that …": the resolver reads no possessive; the last person named before it owns the noun.
  const owner =
    noun && body === undefined && sourceRead === null && source?.kind === 'pronoun'
      ? nearestOwnerReferent(context, source, previous)
      : null;
  const sourceFound = body === undefined ? (sourceRead ?? owner) : body;
  const inside = quotesOpeningIn(quotesOf.get(block) ?? [], clause.start, clause.end);
  // "Trump’s statement that …": a speech noun's cue holds its owner, so a note shows “Trump’s statement”, not a bare
  // “statement” that would read as the kind of record.
  const cueStart = noun
    ? cue.start - (OWNER_THEN_NOUN.exec(text.slice(Math.max(0, cue.start - 80), cue.start))?.[0].length ?? 0)
    : cue.start;
  // A source read through a pronoun or carried on from context is right too rarely (about 0.7 on
  // PolNeAR train) to put words in someone's mouth: the statement stays, its speaker is withheld.
  const near =
    sourceFound?.method === 'pronoun' &&
    source !== null &&
    (Boolean(body) ||
      owner !== null ||
      repeatsUnnamedGroup(source, sourceFound) ||
      isNearestPerson(context, source, sourceFound, previous) ||
      continuesPreviousSubject(context, source, sourceFound, previous) ||
      isLastQuoteSpeaker(context, source, sourceFound, blocks, quotesOf) ||
      isLastStatementSpeaker(context, source, sourceFound, lastInBlock));
  // Any other pronoun is named when the speaker model, reading it as it reads "he said" before a quote, is sure enough.
  // Not after an unnamed source ("…, said a source close to the probe. He cautioned …"), which the pronoun may be.
  const ranked =
    own && own === byAttribution && !near && sourceFound?.method === 'pronoun' && !followsUnnamedSource(context, own, previous)
      ? pronounConfidence
      : undefined;
  const confidence = sourceFound ? statementConfidence(sourceFound, near, ranked) : 0;
  const sure = sourceFound && isSureEnough(confidence, ranked !== undefined) ? sourceFound : null;
  // A description the reader cannot tell ("the airline") is not told by a quote inside, which read the same words.
  const fromQuote = sourceFound || body === null ? undefined : inside.find((quote) => quote.speaker !== null);
  const speaker: Speaker | null = sure?.speaker ?? fromQuote?.speaker ?? null;
  const words = text.slice(clause.start, clause.end);
  if (SHORT_CONTENT.test(words) && (speaker === null || !SHORT_WORDS.test(words))) return null;
  const content = { block, start: clause.start, end: clause.end };
  const cueSpan = { block, start: cueStart, end: clause.cueEnd, text: text.slice(cueStart, clause.cueEnd) };
  const quoted = inside.map((quote) => quote.id);
  if (source === null && speaker === null && clause.pattern !== 'passive-that') {
    // "…, and threatened more sanctions", "…, who add that …": the subject of the statement before.
    const shared =
      cue.form === 'finite' || cue.form === 'participle' ? sharedSource(text, sentence.start, cue, lastInBlock) : null;
    if (shared)
      return { content, text: words, cue: cueSpan, ...shared, speakerRule: shared.speaker ? 'shared-subject' : null, quoted };
    // Words whose source was not read and whose cue does not report on its own ("according to", "Trump’s statement
    // that", "Asked whether") are too often no speech at all (a third of them, on PolNeAR train): a reader would see
    // words marked as reported that nobody is reported to have said. They are held back.
    if (cue.form !== 'according' && cueStart === cue.start && !isQuestionPut(text, cue)) return null;
  }
  return {
    content,
    text: words,
    cue: cueSpan,
    source: source ? { block, start: source.start, end: source.end, text: text.slice(source.start, source.end) } : null,
    speaker,
    speakerRule: speaker ? (fromQuote ? 'quoted-fragment' : clause.pattern) : null,
    speakerConfidence: sure ? confidence : (fromQuote?.speakerConfidence ?? null),
    quoted,
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
  let firstQuoteStart: number | undefined;
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
    firstQuoteStart ??= Math.max(start, clause.start);
    quoted += Math.max(0, Math.min(end, clause.end) - Math.max(start, clause.start));
  }
  // Words of the reporter's before the first quote make it indirect speech with a fragment ("he felt “optimistic …”").
  const opensWithQuote = /^[\s“”"‘'«]*$/u.test(context.text.slice(clause.start, firstQuoteStart ?? clause.end));
  return !opensWithQuote || quoted < QUOTED_SHARE_OF_A_QUOTE * (clause.end - clause.start);
}

/** A progressive participle ("is calling for") as a finite cue that starts at its "is", for reading its subject; else null. */
function progressiveCue(text: string, cue: SpeechCue): SpeechCue | null {
  const before = text.slice(Math.max(0, cue.start - 40), cue.start);
  const aux = PROGRESSIVE_BEFORE.exec(before);
  if (!aux) return null;
  return { ...cue, start: cue.start - before.length + aux.index, form: 'finite' };
}

/**
 * The subject of a cue as the attribution reads it, but for a participle whose subject would be
 * the owner of a speech noun while the sentence opens with someone else ("He also referenced
 * Trump’s message, suggesting …": not Trump's words).
 */
function participleSubject(context: BlockContext, cue: SpeechCue, sentenceStart: number): Candidate | null {
  const subject = subjectOfCue(context, cue, sentenceStart);
  if (cue.form !== 'participle' || !subject || !isPossessive(context, subject)) return subject;
  const opening = firstCandidate(context, sentenceStart, cue.start);
  return opening && opening !== subject ? null : subject;
}

/** A name and a plural head with no determiner: "Clinton defenders", "Trump supporters". */
const SIDE_TAKEN = /^(?:\p{Lu}[\p{L}.’'-]*\s+){1,3}\p{Ll}[\p{Ll}-]*s$/u;

/** A refusal to say right before the verb: "declined to say", "would not say", "refused to comment on". */
const REFUSAL_BEFORE =
  /\b(?:declined|declining|refused|refusing|would\s+not|wouldn[’']t|did\s+not|didn[’']t|will\s+not|won[’']t)\s+(?:to\s+)?$/iu;

/** A capitalised owner right before its speech noun, with up to two words between: "Trump’s ", "Donald Trump’s recent ". */
const OWNER_THEN_NOUN = /(?<![\p{L}’'])(?:\p{Lu}[\p{L}.’'-]*\s+){0,3}\p{Lu}[\p{L}.-]*[’']s?\s+(?:[\p{Ll}-]+\s+){0,2}$/u;
/** An owner right before a verb that is also a plural noun: "Obama’s calls for …", "Trump’s claims" (not "he’s said": has). */
const OWNER_BEFORE = /\p{L}[’']s\s+$/u;

/** Whether a cue stands inside the words of the statement before it while its source stands before those words. */
function isNestedOutside(cue: SpeechCue, source: Candidate, outer: FoundStatement | undefined): boolean {
  if (!outer || cue.start < outer.content.start || cue.start >= outer.content.end) return false;
  return source.start < outer.content.start;
}

/**
 * Without the statements that have no speaker and lie, cue and words, inside another statement's
 * words ("He said he plans to spend the $18 million he says he raised …"): the outer statement
 * already marks those words, and such an inner report with nobody named was no statement of its
 * own nine times in ten on PolNeAR train (19 spurious to 2 matched).
 */
function withoutSpeakerlessInside(statements: FoundStatement[]): FoundStatement[] {
  return statements.filter(
    (inner) =>
      inner.speaker !== null ||
      !statements.some(
        (outer) =>
          outer !== inner &&
          outer.content.block === inner.content.block &&
          outer.content.start <= inner.cue.start &&
          inner.content.end <= outer.content.end,
      ),
  );
}
