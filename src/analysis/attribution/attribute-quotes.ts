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
import type { AttributionMethod, BodyBlock, DiscoveredPerson, ExtractedQuote, Speaker, TextSpan } from '../types.ts';
import { findCandidates, type ArticleReader } from './candidates.ts';
import { ArticlePeople, type ResolveActor } from './names.ts';
import { resolveCandidate, type Found, type SpeakerEvent } from './referents.ts';
import { RoleBook, type ActorRole } from './roles.ts';
import { firstCandidate, speakerAfterQuote, speakerBeforeQuote, speakerOfCue, type BlockContext } from './subjects.ts';

export { applyCuratedAttributions, type CuratedAttribution } from './curated.ts';
export type { ResolveActor } from './names.ts';
export type { ActorRole } from './roles.ts';

/** The speaker of one quote and how it was found. */
export interface QuoteAttribution {
  speaker: Speaker | null;
  attribution: AttributionMethod | null;
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
  const reader: ArticleReader = {
    resolve: memoise(resolveActor),
    kindOf: options.kindOf ?? (() => undefined),
    people,
    roles: new RoleBook(options.roles ?? [], options.published),
    mentioned: new Set(),
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

  const results: QuoteAttribution[] = quotes.map(() => ({ speaker: null, attribution: null }));
  const history: SpeakerEvent[] = [];
  const record = (block: number, found: Found | null, fromQuote: boolean, role: SpeakerEvent['role'] = 'speech') => {
    if (!found) return;
    history.push({
      block,
      speaker: found.speaker,
      plural: found.plural,
      fromQuote,
      role,
      entity: found.entity,
      ...(found.gender ? { gender: found.gender } : {}),
    });
  };

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
      ...context.cues.filter((cue) => cue.form !== 'participle').map((cue) => ({ offset: cue.start, cue })),
      ...sentencesOf(context).map((sentence) => ({ offset: sentence.start, sentence })),
    ].sort((a, b) => a.offset - b.offset || rank(a) - rank(b));
    for (const item of items) {
      if (item.mention) {
        record(context.index, resolveCandidate(item.mention, history), false, 'mention');
        continue;
      }
      if (item.sentence) {
        // A person who opens a sentence is who "he" most likely means next ("Then Oleg Bondar … briefed reporters").
        const subject = firstCandidate(context, item.sentence.start, item.sentence.end);
        if (subject?.kind === 'named' && (subject.entity === 'person' || subject.entity === 'organization')) {
          record(context.index, resolveCandidate(subject, history), false, 'subject');
        }
        continue;
      }
      if (item.cue) {
        // "a super PAC called Future45": a naming verb reports no speech outside a quote.
        if (!NAMING_CUE.test(item.cue.word)) record(context.index, speakerOfCue(context, item.cue, history), false);
        continue;
      }
      const quote = quotes[item.index!]!;
      if (quote.kind === 'title' || quote.kind === 'scare') continue;
      const last = quote.parts.at(-1)!;
      const lastContext = contexts[blockIndex.get(last.block)!]!;
      const found = attributeQuote(context, lastContext, quote, contexts, history);
      if (!found) history.push(UNRESOLVED(lastContext.index));
      if (found) {
        results[item.index!] = { speaker: found.speaker, attribution: found.method };
        if (found.speaker.provisional && found.speaker.actor) people.speakers.add(found.speaker.actor);
        record(lastContext.index, found, true);
      }
    }
  }
  const sentenceOf = (span: TextSpan) => {
    const context = contexts[blockIndex.get(span.block)!]!;
    const sentence = context.quotedText.sentenceAround(span.start, span.end);
    return context.text.slice(sentence.start, sentence.end);
  };
  return { quotes: results, people: people.discovered(sentenceOf) };
}

/** Cues that also name or describe things ("called Future45", "described as"): speech only when they govern a quote. */
const NAMING_CUE = /^(?:called|calls|calling|described|describes|describing|referring to)$/iu;

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
  const closingSentence = last.quotedText.sentenceAround(closing.start, closing.end);
  const nextQuote = last.quotedText.quoted.find(([start]) => start >= closing.end);
  const afterEnd = Math.min(closingSentence.end, nextQuote?.[0] ?? Infinity);
  const after = speakerAfterQuote(last, closing.end, afterEnd, history);
  if (after === 'abstain') return null;
  if (after) return after;

  // 2. A speech verb earlier in the sentence: Rubio said that … “…” / writing that … “…”.
  const sentence = first.quotedText.sentenceAround(opening.start, opening.end);
  const before = speakerBeforeQuote(first, sentence, opening.start, history);
  if (before === 'abstain') return null;
  if (before) return before;
  // A quoted subheading repeats words from below; its speaker is not worked out from context.
  if (first.heading) return null;

  // 3. A few quoted words with no speech verb: they belong to the sentence's subject
  //    (Witkoff appeared surprised that Russia wanted “so much more”).
  if (quote.kind === 'fragment') {
    const subject = firstCandidate(first, sentence.start, opening.start);
    const found = subject && resolveCandidate(subject, history);
    if (found) return { ...found, method: 'context' };
  }

  // 4. A quote with no verb goes on with the speaker of the paragraph so far, or, when it opens
  //    its paragraph, with the speaker of the previous paragraph's last quote.
  const lastEvent = history.findLast((event) => event.role !== 'mention');
  if (lastEvent?.unresolved) return null;
  const earlierHere = history.findLast((event) => event.block === first.index && event.role === 'speech');
  if (earlierHere) return earlierHere.unresolved ? null : continuing(earlierHere);
  const opensParagraph = first.text.slice(0, opening.start).trim() === '';
  const previous = contexts[first.index - 1];
  if (opensParagraph && previous && !previous.heading) {
    // The previous paragraph's last speaker, when nobody else has spoken since: their quote, or
    // their words reported ("The president also admitted that …" then a paragraph of quote).
    const previousSpeech = history.findLast((event) => event.role === 'speech');
    if (previousSpeech && !previousSpeech.unresolved && previousSpeech.block === previous.index)
      return continuing(previousSpeech);
  }
  return null;
}

function continuing(event: SpeakerEvent): Found {
  return { speaker: event.speaker, plural: event.plural, entity: event.entity, method: 'context' };
}

function memoise(resolveActor: ResolveActor): ResolveActor {
  const cache = new Map<string, string | null>();
  return (words) => {
    if (!cache.has(words)) cache.set(words, resolveActor(words));
    return cache.get(words)!;
  };
}
