/**
 * Says who spoke each quote, the way a reader works it out: the name next to the speech verb
 * (“…,” Rubio said / said Jonathan Green, a … / Rubio said that … “…”), "he" and "the person"
 * traced back to the speaker they stand for, "the president" traced to the article's president,
 * and a quote with no verb of its own continuing the speaker before it.
 *
 * A wrong speaker is worse than none: where the quote's own attribution cannot be read, or no
 * candidate is clearly right, the quote is left without a speaker. Unnamed sources stay unnamed:
 * a speaker is an actor (registered, or a person the article introduces, found automatically)
 * or the article's own words for a source, never a guess at who that source is.
 *
 * The pieces: `attribution/candidates.ts` (who can be a speaker), `names.ts` (reading names),
 * `roles.ts` (role phrases), `subjects.ts` (speech-verb subjects), `referents.ts` (pronouns and
 * descriptions pointing back), `curated.ts` (editors' fixes).
 */
import { quotedTextsByBlock } from '../text/quoted-text.ts';
import type { SpeechCue } from '../text/speech-cues.ts';
import type { AttributionMethod, BodyBlock, DiscoveredPerson, ExtractedQuote, Speaker, TextSpan } from '../types.ts';
import { findCandidates, type ArticleReader, type Candidate } from './candidates.ts';
import { ArticlePeople, type ResolveActor } from './names.ts';
import { afterQuote } from './after-quote.ts';
import { resolveCandidate, type Found, type SpeakerEvent } from './referents.ts';
import { RoleBook, type ActorRole } from './roles.ts';
import { pronounCueConfidence } from './cue-confidence.ts';
import { COMMITTED_MODEL, type SpeakerModel } from './speaker-model.ts';
import { chooseSpeaker, type SpeakerChoice } from './speaker-ranker.ts';
import type { QuoteScene, SpeakerRuleName } from './speaker-rules.ts';
import { speakerOfCue } from './cue-speakers.ts';
import { firstAtOrAfter, firstCandidate, firstOfPair, isPossessive, type BlockContext } from './subjects.ts';
import { HistoryIndex } from './history-index.ts';
import { isNestedCue, NAMING_CUE } from './nested-cues.ts';
import { speakHeadingQuotes } from './heading-quotes.ts';
import { ArticleBodies } from './definite-body-speakers.ts';
import { isQuotedTitle } from './quoted-titles.ts';
import { partitionPoint } from '../../lib/partition-point.ts';
import { isBlankBetween } from '../../lib/text.ts';

export { applyCuratedAttributions, type CuratedAttribution } from './curated.ts';
export type { ResolveActor } from './names.ts';
export type { ActorRole } from './roles.ts';
export { SPEAKER_RULES, type SpeakerRuleName } from './speaker-rules.ts';

/** The speaker of one quote and how it was found. */
export interface QuoteAttribution {
  speaker: Speaker | null;
  attribution: AttributionMethod | null;
  /** The rule of `SPEAKER_RULES` that found the speaker; null when there is none. */
  rule: SpeakerRuleName | null;
  /** The probability that the speaker is right (1 for the rules treated as certain); null when there is none. */
  confidence: number | null;
}

/** What attribution knows beyond the text: the actors, their kinds and roles, the date, exclusions. */
export interface AttributionOptions {
  /** The kind of a registered actor (`person`, `organization`, `country`, `media`). */
  kindOf?: (actor: string) => string | undefined;
  /** Roles from the actor files, for role phrases ("Russia's foreign minister"). */
  roles?: readonly ActorRole[];
  /** Publication date, `YYYY-MM-DD`: actor-file roles count only near it. */
  published?: string;
  /** Names never to treat as people. */
  notPeople?: readonly string[];
  /** The article's slug: people known by one word are told apart per article. */
  articleSlug?: string;
  /** The speaker model; the committed one by default, null for the rules alone (the first rule's speaker). */
  model?: SpeakerModel | null;
  /** Called for every spoken quote with its choice before the threshold and its scene (for training and the rule tests). */
  onQuote?: (quoteIndex: number, choice: SpeakerChoice | null, scene: QuoteScene) => void;
  /** Called for every speech cue outside quotes (participles too) in reading order, with who spoke there (for reported speech). */
  onCue?: (context: BlockContext, cue: SpeechCue, found: Found | null, pronounConfidence?: number) => void;
}

/** Every quote's speaker, and the people the article introduces who speak. */
export interface ArticleAttribution {
  quotes: QuoteAttribution[];
  people: DiscoveredPerson[];
}

/**
 * The speaker of every quote, parallel to `quotes`. Titles and scare quotes have none; a quote
 * whose speaker cannot be worked out gets `{ speaker: null, attribution: null }` too.
 */
export function attributeQuotes(
  blocks: BodyBlock[],
  quotes: ExtractedQuote[],
  resolveActor: ResolveActor,
  options: AttributionOptions = {},
): QuoteAttribution[] {
  return attributeArticle(blocks, quotes, resolveActor, options).quotes;
}

export function attributeArticle(
  blocks: BodyBlock[],
  quotes: ExtractedQuote[],
  resolveActor: ResolveActor,
  options: AttributionOptions = {},
): ArticleAttribution {
  const people = new ArticlePeople(options.notPeople, options.articleSlug);
  const model = options.model === undefined ? COMMITTED_MODEL : options.model;
  const reader: ArticleReader = {
    resolve: memoise(resolveActor),
    kindOf: options.kindOf ?? (() => undefined),
    people,
    roles: new RoleBook(options.roles ?? [], options.published),
    mentioned: new Set(),
    genders: new Map(),
  };
  const quotedTexts = quotedTextsByBlock(blocks, quotes);
  const blockIndex = new Map(blocks.map((block, index) => [block.id, index]));
  const contexts = blocks.map((block, index): BlockContext => {
    const quotedText = quotedTexts.get(block.id)!;
    return {
      index,
      text: block.text,
      heading: block.kind === 'heading',
      quotedText,
      candidates: findCandidates(blocks, index, quotedText.quoted, reader),
      cues: quotedText.speechCues().filter((cue) => cue.form !== 'noun'),
    };
  });
  // Speech nouns ("Rubio issued a threat that …") are read only for `onCue` (reported speech), with no speaker.
  const nounCues = options.onCue
    ? contexts.map((context) => context.quotedText.speechCues().filter((cue) => cue.form === 'noun'))
    : contexts.map(() => []);

  const results: QuoteAttribution[] = quotes.map(() => ({ speaker: null, attribution: null, rule: null, confidence: null }));
  const history: SpeakerEvent[] = [];
  const historyIndex = new HistoryIndex();
  // What a cue's pronoun confidence reads (`cue-confidence.ts`): the same history as the quotes'.
  const reading = { contexts, history, historyIndex };
  // `indexed` false: an event that steers later pronouns but is no evidence the speaker features count (see below).
  const remember = (event: SpeakerEvent, indexed = true) => {
    history.push(event);
    if (indexed) historyIndex.record(event, history.length - 1);
  };
  // The sex "he" or "she" gave a person whose name did not ("Suu Kyi, 70, said … / “…,” she said"): their later events keep it.
  const sexTaught = new Map<string, 'male' | 'female'>();
  const record = (
    block: number,
    found: Found | null,
    fromQuote: boolean,
    role: SpeakerEvent['role'] = 'speech',
    indexed = true,
    owner = false,
  ) => {
    if (!found) return;
    const actor = found.speaker.actor;
    if (actor && found.method === 'pronoun' && found.gender && !sexTaught.has(actor)) sexTaught.set(actor, found.gender);
    const gender = found.gender ?? (actor ? sexTaught.get(actor) : undefined);
    remember(
      {
        block,
        speaker: found.speaker,
        plural: found.plural,
        fromQuote,
        role,
        entity: found.entity,
        ...(gender ? { gender } : {}),
        ...(found.group ? { group: true } : {}),
        ...(owner ? { owner: true } : {}),
      },
      indexed,
    );
  };

  const bodies = new ArticleBodies(contexts);
  // Walk the text in reading order so that "he said" only ever looks back.
  for (const context of contexts) {
    const blockId = blocks[context.index]!.id;
    type Item = {
      offset: number;
      index?: number;
      cue?: (typeof context.cues)[number];
      sentence?: { start: number; end: number };
      mention?: (typeof context.candidates)[number];
    };
    const items: Item[] = [
      ...context.candidates
        .filter((c) => c.kind === 'named' && c.entity === 'person')
        .map((mention) => ({ offset: mention.start, mention })),
      ...quotes.flatMap((quote, index) => (quote.parts[0]!.block === blockId ? [{ offset: quote.parts[0]!.start, index }] : [])),
      // Participles are read only for `onCue` (reported speech): they add nothing to the history.
      ...context.cues.filter((cue) => cue.form !== 'participle' || options.onCue).map((cue) => ({ offset: cue.start, cue })),
      ...nounCues[context.index]!.map((cue) => ({ offset: cue.start, cue })),
      ...sentencesOf(context).map((sentence) => ({ offset: sentence.start, sentence })),
    ].sort((a, b) => a.offset - b.offset || rank(a) - rank(b));
    for (const item of items) {
      if (item.mention) {
        const owner = isPossessive(context, item.mention) && !opensSentence(context, item.mention);
        record(context.index, resolveCandidate(item.mention, history), false, 'mention', true, owner);
        // "two US senators, Ron Wyden and Mark Udall": a pair introduced as two, for "the two Democrats" to point back to
        // (not indexed: the speaker features count each person's own mentions).
        const lead = firstOfPair(context, item.mention);
        if (lead !== item.mention && introducedAsTwo(context, lead)) {
          const found = resolveCandidate(lead, history);
          if (found) record(context.index, { ...found, group: true }, false, 'mention', false);
        }
        continue;
      }
      if (item.sentence) {
        // A person who opens a sentence is who "he" most likely means next ("Then Oleg Bondar … briefed reporters").
        const subject =
          firstCandidate(context, item.sentence.start, item.sentence.end) ?? personOfToOpener(context, item.sentence);
        if (subject?.kind === 'named' && (subject.entity === 'person' || subject.entity === 'organization')) {
          record(context.index, resolveCandidate(subject, history), false, 'subject');
        } else if (subject && opensWithPronoun(context, item.sentence, subject)) {
          // "Zimmerman has been in trouble. / He has also attempted …, calling Obama an “ignorant baboon”": a sentence that
          // opens with "he" keeps its person as the subject, so a name met only in passing since does not take "he" over.
          // The speaker features do not count it: the pronoun of the sentence's own "he said" is no evidence for itself.
          const found = resolveCandidate(subject, history);
          if (found?.speaker.actor) record(context.index, found, false, 'subject', false);
        }
        continue;
      }
      if (item.cue) {
        if (item.cue.form === 'noun') {
          options.onCue?.(context, item.cue, null);
          continue;
        }
        // "a super PAC called Future45": a naming verb names no speaker for the history; reported
        // speech reads it only with the words it describes ("described the plan as a disaster").
        if (item.cue.form === 'participle' || NAMING_CUE.test(item.cue.word)) {
          const found = speakerOfCue(context, item.cue, history);
          options.onCue?.(context, item.cue, found, pronounCueConfidence(context, item.cue, found, reading, model));
          continue;
        }
        const found = speakerOfCue(context, item.cue, history);
        options.onCue?.(context, item.cue, found, pronounCueConfidence(context, item.cue, found, reading, model));
        // A verb inside the clause of another one of its sentence ("Hooton said after Rubio spoke") names no one to go on with.
        const nested = isNestedCue(context, item.cue, (cue) => NAMING_CUE.test(cue.word));
        record(context.index, found, false, nested ? 'mention' : 'speech');
        continue;
      }
      const quote = quotes[item.index!]!;
      if (quote.kind === 'title' || quote.kind === 'scare') continue;
      const last = quote.parts.at(-1)!;
      const lastContext = contexts[blockIndex.get(last.block)!]!;
      const scene = sceneOf(context, lastContext, quote, contexts, history, historyIndex);
      const choice = chooseSpeaker(scene, model);
      options.onQuote?.(item.index!, choice, scene);
      if (!choice) remember(UNRESOLVED(lastContext.index));
      if (choice) {
        const { found, rule, confidence } = choice;
        // Below the threshold the quote shows no speaker, but the reading goes on with the likeliest one.
        // A named speaker the model finds more likely wrong than right is withheld too (certain ones have confidence 1).
        const doubtfulName = found.speaker.actor !== null && confidence < (model?.withholdNamedBelow ?? 0);
        // "the airline" shows the body it stands for, or no speaker (definite-body-speakers.ts); the reading goes on with it.
        const shown = bodies.speakerFor(found, context.index, quote.parts[0]!.start);
        if (shown && confidence >= (model?.abstainBelow ?? 0) && !doubtfulName) {
          results[item.index!] = { speaker: shown, attribution: found.method, rule, confidence: round(confidence) };
          if (found.speaker.provisional && found.speaker.actor) people.speakers.add(found.speaker.actor);
        }
        record(lastContext.index, found, true);
      }
    }
  }
  speakHeadingQuotes(blocks, quotes, results);
  const sentenceOf = (span: TextSpan) => {
    const context = contexts[blockIndex.get(span.block)!]!;
    const sentence = context.quotedText.sentenceAround(span.start, span.end);
    return context.text.slice(sentence.start, sentence.end);
  };
  return { quotes: results, people: people.discovered(sentenceOf) };
}

/**
 * "To Montclair State professor Brigid Harrison, Christie’s stare seemed to reflect sadness.": the person of a
 * "To X," opener is whose view the sentence gives, so "she said" next points back to them.
 */
function personOfToOpener(context: BlockContext, sentence: { start: number; end: number }): Candidate | null {
  const opener = TO_OPENER.exec(context.text.slice(sentence.start, sentence.end));
  if (!opener) return null;
  const commaAt = sentence.start + opener[0].length;
  const person = context.candidates.findLast((candidate) => candidate.end <= commaAt && candidate.start >= sentence.start);
  return person && /^\s*$/u.test(context.text.slice(person.end, commaAt)) ? person : null;
}

/** "To X," opening a sentence, up to the comma. */
const TO_OPENER = /^To\s+[^,;“”"]{2,100}(?=,)/u;

/**
 * Whether the first of a pair is introduced with its partner as two ("two US senators, Ron Wyden and Mark Udall"): a plural
 * description that opens with "two", right before it after a comma. Without it "the two lawmakers" is left to the words
 * (on PolNeAR train "The two lawmakers" after "Goodlatte and … Trey Gowdy" is scored as the unnamed source it reads as, twice).
 */
function introducedAsTwo(context: BlockContext, lead: Candidate): boolean {
  const before = context.candidates[firstAtOrAfter(context.candidates, lead.start) - 1];
  return (
    before?.kind === 'description' &&
    before.plural === true &&
    /^two\s/iu.test(before.label) &&
    /^\s*,\s*$/u.test(context.text.slice(before.end, lead.titleStart ?? lead.start))
  );
}

/** A quote whose speaker was not found: "he said" after it cannot safely point past it. */
const UNRESOLVED = (block: number): SpeakerEvent => ({
  block,
  speaker: { actor: null, label: '' },
  plural: false,
  fromQuote: true,
  role: 'speech',
  entity: 'unknown',
  unresolved: true,
});

/**
 * Whether a sentence's subject is "he" or "she" with no candidate before it in the sentence: read at the sentence's start, the
 * pronoun then points back past nobody the sentence names ("Though Ms. Olivieri has …, she said" is left to its verb).
 */
function opensWithPronoun(context: BlockContext, sentence: { start: number }, subject: Candidate): boolean {
  if (subject.kind !== 'pronoun' || subject.entity !== 'person' || subject.plural) return false;
  const first =
    context.candidates[partitionPoint(context.candidates.length, (i) => context.candidates[i]!.start >= sentence.start)];
  return first === subject;
}

/** Sentence subjects before quotes and cues at the same offset; quotes before cues. */
function rank(item: { index?: number; cue?: unknown; sentence?: unknown; mention?: unknown }): number {
  return item.sentence ? 0 : item.mention ? 1 : item.index !== undefined ? 2 : 3;
}

function sentencesOf(context: BlockContext): Array<{ start: number; end: number }> {
  const ends = context.quotedText.sentenceEnds();
  const sentences: Array<{ start: number; end: number }> = [];
  let start = 0;
  for (const end of [...ends, context.text.length]) {
    if (end > start) sentences.push(context.quotedText.sentenceAround(start, start));
    start = end;
  }
  return sentences;
}

/** The scene the speaker rules read for one quote. */
function sceneOf(
  first: BlockContext,
  last: BlockContext,
  quote: ExtractedQuote,
  contexts: BlockContext[],
  history: SpeakerEvent[],
  historyIndex: HistoryIndex,
): QuoteScene {
  const opening = quote.parts[0]!;
  const closing = quote.parts.at(-1)!;
  const closingSentence = afterClosing(last, closing);
  const quoted = last.quotedText.quoted;
  // A short title quoted inside the attribution ("… Bill Eastland, wearing “Ted Cruz” pins, said") does not end it.
  let next = partitionPoint(quoted.length, (i) => quoted[i]![0] >= closing.end);
  while (next < quoted.length && isQuotedTitle(last.text.slice(quoted[next]![0], quoted[next]![1]))) next++;
  const nextQuote = quoted[next];
  const afterEnd = Math.min(closingSentence.end, nextQuote?.[0] ?? Infinity);
  return {
    first,
    last,
    quote,
    opening,
    sentence: first.quotedText.sentenceAround(opening.start, opening.end),
    after: afterQuote(last, closing.end, afterEnd, history),
    contexts,
    history,
    historyIndex,
  };
}

/**
 * The sentence the words after a quote belong to. A quote ending in "?" or "!" ends its sentence
 * for the splitter when a capital follows (“…?” Hannity pressed.); the name and verb after it still
 * report the quote, so the next sentence is read when a name opens it right after the closing mark.
 */
function afterClosing(context: BlockContext, closing: TextSpan): { start: number; end: number } {
  const sentence = context.quotedText.sentenceAround(closing.start, closing.end);
  if (sentence.end > closing.end || !/[?!]["”’'»]{0,2}$/u.test(context.text.slice(closing.start, closing.end).trimEnd()))
    return sentence;
  // Only a name right after the mark: “…!” According to a senior official, … opens a sentence of its own.
  const nameAt = closing.end + (context.text.slice(closing.end).length - context.text.slice(closing.end).trimStart().length);
  // The name may follow its title ("Mr. Trump", "Rep. Ann Lee"): capitalised words only between.
  const named = context.candidates.some(
    (candidate) =>
      candidate.kind === 'named' &&
      (candidate.titleStart ?? candidate.start) >= nameAt &&
      TITLE_WORDS_ONLY.test(context.text.slice(nameAt, candidate.titleStart ?? candidate.start)),
  );
  if (!named) return sentence;
  const next = context.quotedText.sentenceAround(nameAt, nameAt);
  return next.end > closing.end ? { start: sentence.start, end: next.end } : sentence;
}

/** Up to three capitalised words ("Mr.", "Rep.", "Sen.") before a name. */
const TITLE_WORDS_ONLY = /^(?:\p{Lu}[\p{L}.’'-]*\s+){0,3}$/u;

/** Confidences to 4 decimals: enough to read, and stable in the exports. */
function round(confidence: number): number {
  return Math.round(confidence * 10000) / 10000;
}

function memoise(resolveActor: ResolveActor): ResolveActor {
  const cache = new Map<string, string | null>();
  return (words) => {
    if (!cache.has(words)) cache.set(words, resolveActor(words));
    return cache.get(words)!;
  };
}

/** Whether a candidate opens its sentence, its title included ("Suu Kyi's fate is still unclear, but she said …"). */
function opensSentence(context: BlockContext, candidate: Candidate): boolean {
  const sentence = context.quotedText.sentenceAround(candidate.start, candidate.end);
  return isBlankBetween(context.text, sentence.start, candidate.titleStart ?? candidate.start);
}
