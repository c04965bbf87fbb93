/**
 * What the speaker model knows of one (quote, candidate) pair: which rules proposed the candidate,
 * how far its name stands from the quote and on which side, what kind of speaker it is, whether it
 * spoke just before, and how many others compete. Every value is a number in [0, 1], named, so the
 * weights file says what each weight is for.
 */
import type { BlockContext } from './subjects.ts';
import type { Found } from './referents.ts';
import { speakerKey } from './speaker-key.ts';
import { isBlankBetween } from '../../lib/text.ts';
import { SPEAKER_RULES, type QuoteScene, type SpeakerRuleName } from './speaker-rules.ts';

/** One speaker the rules proposed for a quote, with every rule that proposed it, surest first. */
export interface SpeakerCandidate {
  found: Found;
  rules: SpeakerRuleName[];
}

/** Feature names, in the order of the weights. */
export const SPEAKER_FEATURES = [
  ...SPEAKER_RULES.map((rule) => `rule:${rule.name}` as const),
  'first-proposal',
  'other-rules-agree',
  'competing-candidates',
  'method:explicit',
  'method:pronoun',
  'method:context',
  'kind:registered-actor',
  'kind:provisional-person',
  'kind:unnamed-source',
  'entity:person',
  'entity:organization',
  'plural',
  'quote:fragment',
  'quote:long',
  'quote:several-paragraphs',
  'quote:opens-paragraph',
  'quote:whole-paragraph',
  'name:in-paragraph',
  'name:before-quote',
  'name:same-sentence',
  'name:token-distance',
  'previous-quote-same-speaker',
  'spoke-in-this-paragraph',
  'someone-else-since',
  'named-people-in-paragraph',
  'paragraphs-since-last-seen',
  'others-since-last-seen',
  'earlier-quotes-of-speaker',
  'times-seen',
  'topic-person',
  'sex-known',
  'rival-since-last-seen',
] as const;

/** The name of one feature. */
export type SpeakerFeature = (typeof SPEAKER_FEATURES)[number];

/** The feature values of one candidate, in `SPEAKER_FEATURES` order. */
export function speakerFeatures(scene: QuoteScene, candidate: SpeakerCandidate, all: readonly SpeakerCandidate[]): number[] {
  const { found, rules } = candidate;
  const key = speakerKey(found.speaker);
  const values = new Map<SpeakerFeature, number>();
  const set = (name: SpeakerFeature, value: boolean | number) => values.set(name, Number(value));
  set(`rule:${rules[0]!}`, true);
  set('first-proposal', all[0] === candidate);
  set('other-rules-agree', Math.min(rules.length - 1, 3) / 3);
  set('competing-candidates', Math.min(all.length - 1, 3) / 3);
  set(`method:${found.method === 'curated' ? 'explicit' : found.method}`, true);
  const { actor, provisional } = found.speaker;
  set(actor === null ? 'kind:unnamed-source' : provisional ? 'kind:provisional-person' : 'kind:registered-actor', true);
  if (found.entity === 'person' || found.entity === 'organization') set(`entity:${found.entity}`, true);
  set('plural', found.plural);

  const { quote, first, opening } = scene;
  const closing = quote.parts.at(-1)!;
  set('quote:fragment', quote.kind === 'fragment');
  set('quote:long', Math.min(quote.text.split(/\s+/u).length, 60) / 60);
  set('quote:several-paragraphs', quote.parts.length > 1);
  // Whether only spaces stand before the quote in its paragraph, and after it in its last one:
  // read from the quote outwards, so a long paragraph costs no more than a short one.
  const opens = isBlankBetween(first.text, 0, opening.start);
  set('quote:opens-paragraph', opens);
  set('quote:whole-paragraph', opens && isBlankBetween(scene.last.text, closing.end, scene.last.text.length));

  const name = nearestName(scene, found.speaker.label);
  set('name:in-paragraph', name !== null);
  if (name) {
    set('name:before-quote', name.before);
    set('name:same-sentence', name.sameSentence);
    set('name:token-distance', Math.min(name.tokens, 40) / 40);
  }
  const { history, historyIndex } = scene;
  const lastQuote = history[historyIndex.lastQuote];
  set('previous-quote-same-speaker', lastQuote !== undefined && !lastQuote.unresolved && speakerKey(lastQuote.speaker) === key);
  const tally = historyIndex.of(key);
  const lastSpoke = tally.lastSpeech;
  set('spoke-in-this-paragraph', lastSpoke >= 0 && history[lastSpoke]!.block === first.index);
  set('someone-else-since', lastSpoke >= 0 && historyIndex.someoneElseAfter(key, lastSpoke));
  set('named-people-in-paragraph', Math.min(namedPeopleIn(first), 4) / 4);
  // How present the speaker is in what was read so far: the topic person, or a name met once long ago.
  const seen = tally.last;
  set('paragraphs-since-last-seen', seen < 0 ? 1 : Math.min(first.index - history[seen]!.block, 5) / 5);
  set('others-since-last-seen', seen < 0 ? 1 : historyIndex.othersAfter(key, seen, 3) / 3);
  set('earlier-quotes-of-speaker', Math.min(tally.quotes, 5) / 5);
  set('times-seen', Math.min(tally.times, 10) / 10);
  set('topic-person', historyIndex.isTopPerson(key));
  set('sex-known', found.gender !== undefined);
  // Someone else "he" could mean, met since the speaker was last seen (mentions count): an ambiguous pronoun or continuation.
  set('rival-since-last-seen', seen >= 0 && found.entity === 'person' && historyIndex.rivalAfter(key, seen, found.gender));
  return SPEAKER_FEATURES.map((feature) => values.get(feature) ?? 0);
}

/** How far from a quote, in characters, its speaker's name is looked for in the paragraph. */
const NAME_REACH = 2000;

/** How many distinct named people a paragraph names: once per paragraph, not once per candidate. */
const namedPeopleCount = new WeakMap<BlockContext, number>();
function namedPeopleIn(context: BlockContext): number {
  let count = namedPeopleCount.get(context);
  if (count === undefined) {
    count = new Set(
      context.candidates.flatMap((c) =>
        c.kind === 'named' && c.entity === 'person' && c.speaker ? [speakerKey(c.speaker)] : [],
      ),
    ).size;
    namedPeopleCount.set(context, count);
  }
  return count;
}

/** Where the speaker's own words stand nearest the quote in its paragraph: side, sentence and distance in words. */
function nearestName(scene: QuoteScene, label: string): { before: boolean; sameSentence: boolean; tokens: number } | null {
  if (label === '') return null;
  const { first, opening, sentence } = scene;
  const text = first.text;
  let best: { at: number; gap: number } | null = null;
  // Only as far as a name can matter (the distance feature stops at 40 words): a paragraph with
  // no full stop for a megabyte must not be searched whole for every quote in it.
  const from = Math.max(0, opening.start - NAME_REACH - label.length);
  const to = opening.end + NAME_REACH;
  for (let at = text.indexOf(label, from); at >= 0 && at <= to; at = text.indexOf(label, at + 1)) {
    const gap = at < opening.start ? opening.start - (at + label.length) : at - opening.end;
    if (!best || Math.abs(gap) < Math.abs(best.gap)) best = { at, gap };
  }
  if (!best) return null;
  const before = best.at < opening.start;
  const between = before ? text.slice(best.at + label.length, opening.start) : text.slice(opening.end, best.at);
  return {
    before,
    sameSentence: best.at >= sentence.start && best.at < sentence.end,
    tokens: between.split(/\s+/u).filter(Boolean).length,
  };
}
