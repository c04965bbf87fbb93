/**
 * The rules that propose a quote's speaker, as one ordered table, surest first. Each reads the
 * quote's surroundings and returns a speaker, `abstain` (the quote's own attribution is there but
 * cannot be read, so no later rule may guess), or nothing. Every rule up to the first abstention
 * proposes its candidate; the speaker model ranks them (speaker-ranker.ts), and the name of the
 * rule behind the chosen one is recorded on the quote (`speakerRule`). A new rule is one entry here,
 * at its place in the order, one row in tests/fixtures/analysis/attribution/speaker-rules.yaml, and
 * a retraining (`npm run train:attribution`: the rule is a feature of the model).
 */
import { partitionPoint } from '../../lib/partition-point.ts';
import type { HistoryIndex } from './history-index.ts';
import type { ExtractedQuote, TextSpan } from '../types.ts';
import {
  type AfterQuote,
  type Proposal,
  pastTenseVerbAfter,
  speakerThenVerb,
  unreadVerbAfter,
  verbEndingSentence,
  verbThenSpeaker,
} from './after-quote.ts';
import { speakerBeforeColon, speakerBeforeColonParagraph, speakerBeforeComma } from './colon-before-quote.ts';
import { type Found, resolveCandidate, type SpeakerEvent } from './referents.ts';
import { ownerOfSpeechNounBeforeQuote, speakerBeforeQuote } from './cue-speakers.ts';
import { type BlockContext, candidatesIn, firstCandidate } from './subjects.ts';
import { speakerAfterOpeningVerb } from './verb-before-speaker.ts';
import { courtOfDocumentQuote } from './court-documents.ts';

/** One quote and what the rules may read around it. */
export interface QuoteScene {
  /** The block of the quote's opening mark, and of its closing mark. */
  first: BlockContext;
  last: BlockContext;
  quote: ExtractedQuote;
  opening: TextSpan;
  /** The sentence the quote opens in. */
  sentence: { start: number; end: number };
  /** The text after the closing mark. */
  after: AfterQuote;
  contexts: readonly BlockContext[];
  /** Speakers, subjects and mentions met so far, in reading order. */
  history: readonly SpeakerEvent[];
  /** The same history, indexed by speaker (history-index.ts), for questions that would scan it. */
  historyIndex: HistoryIndex;
}

/** One way of finding a quote's speaker. */
export interface SpeakerRule {
  /** Kebab-case name, recorded on the quote as `speakerRule`. */
  name: string;
  /** What the rule reads, with an example, for the rule list and the review. */
  description: string;
  propose: (scene: QuoteScene) => Proposal;
}

/** The rules in the order they are tried. */
export const SPEAKER_RULES = [
  {
    name: 'continues-split-quote',
    description:
      'The second part of a quote its attribution splits goes on with the first part’s speaker: “I love it,” he said, “and I will keep it.”',
    propose: (scene) => firstPartSpeaker(scene),
  },
  {
    name: 'verb-then-speaker-after-quote',
    description: 'A speech verb right after the quote, its subject after it: “…,” said Jonathan Green / according to Reuters.',
    propose: (scene) => verbThenSpeaker(scene.after),
  },
  {
    name: 'past-tense-verb-after-quote',
    description: 'A past-tense verb against the quote with a name beside it: “This is fantastic!” beamed Donald Hartley.',
    // A few words quoted after their own speech verb (“a clip the judge called “distasteful,” Santilli expressed …”) end a
    // clause; the name after them opens the next one.
    propose: (scene) => (scene.quote.kind === 'fragment' && speechVerbBefore(scene) ? null : pastTenseVerbAfter(scene.after)),
  },
  {
    name: 'speaker-then-verb-after-quote',
    description: 'A name a few words after the quote, then its speech verb: “…,” Rubio said.',
    propose: (scene) => speakerThenVerb(scene.after),
  },
  {
    name: 'verb-ending-quote-sentence',
    description:
      'The speech verb that ends the quote’s sentence, its subject after a comma or after the verb: “…” in that law, Azzouz said / ' +
      '“…” if she lost, said David Wasserman, an analyst.',
    propose: (scene) => verbEndingSentence(scene.after),
  },
  {
    name: 'unread-verb-after-quote',
    description: 'A speech verb close after the quote whose subject cannot be read: no speaker (abstains).',
    propose: (scene) => unreadVerbAfter(scene.after),
  },
  {
    name: 'verb-then-speaker-before-quote',
    description:
      'A speech verb opening its clause, its subject after it, then the quote: Said Comey, “…” / But, said Solovey, “…”.',
    propose: ({ first, sentence, opening, history }) => speakerAfterOpeningVerb(first, sentence, opening.start, history),
  },
  {
    name: 'court-document-quote',
    description:
      'Words quoted from a court’s document are the court’s, named before it: The order, signed by Judge Roger Vinson, ' +
      'compels Verizon to produce “…” (court-documents.ts).',
    propose: ({ first, opening, contexts }) => courtOfDocumentQuote(first, opening.start, contexts),
  },
  {
    name: 'speech-verb-before-quote',
    description: 'The subject of the nearest speech verb earlier in the sentence: Rubio said that … “…” / writing that … “…”.',
    propose: ({ first, sentence, opening, history }) => speakerBeforeQuote(first, sentence, opening.start, history),
  },
  {
    name: 'colon-before-quote',
    description:
      'A colon hands the quote to the clause before it, with no speech verb: McConnell had a blunt message for Trump: “…”.',
    propose: ({ first, sentence, opening, history }) => speakerBeforeColon(first, sentence, opening.start, history),
  },
  {
    name: 'comma-before-quote',
    description:
      'A comma hands a whole-sentence quote to the clause before it, with no speech verb: Grandi reacted skeptically to the deal, “I am …”.',
    propose: ({ first, sentence, opening, history }) => speakerBeforeComma(first, sentence, opening.start, history),
  },
  {
    name: 'colon-ending-previous-paragraph',
    description:
      'A quote opening its paragraph, the paragraph before ending with a colon, goes to the colon’s clause: Soerens argued that: / “…”.',
    propose: ({ first, contexts, sentence, opening, history }) =>
      speakerBeforeColonParagraph(first, contexts, sentence, opening.start, history),
  },
  {
    name: 'quoted-subheading',
    description:
      'A quoted subheading repeats words from below: no speaker from what comes before it (abstains); once the section is read, ' +
      'the speaker of the quote below that repeats its words (heading-quotes.ts).',
    propose: ({ first }) => (first.heading ? 'abstain' : null),
  },
  {
    name: 'fragment-subject',
    description:
      'A few quoted words with no speech verb belong to the sentence’s subject: Witkoff appeared surprised that … “so much more”; so ' +
      'does a longer quote inside the sentence, its subject a named person: Ryan worried that the safety net was becoming “…”; ' +
      'the owner of a speech noun before them speaks: Trump’s claim that Obama “founded ISIS”.',
    propose: ({ quote, first, sentence, opening, history }) => {
      const embedded = quote.kind !== 'fragment';
      if (embedded && !EMBEDDED_AFTER.test(first.text.slice(sentence.start, opening.start))) return null;
      // "Mr. Obama's patronizing suggestion at a debate that she was “likable enough”": the owner of the words, not the subject.
      const owner = ownerOfSpeechNounBeforeQuote(first, sentence.start, opening.start);
      const ownerFound = owner && resolveCandidate(owner, history);
      if (ownerFound) return { ...ownerFound, method: 'context' };
      const subject = firstCandidate(first, sentence.start, opening.start);
      // A longer quote inside the reporter's sentence goes to the person named as its subject, never to a description or a
      // pronoun, when a verb of theirs stands between and no one else is named there ("Ryan worried that the net was “…”";
      // not "Trump hired Bannon of Breitbart News, which ran headlines such as “…”", nor "Biden “kind of misspoke”").
      if (
        embedded &&
        !(
          subject?.kind === 'named' &&
          subject.entity === 'person' &&
          /\s\p{Ll}/u.test(first.text.slice(subject.end, opening.start)) &&
          candidatesIn(first, subject.end, opening.start).filter((other) => other.kind === 'named').length < 2 &&
          !quoteOpensBetween(first, subject.end, opening.start)
        )
      )
        return null;
      const found = subject && resolveCandidate(subject, history);
      return found ? { ...found, method: 'context' } : null;
    },
  },
  {
    name: 'continues-paragraph',
    description: 'A quote with no verb goes on with the speaker of its paragraph so far.',
    propose: (scene) => {
      const { first, opening, history } = scene;
      const lastEvent = history.findLast((event) => event.role !== 'mention');
      if (lastEvent?.unresolved) return 'abstain';
      const earlierHere = history.findLast((event) => event.block === first.index && event.role === 'speech');
      if (!earlierHere) return null;
      // A colon with no speech verb before it hands the quote to someone the colon's clause names, not to the paragraph's
      // speaker ("Abedin emailed her. Clinton’s response was: “…”", "From Bush's Facebook post: “…”"): on PolNeAR train
      // going on with the paragraph's speaker there was wrong 3 times and never right.
      if (/:\s*$/u.test(first.text.slice(0, opening.start)) && !speechVerbBefore(scene)) return 'abstain';
      return earlierHere.unresolved ? 'abstain' : continuing(earlierHere);
    },
  },
  {
    name: 'continues-previous-paragraph',
    description: 'A quote opening its paragraph goes on with the previous paragraph’s last speaker, when nobody spoke since.',
    propose: ({ first, opening, contexts, history }) => {
      const opensParagraph = first.text.slice(0, opening.start).trim() === '';
      const previous = contexts[first.index - 1];
      if (!opensParagraph || !previous || previous.heading) return null;
      // Their quote, or their words reported ("The president also admitted that …" then a paragraph of quote).
      const previousSpeech = history.findLast((event) => event.role === 'speech');
      return previousSpeech && !previousSpeech.unresolved && previousSpeech.block === previous.index
        ? continuing(previousSpeech)
        : null;
    },
  },
] as const satisfies readonly SpeakerRule[];

/** Whether a quote opens after `from` and before `to` in the block (its quotes are sorted by start). */
function quoteOpensBetween(context: BlockContext, from: number, to: number): boolean {
  const { quoted } = context.quotedText;
  const next = quoted[partitionPoint(quoted.length, (index) => quoted[index]![0] > from)];
  return next !== undefined && next[0] < to;
}

/**
 * A quote inside the reporter's sentence, after a word of it ("Ryan worried that the safety net was becoming “…”"), or in
 * brackets after it ("Biden addressed other topics, including inflation (“I’m telling the American people …”)").
 */
const EMBEDDED_AFTER = /\p{L}\s*\(?$/u;

/** The name of a rule of the table. */
export type SpeakerRuleName = (typeof SPEAKER_RULES)[number]['name'];

/**
 * The speaker of the quote just before this one in the same sentence, when only its attribution stands between them
 * (“…,” he said, “…” / “…,” said Sherman, speaking of politicians, “…”): a speech verb, and a comma or colon before
 * the second opening mark.
 */
function firstPartSpeaker({ first, opening, sentence, history }: QuoteScene): Found | null {
  const quoted = first.quotedText.quoted;
  const previous = quoted.findLast(([, end]) => end <= opening.start);
  if (!previous || previous[0] < sentence.start) return null;
  const between = first.text.slice(previous[1], opening.start);
  // The first part breaks off at a comma (“I love it,” he said, …): a quoted word before a verb ("“bristled” and said,") is no first part.
  const firstPartText = first.text.slice(previous[0], previous[1]);
  if (between.length > 120 || !/[,:]\s*$/u.test(between) || !/,\s*["”’']+$/u.test(firstPartText)) return null;
  if (!first.cues.some((cue) => cue.start >= previous[1] && cue.end <= opening.start)) return null;
  // The first part's speaker is the latest quote's (the attribution between them records its verb's subject after it).
  const firstPart = history.findLast((event) => event.fromQuote);
  return firstPart && !firstPart.unresolved && firstPart.block === first.index ? continuing(firstPart) : null;
}

/** Whether a speech verb stands before the quote in its sentence. */
function speechVerbBefore({ first, sentence, opening }: QuoteScene): boolean {
  return first.cues.some((cue) => cue.start >= sentence.start && cue.end <= opening.start);
}

function continuing(event: SpeakerEvent): Found {
  return {
    speaker: event.speaker,
    plural: event.plural,
    entity: event.entity,
    method: 'context',
    ...(event.group ? { group: true } : {}),
  };
}
