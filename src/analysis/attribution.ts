/**
 * Says who spoke each quote, the way a reader works it out: the name next to the speech verb
 * (“…,” Rubio said / said Jonathan Green, a … / Rubio said that … “…”), "he" and "the person"
 * traced back to the speaker they stand for, "the president" traced to the article's president,
 * and a quote with no verb of its own continuing the speaker before it.
 *
 * Unnamed sources stay unnamed: a speaker is either an actor (a slug from `resolveActor`) or the
 * article's own words for an anonymous source, never a guess at who that source is.
 */
import { isInside, quotedRangesByBlock, type Range } from './ranges.ts';
import { sentenceAround } from './sentences.ts';
import { findSpeechCues, FINITE_SPEECH_VERB, type SpeechCue } from './speech-cues.ts';
import type { AttributedQuote, AttributionMethod, BodyBlock, ExtractedQuote, QuoteKind, Speaker } from './types.ts';

/** Maps words as written ("Rubio", "Marco Rubio") to an actor slug, or null. */
export type ResolveActor = (words: string) => string | null;

/** The speaker of one quote and how it was found. */
export interface QuoteAttribution {
  speaker: Speaker | null;
  attribution: AttributionMethod | null;
}

/** One correction from an article's `attributions` frontmatter. */
export interface CuratedAttribution {
  /** A verbatim excerpt of exactly one quote's words. */
  quote: string;
  /** Actor slug, or null for an unnamed source. */
  speaker: string | null;
  /** The article's own words for the speaker; required for an unnamed source. */
  speakerLabel?: string;
  /** The right kind, when the automatic one was wrong. */
  kind?: QuoteKind;
  /** Why the automatic result was overridden. */
  reason: string;
}

/** Something in the text that can be a speaker: a name, "he", or a description of a source. */
interface Candidate {
  start: number;
  end: number;
  kind: 'named' | 'pronoun' | 'description';
  /** For names (and roles like "the president", already traced to a name). */
  speaker?: Speaker;
  /** For descriptions: the article's words, with a sentence-initial "A" lower-cased. */
  label: string;
  /** "the official" points back; "a second White House official" introduces a source. */
  definite?: boolean;
  /** "the first White House official" → 1. */
  ordinal?: number;
  /** Words between the determiner and the noun, lower-cased, ordinal left out. */
  modifiers?: string[];
  plural?: boolean;
}

/** A speaker reported at some point of the text, for "he" and "the person" to point back to. */
interface SpeakerEvent {
  block: number;
  speaker: Speaker;
  plural: boolean;
  fromQuote: boolean;
}

interface BlockContext {
  index: number;
  text: string;
  quoted: Range[];
  candidates: Candidate[];
  cues: SpeechCue[];
}

type Found = { speaker: Speaker; method: AttributionMethod; plural: boolean };

/**
 * The speaker of every quote, parallel to `quotes`. Titles and scare quotes have none; a quote
 * whose speaker cannot be worked out gets `{ speaker: null, attribution: null }` too.
 */
export function attributeQuotes(blocks: BodyBlock[], quotes: ExtractedQuote[], resolveActor: ResolveActor): QuoteAttribution[] {
  const resolve = memoise(resolveActor);
  const quotedByBlock = quotedRangesByBlock(quotes);
  const blockIndex = new Map(blocks.map((block, index) => [block.id, index]));
  const contexts = blocks.map((block, index): BlockContext => {
    const quoted = quotedByBlock.get(block.id) ?? [];
    return {
      index,
      text: block.text,
      quoted,
      candidates: findCandidates(blocks, index, quoted, resolve),
      cues: findSpeechCues(block.text, quoted).filter((cue) => cue.form !== 'noun'),
    };
  });

  const results: QuoteAttribution[] = quotes.map(() => ({ speaker: null, attribution: null }));
  const history: SpeakerEvent[] = [];
  const record = (block: number, found: Found | null, fromQuote: boolean) => {
    if (found) history.push({ block, speaker: found.speaker, plural: found.plural, fromQuote });
  };

  // Walk the text in reading order so that "he said" only ever looks back.
  for (const context of contexts) {
    const items = [
      ...quotes.flatMap((quote, index) =>
        quote.parts[0]!.block === blocks[context.index]!.id ? [{ offset: quote.parts[0]!.start, index }] : [],
      ),
      ...context.cues.filter((cue) => cue.form !== 'participle').map((cue) => ({ offset: cue.start, cue })),
    ].sort((a, b) => a.offset - b.offset);
    for (const item of items) {
      if ('cue' in item) {
        record(context.index, speakerOfCue(context, item.cue, history), false);
        continue;
      }
      const quote = quotes[item.index]!;
      if (quote.kind === 'title' || quote.kind === 'scare') continue;
      const last = quote.parts.at(-1)!;
      const lastContext = contexts[blockIndex.get(last.block)!]!;
      const found = attributeQuote(context, lastContext, quote, contexts, history);
      if (found) {
        results[item.index] = { speaker: found.speaker, attribution: found.method };
        record(lastContext.index, found, true);
      }
    }
  }
  return results;
}

/** The speaker of one statement or fragment, trying the rules from the surest to the loosest. */
function attributeQuote(
  first: BlockContext,
  last: BlockContext,
  quote: ExtractedQuote,
  contexts: BlockContext[],
  history: SpeakerEvent[],
): Found | null {
  const opening = quote.parts[0]!;
  const closing = quote.parts.at(-1)!;

  // 1. The speaker right after the quote: “…,” Rubio said / “…,” said Jonathan Green.
  const closingSentence = sentenceAround(last.text, last.quoted, closing.start, closing.end);
  const nextQuote = last.quoted.find(([start]) => start >= closing.end);
  const afterEnd = Math.min(closingSentence.end, nextQuote?.[0] ?? Infinity);
  const after = speakerAfterQuote(last, closing.end, afterEnd, history);
  if (after) return after;

  // 2. A speech verb earlier in the sentence: Rubio said that … “…” / writing that … “…”.
  const sentence = sentenceAround(first.text, first.quoted, opening.start, opening.end);
  const before = speakerBeforeQuote(first, sentence, opening.start, history);
  if (before) return before;

  // 3. A few quoted words with no speech verb: they belong to the sentence's subject
  //    (Witkoff appeared surprised that Russia wanted “so much more”).
  if (quote.kind === 'fragment') {
    const subject = firstCandidate(first, sentence.start, opening.start);
    const found = subject && resolveCandidate(subject, history);
    if (found) return { ...found, method: 'context' };
  }

  // 4. A quote with no verb goes on with the speaker of the paragraph so far, or, when it opens
  //    its paragraph, with the speaker of the previous paragraph's last quote.
  const earlierHere = history.findLast((event) => event.block === first.index);
  if (earlierHere) return { speaker: earlierHere.speaker, plural: earlierHere.plural, method: 'context' };
  const opensParagraph = first.text.slice(0, opening.start).trim() === '';
  const previous = contexts[first.index - 1];
  if (opensParagraph && previous) {
    const previousQuote = history.findLast((event) => event.fromQuote && event.block === previous.index);
    if (previousQuote) return { speaker: previousQuote.speaker, plural: previousQuote.plural, method: 'context' };
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// Speech verbs and their subjects

/** Words that may stand between a subject and its verb ("He later told", "Trump had said"). */
const BETWEEN_SUBJECT_AND_VERB = String.raw`(?:\s+(?:also|later|then|again|previously|earlier|recently|publicly|privately|reportedly|once|repeatedly|simply|clearly|only|had|has|have))*`;
/** "X said" or "X, an adviser to Y, said": offsets where the verb of subject X may start. */
const PLAIN_SUBJECT_GAP = new RegExp(String.raw`^\s*,?${BETWEEN_SUBJECT_AND_VERB}\s+`, 'u');
const APPOSITIVE_SUBJECT_GAP = new RegExp(String.raw`^\s*,[^,;“”"]{1,120},${BETWEEN_SUBJECT_AND_VERB}\s+`, 'u');

/** Whether candidate `c` is the subject of the verb starting at `verbStart`. */
function isSubjectOf(text: string, candidate: Candidate, verbStart: number): boolean {
  const rest = text.slice(candidate.end);
  return [PLAIN_SUBJECT_GAP, APPOSITIVE_SUBJECT_GAP].some((gap) => {
    const match = gap.exec(rest);
    return match !== null && candidate.end + match[0].length === verbStart;
  });
}

/** The candidate that is the subject of a finite speech verb, if one stands next to it. */
function subjectOfVerb(context: BlockContext, cue: SpeechCue, from: number): Candidate | null {
  const before = context.candidates.filter((c) => c.start >= from && c.end <= cue.start).reverse();
  const subject = before.find((candidate) => isSubjectOf(context.text, candidate, cue.start));
  return subject ? preferNameOverAppositive(context, subject) : null;
}

/** "Yuri Ushakov, an advisor to Vladimir Putin, summed up": the appositive describes the name before it. */
function preferNameOverAppositive(context: BlockContext, subject: Candidate): Candidate {
  if (subject.kind !== 'description' || subject.definite) return subject;
  const previous = context.candidates.filter((c) => c.end <= subject.start).at(-1);
  if (previous && /^\s*,\s*$/u.test(context.text.slice(previous.end, subject.start))) return previous;
  return subject;
}

/** The first candidate after `offset` when only `gap` separates them ("according to the", "said"). */
function candidateAfter(context: BlockContext, offset: number, end: number, gap: RegExp): Candidate | null {
  const next = context.candidates.find((c) => c.start >= offset && c.start < end);
  return next && gap.test(context.text.slice(offset, next.start)) ? next : null;
}

/** An introductory phrase before the subject ("Standing on a tarmac in Paris, …"). */
const INTRODUCTION =
  /^(?:\p{Lu}\p{Ll}+(?:ly|ing)|In|At|On|After|Before|During|Later|While|Since|Following|Earlier|Meanwhile|Asked|Despite|Amid)\b[^,]{0,100},\s*/u;

/** The first candidate of a sentence up to `end`, past an introductory phrase when one is there. */
function firstCandidate(context: BlockContext, start: number, end: number): Candidate | null {
  const inRange = (from: number) => context.candidates.find((c) => c.start >= from && c.end <= end) ?? null;
  const introduction = INTRODUCTION.exec(context.text.slice(start, end));
  return (introduction && inRange(start + introduction[0].length)) || inRange(start);
}

/** Up to three words between a quote and its speaker ("Kremlin spokesman Dmitry Peskov said"). */
const SHORT_GAP = /^(?:[\p{L}\p{N}’'.-]+\s+){0,3}$/u;
const LEAD_AFTER_QUOTE = /^[\s,.;:!?\u2014\u2013-]*(?:(?:was|is) how\s+|that\s+|as\s+)?/iu;

/** Rule 1: the speaker named just after the closing mark. */
function speakerAfterQuote(context: BlockContext, quoteEnd: number, windowEnd: number, history: SpeakerEvent[]): Found | null {
  const lead = LEAD_AFTER_QUOTE.exec(context.text.slice(quoteEnd, windowEnd))![0];
  const at = quoteEnd + lead.length;
  const cueHere = context.cues.find((cue) => cue.start === at);
  // “…,” said Jonathan Green / “…,” according to Reuters
  if (cueHere && (cueHere.form === 'according' || FINITE_SPEECH_VERB.test(cueHere.word))) {
    const subject = candidateAfter(context, cueHere.end, windowEnd, /^\s+(?:the\s+)?(?:[\p{L}’'.-]+\s+){0,2}$/u);
    return subject && resolveCandidate(subject, history);
  }
  // “…,” Rubio said / “…,” was how Yuri Ushakov, an advisor to …, summed up
  for (const candidate of context.candidates) {
    if (candidate.start < at || candidate.start >= windowEnd) continue;
    if (!SHORT_GAP.test(context.text.slice(at, candidate.start))) break;
    const verb = context.cues.find(
      (cue) => cue.form === 'finite' && cue.end <= windowEnd && isSubjectOf(context.text, candidate, cue.start),
    );
    if (verb) return resolveCandidate(preferNameOverAppositive(context, candidate), history);
  }
  return null;
}

/** Rule 2: the subject of the nearest speech verb before the quote in its sentence. */
function speakerBeforeQuote(
  context: BlockContext,
  sentence: { start: number },
  quoteStart: number,
  history: SpeakerEvent[],
): Found | null {
  const cues = context.cues.filter((cue) => cue.start >= sentence.start && cue.end <= quoteStart).reverse();
  for (const cue of cues) {
    const subject = subjectOfCue(context, cue, sentence.start);
    const found = subject && resolveCandidate(subject, history);
    if (found) return found;
  }
  return null;
}

function subjectOfCue(context: BlockContext, cue: SpeechCue, sentenceStart: number): Candidate | null {
  if (cue.form === 'according') return candidateAfter(context, cue.end, context.text.length, /^\s+(?:the\s+)?$/u);
  if (cue.form === 'finite') return subjectOfVerb(context, cue, sentenceStart);
  // A participle ("saying", "writing that") shares the subject of the clause's verb:
  // "the official demurred, saying …"; without one, the sentence's subject.
  const finiteBefore = context.cues
    .filter((c) => c.form === 'finite' && c.start >= sentenceStart && c.end <= cue.start)
    .reverse();
  for (const finite of finiteBefore) {
    const subject = subjectOfVerb(context, finite, sentenceStart);
    if (subject) return subject;
  }
  return firstCandidate(context, sentenceStart, cue.start);
}

/** A speech verb outside quotes ("Lieven said threats …", "He later told NBC"): who spoke there. */
function speakerOfCue(context: BlockContext, cue: SpeechCue, history: SpeakerEvent[]): Found | null {
  const sentence = sentenceAround(context.text, context.quoted, cue.start, cue.end);
  const subject = subjectOfCue(context, cue, sentence.start);
  return subject && resolveCandidate(subject, history);
}

// ---------------------------------------------------------------------------------------------
// Resolving a candidate to a speaker

function resolveCandidate(candidate: Candidate, history: SpeakerEvent[]): Found | null {
  if (candidate.kind === 'named') return { speaker: candidate.speaker!, method: 'explicit', plural: false };
  if (candidate.kind === 'pronoun') {
    // "he"/"she" stands for the nearest named speaker before it.
    const named = history.findLast((event) => event.speaker.actor !== null);
    return named ? { speaker: named.speaker, method: 'pronoun', plural: false } : null;
  }
  const plural = candidate.plural ?? false;
  if (!candidate.definite) return { speaker: { actor: null, label: candidate.label }, method: 'explicit', plural };
  // "the person", "the official", "the first White House official": an unnamed source already
  // introduced, whose description has all of this one's words.
  const modifiers = candidate.modifiers ?? [];
  const matching = history.filter(
    (event) =>
      event.speaker.actor === null &&
      event.plural === plural &&
      modifiers.every((word) => wordsOf(event.speaker.label).includes(word)),
  );
  let referent: SpeakerEvent | undefined;
  if (candidate.ordinal !== undefined) {
    const labels = [...new Set(matching.map((event) => event.speaker.label))];
    const label = labels[candidate.ordinal - 1];
    referent = matching.find((event) => event.speaker.label === label);
  } else {
    referent = matching.at(-1);
  }
  if (referent) return { speaker: referent.speaker, method: 'pronoun', plural };
  return { speaker: { actor: null, label: candidate.label }, method: 'explicit', plural };
}

function wordsOf(label: string): string[] {
  return label.toLowerCase().split(/\s+/u);
}

// ---------------------------------------------------------------------------------------------
// Finding candidates

const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}.'’-]*/gu;
/** Lower-case words that may sit inside a name ("Secretary of State", "Bart De Wever"). */
const NAME_CONNECTORS = new Set(['of', 'de', 'da', 'del', 'der', 'van', 'von', 'bin', 'al', 'la', 'le', 'du']);

interface Word {
  start: number;
  /** The word without a trailing possessive or full stop. */
  text: string;
  /** Offset after the word as written, possessive included. */
  rawEnd: number;
  possessive: boolean;
}

function wordsIn(text: string, quoted: readonly Range[]): Word[] {
  const words: Word[] = [];
  for (const match of text.matchAll(WORD)) {
    if (isInside(quoted, match.index)) continue;
    let word = match[0];
    const possessive = /['’]s$|s['’]$/u.test(word);
    word = word.replace(/['’]s$/u, '').replace(/['’]$/u, '');
    if (word.endsWith('.') && !word.slice(0, -1).includes('.')) word = word.slice(0, -1);
    words.push({ start: match.index, text: word, rawEnd: match.index + match[0].length, possessive });
  }
  return words;
}

const isCapitalised = (word: string) => /^\p{Lu}/u.test(word);

/**
 * Capitalised words that open sentences rather than names ("But Trump", "Later, …"); dropped from
 * the front of a run so that a speaker's label is the name as written, not "But Trump".
 */
const SENTENCE_OPENERS = new Set(
  'A An The And But Or So Yet Nor For In On At By To Of From With After Before During While When Where Since Although Though If As Later Earlier Meanwhile Instead Still Now Then Also Even Only Both Either Neither Many Some This That These Those It He She They We I His Her Their Our Its Asked Standing According Under Over Despite Amid Why How What Who Yes No Not'.split(
    ' ',
  ),
);
const isSentenceOpener = (word: string) => SENTENCE_OPENERS.has(word) || /^\p{Lu}\p{Ll}+ly$/u.test(word);

/** Runs of capitalised words ("Secretary of State Marco Rubio"); a possessive or punctuation ends a run. */
function nameRuns(text: string, quoted: readonly Range[]): Word[][] {
  const words = wordsIn(text, quoted);
  const runs: Word[][] = [];
  let run: Word[] = [];
  const close = () => {
    while (run.length && NAME_CONNECTORS.has(run.at(-1)!.text)) run.pop();
    while (run.length > 1 && isSentenceOpener(run[0]!.text)) run.shift();
    if (run.length) runs.push(run);
    run = [];
  };
  for (const [index, word] of words.entries()) {
    const previous = run.at(-1);
    // Joined by one space, and the previous word lost no full stop ("… said Rubio. Later …").
    const joined =
      previous !== undefined &&
      text.slice(previous.rawEnd, word.start) === ' ' &&
      previous.rawEnd === previous.start + previous.text.length;
    const connector = NAME_CONNECTORS.has(word.text) && previous !== undefined && isCapitalised(words[index + 1]?.text ?? '');
    if (!(isCapitalised(word.text) || connector) || (previous && !joined)) close();
    if (isCapitalised(word.text) || (connector && run.length)) run.push(word);
    if (word.possessive) close();
  }
  close();
  return runs;
}

/** The longest resolvable words of a run, preferring the rightmost (the head of the phrase). */
function resolveRun(run: Word[], resolve: ResolveActor): { first: number; last: number; actor: string; words: string } | null {
  for (let length = run.length; length >= 1; length--) {
    for (let first = run.length - length; first >= 0; first--) {
      const slice = run.slice(first, first + length);
      if (NAME_CONNECTORS.has(slice[0]!.text) || NAME_CONNECTORS.has(slice.at(-1)!.text)) continue;
      // "And Witkoff": a sentence opener is not part of the name as written.
      if (slice.length > 1 && isSentenceOpener(slice[0]!.text)) continue;
      const words = slice.map((word) => word.text).join(' ');
      const actor = resolve(words);
      if (actor) return { first, last: first + length - 1, actor, words };
    }
  }
  return null;
}

function findCandidates(blocks: BodyBlock[], index: number, quoted: readonly Range[], resolve: ResolveActor): Candidate[] {
  const text = blocks[index]!.text;
  const descriptions = findDescriptions(text, quoted);
  const others: Candidate[] = [
    ...findNames(text, quoted, resolve),
    ...findRoles(blocks, index, quoted, resolve),
    ...findPronouns(text, quoted),
  ];
  // A name inside a description is part of it ("a spokesperson for France’s foreign minister").
  const outside = others.filter((c) => !descriptions.some((d) => c.start >= d.start && c.end <= d.end));
  return [...descriptions, ...outside].sort((a, b) => a.start - b.start);
}

function findNames(text: string, quoted: readonly Range[], resolve: ResolveActor): Candidate[] {
  const candidates: Candidate[] = [];
  for (const run of nameRuns(text, quoted)) {
    const found = resolveRun(run, resolve);
    if (!found) continue;
    const first = run[found.first]!;
    const last = run[found.last]!;
    const end = last.start + last.text.length;
    // "the US secretary of state", "the Trump administration": a name used as a modifier.
    const runEnd = run.at(-1)!.start + run.at(-1)!.text.length;
    const modifier =
      /\bthe\s$/iu.test(text.slice(0, run[0]!.start)) &&
      (run.at(-1)!.possessive || (/^\s\p{Ll}/u.test(text.slice(runEnd)) && !FINITE_SPEECH_VERB.test(text.slice(runEnd + 1))));
    if (modifier) continue;
    candidates.push({
      start: first.start,
      end,
      kind: 'named',
      speaker: { actor: found.actor, label: found.words },
      label: found.words,
    });
  }
  return candidates;
}

/** Roles that stand for a person named earlier with the same title ("the president" → "President Donald Trump"). */
const ROLES: Array<{ role: RegExp; title: RegExp }> = [
  { role: /president/iu, title: /(?<!\p{Lu}[\p{L}.’'-]*\s)President\s+/gu },
  { role: /secretary of state/iu, title: /(?<!\p{Lu}[\p{L}.’'-]*\s)Secretary of State\s+/gu },
  { role: /prime minister/iu, title: /(?<!\p{Lu}[\p{L}.’'-]*\s)Prime Minister\s+/gu },
  { role: /envoy/iu, title: /\b[Ee]nvoy\s+/gu },
];
const ROLE_MENTION = /\bthe\s+(?:(?:U\.S\.|US|American)\s+)?(president|secretary of state|prime minister|envoy)\b/giu;

function findRoles(blocks: BodyBlock[], index: number, quoted: readonly Range[], resolve: ResolveActor): Candidate[] {
  const text = blocks[index]!.text;
  const candidates: Candidate[] = [];
  for (const match of text.matchAll(ROLE_MENTION)) {
    if (isInside(quoted, match.index)) continue;
    const role = ROLES.find((r) => r.role.test(match[1]!))!;
    const speaker = roleHolder(blocks, index, match.index, role.title, resolve);
    if (speaker)
      candidates.push({ start: match.index, end: match.index + match[0].length, kind: 'named', speaker, label: speaker.label });
  }
  return candidates;
}

/** The most recent person given the title without a qualifier ("President X", not "Russian President X"). */
function roleHolder(blocks: BodyBlock[], index: number, offset: number, title: RegExp, resolve: ResolveActor): Speaker | null {
  for (let at = index; at >= 0; at--) {
    const text = at === index ? blocks[at]!.text.slice(0, offset) : blocks[at]!.text;
    const holders = [...text.matchAll(title)].reverse();
    for (const holder of holders) {
      const after = holder.index + holder[0].length;
      // A name follows the title directly; a short window keeps this linear on long paragraphs.
      const run = nameRuns(text.slice(after, after + 120), [])[0];
      if (!run || run[0]!.start !== 0) continue;
      const found = resolveRun(run, resolve);
      if (found) return { actor: found.actor, label: found.words };
    }
  }
  return null;
}

function findPronouns(text: string, quoted: readonly Range[]): Candidate[] {
  return [...text.matchAll(/\b(?:he|she)\b/giu)]
    .filter((match) => !isInside(quoted, match.index))
    .map((match) => ({ start: match.index, end: match.index + match[0].length, kind: 'pronoun' as const, label: match[0] }));
}

const DETERMINERS = String.raw`a|an|one|another|the|two|three|four|five|several`;
/** Nouns that describe an unnamed source. */
const SOURCE_NOUNS = String.raw`officials?|person|people|sources?|spokesperson|spokesman|spokeswoman|aides?|diplomats?|advis[eo]rs?`;
const DESCRIPTION = new RegExp(
  String.raw`\b(${DETERMINERS})\s+((?:[\p{L}\p{N}][\p{L}\p{M}\p{N}.'’-]*\s+){0,4}?)(${SOURCE_NOUNS})\b((?:\s+(?:for|from|at|to|of)(?:\s+[\p{L}\p{N}][\p{L}\p{M}\p{N}.'’-]*){1,4})?)`,
  'giu',
);
const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth'];
/** Words that end the phrase after a source noun ("one senior official from a European country who …"). */
const PHRASE_STOP = /^(?:who|whom|which|that|was|were|is|are|has|have|had|and|but|said|told|says|on|in|with|after|before)$/iu;

/** Descriptions of unnamed sources: "a second White House official", "the person". */
function findDescriptions(text: string, quoted: readonly Range[]): Candidate[] {
  const candidates: Candidate[] = [];
  for (const match of text.matchAll(DESCRIPTION)) {
    const [, determiner, modifierText, noun, phraseText] = match as unknown as [
      string,
      string,
      string,
      string,
      string | undefined,
    ];
    const head = `${determiner} ${modifierText}${noun}`;
    // Keep the phrase after the noun ("for France’s foreign minister") only up to a word that
    // starts a new clause ("… from a European country who was granted anonymity").
    let end = match.index + head.length;
    const phraseStart = end;
    for (const [i, word] of [...(phraseText ?? '').matchAll(/\S+/gu)].entries()) {
      if (i > 0 && PHRASE_STOP.test(word[0])) break;
      if (i > 0) end = phraseStart + word.index + word[0].length;
    }
    if (isInside(quoted, match.index) || quoted.some(([s]) => s > match.index && s < end)) continue;
    const modifiers = modifierText.trim().toLowerCase().split(/\s+/u).filter(Boolean);
    const ordinal = ORDINALS.indexOf(modifiers[0] ?? '');
    const written = text.slice(match.index, end);
    candidates.push({
      start: match.index,
      end,
      kind: 'description',
      label: written.charAt(0).toLowerCase() + written.slice(1),
      definite: determiner.toLowerCase() === 'the',
      ...(ordinal >= 0 ? { ordinal: ordinal + 1 } : {}),
      modifiers: ordinal >= 0 ? modifiers.slice(1) : modifiers,
      plural: /s$/iu.test(noun) || noun.toLowerCase() === 'people',
    });
  }
  return candidates;
}

function memoise(resolveActor: ResolveActor): ResolveActor {
  const cache = new Map<string, string | null>();
  return (words) => {
    if (!cache.has(words)) cache.set(words, resolveActor(words));
    return cache.get(words)!;
  };
}

// ---------------------------------------------------------------------------------------------
// Curated corrections

/**
 * Applies an article's `attributions` frontmatter. Each curation names its quote by a verbatim
 * excerpt that must pick out exactly one quote; anything else fails the build with the file,
 * the field and the excerpt, so a stale curation cannot silently stop applying.
 */
export function applyCuratedAttributions(
  quotes: AttributedQuote[],
  curations: CuratedAttribution[],
  file: string,
): AttributedQuote[] {
  const result = [...quotes];
  const curatedBy = new Map<number, number>();
  curations.forEach((curation, i) => {
    const field = `attributions[${i}]`;
    const matches = result.flatMap((quote, index) => (quote.text.includes(curation.quote) ? [index] : []));
    if (matches.length !== 1) {
      const found = matches.length === 0 ? 'matches no quote' : `matches ${matches.length} quotes; quote more words to pick one`;
      throw new Error(`${file}: ${field}.quote "${curation.quote}" ${found}`);
    }
    const index = matches[0]!;
    const earlier = curatedBy.get(index);
    if (earlier !== undefined)
      throw new Error(`${file}: ${field}.quote "${curation.quote}" picks the same quote as attributions[${earlier}]`);
    curatedBy.set(index, i);

    const quote = result[index]!;
    const kind = curation.kind ?? quote.kind;
    const hasSpeaker = kind !== 'title' && kind !== 'scare';
    if (!hasSpeaker && curation.speaker !== null) {
      throw new Error(`${file}: ${field}.speaker must be null: a ${kind} quote has no speaker`);
    }
    if (hasSpeaker && curation.speaker === null && !curation.speakerLabel) {
      throw new Error(`${file}: ${field}.speakerLabel is required for an unnamed source (the article's own words for it)`);
    }
    const speaker: Speaker | null = !hasSpeaker
      ? null
      : curation.speaker === null
        ? { actor: null, label: curation.speakerLabel! }
        : { actor: curation.speaker, label: curation.speakerLabel ?? curation.speaker };
    result[index] = { ...quote, kind, speaker, attribution: 'curated' };
  });
  return result;
}
